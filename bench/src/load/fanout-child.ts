// Subscription fan-out, run as its own process: opens N GraphQL-over-SSE subscriptions (statementAdded),
// sends one createStatement with an editor token, and times each subscriber's delivery from the moment
// the mutation was sent. Reads its job as JSON on stdin and prints one JSON line.
import { Agent, request, type ClientRequest } from 'node:http';
import { readFileSync } from 'node:fs';

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
  rssBeforeMb: number;
  rssAfterMb: number;
  kbPerSubscriber: number;
  payloadOk: boolean;
}

const ownRss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const children = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
/** The server's resident memory: the process and, for a cluster, its workers. */
const rssKb = (pid: number) => ownRss(pid) + children(pid).reduce((sum, c) => sum + ownRss(c), 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

const input = await new Promise<string>((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => (data += c));
  process.stdin.on('end', () => resolve(data));
});
const job = JSON.parse(input) as FanoutJob;
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
const target = new URL(`${job.url}/graphql`);
const body = JSON.stringify({ query: job.subscription });

let t0 = 0;
const arrivals: number[] = [];
const firstPayloads: string[] = [];
const requests: ClientRequest[] = [];

function subscribe(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`subscribe: HTTP ${res.statusCode}`));
        let seen = false;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (seen || t0 === 0) return;
          text += chunk;
          if (text.includes('event: next')) {
            seen = true;
            arrivals.push(performance.now() - t0);
            if (firstPayloads.length < 3) firstPayloads.push(text);
          }
        });
        res.on('error', () => {});
        resolve();
      },
    );
    req.on('error', (e) => reject(e));
    req.end(body);
    requests.push(req);
  });
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
let connected = 0;
const inFlight = 100;
for (let i = 0; i < job.subscribers; i += inFlight) {
  const batch = Math.min(inFlight, job.subscribers - i);
  const results = await Promise.allSettled(Array.from({ length: batch }, () => subscribe()));
  connected += results.filter((r) => r.status === 'fulfilled').length;
}
const connectSeconds = (performance.now() - connectStarted) / 1000;
// A subscription listens once its stream is pulled; give the last ones a moment, then let memory settle.
await sleep(Math.min(3000, 300 + job.subscribers / 5));
const rssAfter = rssKb(job.serverPid);

t0 = performance.now();
const mutation = await mutate(String(job.variables.text));
const mutationMs = performance.now() - t0;
if (!mutation.data?.createStatement) throw new Error(`mutation failed: ${JSON.stringify(mutation)}`);
const deadline = Date.now() + job.timeoutMs;
while (arrivals.length < connected && Date.now() < deadline) await sleep(20);

const sorted = [...arrivals].sort((a, b) => a - b);
const id = mutation.data.createStatement.id;
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
  rssBeforeMb: rssBefore / 1024,
  rssAfterMb: rssAfter / 1024,
  kbPerSubscriber: (rssAfter - rssBefore) / Math.max(1, connected),
  payloadOk: firstPayloads.length > 0 && firstPayloads.every((p) => p.includes(id)),
};
for (const r of requests) r.destroy();
agent.destroy();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
