// Subscription fan-out, run as its own process: spreads N GraphQL-over-SSE subscriptions (statementAdded)
// over several subscriber processes (fanout-clients.ts), sends one createStatement with an editor token,
// and times each subscriber's delivery from the moment the mutation was sent. Reads its job as JSON on
// stdin and prints one JSON line.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type Socket } from 'node:net';
import type { ClientReport, OpenMessage, RawMessage } from './fanout-clients.ts';

export interface FanoutJob {
  url: string;
  subscribers: number;
  /** API processes serving them (reported, and summed for memory). */
  workers: number;
  subscription: string;
  mutation: string;
  variables: Record<string, unknown>;
  token: string;
  /** Server process whose resident memory is sampled before and after subscribing. */
  serverPid: number;
  timeoutMs: number;
  /** Subscriber processes (default one per 2,500 subscribers, at most 8). */
  clients?: number;
}

export interface FanoutResult {
  subscribers: number;
  workers: number;
  connected: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  mutationMs: number;
  connectSeconds: number;
  clients: number;
  /** The same bytes written by a bare node:net server to as many sockets, right after: this machine's floor. */
  rawP50: number;
  rawP99: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  kbPerSubscriber: number;
  /** The second half's cost: resident memory added per subscriber once the first half is connected. */
  kbPerFurtherSubscriber: number;
  payloadOk: boolean;
}

const ownRss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const children = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
/** The server's resident memory: the process and, for a cluster, its workers. */
const rssKb = (pid: number) => ownRss(pid) + children(pid).reduce((sum, c) => sum + ownRss(c), 0);
/** The clock the subscriber processes stamp arrivals with (see fanout-clients.ts). */
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

const input = await new Promise<string>((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => (data += c));
  process.stdin.on('end', () => resolve(data));
});
const job = JSON.parse(input) as FanoutJob;
const clientCount = job.clients ?? Math.min(8, Math.max(1, Math.ceil(job.subscribers / 2500)));
const body = JSON.stringify({ query: job.subscription });
const clientFile = fileURLToPath(new URL('./fanout-clients.ts', import.meta.url));
const clients: ChildProcess[] = Array.from({ length: clientCount }, () => fork(clientFile, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
/** Sends each client a message and resolves with each one's next report of the given kind. */
function ask<T extends ClientReport['type']>(kind: T, message: (i: number) => object): Promise<Extract<ClientReport, { type: T }>[]> {
  return Promise.all(
    clients.map(
      (child, i) =>
        new Promise<Extract<ClientReport, { type: T }>>((resolve) => {
          const onMessage = (m: ClientReport) => {
            if (m.type !== kind) return;
            child.off('message', onMessage);
            resolve(m as Extract<ClientReport, { type: T }>);
          };
          child.on('message', onMessage);
          child.send(message(i));
        }),
    ),
  );
}

// One write first, with nobody listening: the measured mutation should not pay for first-use warm-up.
const mutate = (text: string) =>
  fetch(`${job.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
    body: JSON.stringify({ query: job.mutation, variables: { ...job.variables, text } }),
  }).then((r) => r.json() as Promise<{ data?: { createStatement?: { id: string } }; errors?: unknown }>);
await mutate('warm-up write before the fan-out');
await sleep(200);
const rssBefore = rssKb(job.serverPid);
const connectStarted = performance.now();
const share = (i: number) => Math.floor(job.subscribers / clientCount) + (i < job.subscribers % clientCount ? 1 : 0);
// In two halves: the second half's memory is the cost of each further subscriber, apart from what the
// first connections cost once (the young generation growing to its working size, code, caches).
const firstHalf = (i: number) => Math.floor(share(i) / 2);
const settle = () => sleep(Math.min(3000, 300 + job.subscribers / 5));
const halfOpened = await ask('opened', (i) => ({ type: 'open', url: job.url, body, count: firstHalf(i) }) satisfies OpenMessage);
await settle();
const rssHalf = rssKb(job.serverPid);
const halfConnected = halfOpened.reduce((sum, o) => sum + o.connected, 0);
const opened = await ask('opened', (i) => ({ type: 'open', url: job.url, body, count: share(i) - firstHalf(i) }) satisfies OpenMessage);
// Each client reports its running total.
const connected = opened.reduce((sum, o) => sum + o.connected, 0);
const failures = [...halfOpened, ...opened].flatMap((o) => o.failures);
if (failures.length) process.stderr.write(`subscribe failures: ${failures.join('; ')}\n`);
const connectSeconds = (performance.now() - connectStarted) / 1000;
for (const child of clients) child.send({ type: 'arm' });
// A subscription listens once its stream is pulled; give the last ones a moment, then let memory settle.
await settle();
const rssAfter = rssKb(job.serverPid);

const reports = new Map<ChildProcess, Extract<ClientReport, { type: 'arrivals' }>>();
for (const child of clients) child.on('message', (m: ClientReport) => m.type === 'arrivals' && !reports.has(child) && reports.set(child, m));
const t0 = now();
const started = performance.now();
const mutation = await mutate(String(job.variables.text));
const mutationMs = performance.now() - started;
if (!mutation.data?.createStatement) throw new Error(`mutation failed: ${JSON.stringify(mutation)}`);
const deadline = Date.now() + job.timeoutMs;
while (reports.size < clients.length && Date.now() < deadline) await sleep(20);
if (reports.size < clients.length) {
  for (const child of clients) if (!reports.has(child)) child.send({ type: 'collect' });
  await sleep(500);
}
const arrivals = [...reports.values()].flatMap((r) => r.times.map((t) => t - t0));
const firstPayloads = [...reports.values()].flatMap((r) => r.samples);
const sorted = [...arrivals].sort((a, b) => a - b);
const id = mutation.data.createStatement.id;
// The floor, measured now on the same busy machine: a node:net server (here, apart from the subscriber
// processes) writes one event's bytes to as many plain sockets, and the clients time them the same way.
for (const child of clients) child.send({ type: 'drop' });
const rawSockets: Socket[] = [];
const rawServer = createServer((socket) => {
  socket.setNoDelay(true);
  rawSockets.push(socket);
});
await new Promise<void>((resolve) => rawServer.listen(0, '127.0.0.1', resolve));
const rawPort = (rawServer.address() as { port: number }).port;
await ask('rawOpened', (i) => ({ type: 'raw', port: rawPort, count: share(i) }) satisfies RawMessage);
await sleep(300);
const frame = Buffer.from(firstPayloads[0] ?? 'event: next\ndata: {}\n\n');
const rawReports = Promise.all(
  clients.map((child) => new Promise<number[]>((resolve) => child.on('message', (m: ClientReport) => m.type === 'rawArrivals' && resolve(m.times)))),
);
const rawT0 = now();
for (const socket of rawSockets) socket.write(frame);
const rawSorted = await Promise.race([rawReports, sleep(job.timeoutMs).then(() => [] as number[][])]).then((all) =>
  all.flatMap((times) => times.map((t) => t - rawT0)).sort((a, b) => a - b),
);
rawServer.close();
for (const socket of rawSockets) socket.destroy();

const result: FanoutResult = {
  subscribers: job.subscribers,
  workers: job.workers,
  connected,
  received: arrivals.length,
  p50: percentile(sorted, 50),
  p99: percentile(sorted, 99),
  max: sorted[sorted.length - 1] ?? NaN,
  mutationMs,
  connectSeconds,
  clients: clientCount,
  rawP50: percentile(rawSorted, 50),
  rawP99: percentile(rawSorted, 99),
  rssBeforeMb: rssBefore / 1024,
  rssAfterMb: rssAfter / 1024,
  kbPerSubscriber: (rssAfter - rssBefore) / Math.max(1, connected),
  kbPerFurtherSubscriber: (rssAfter - rssHalf) / Math.max(1, connected - halfConnected),
  payloadOk: firstPayloads.length > 0 && firstPayloads.every((p) => p.includes(id)),
};
for (const child of clients) child.send({ type: 'close' });
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
