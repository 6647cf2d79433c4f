// One of the fan-out's subscriber processes (forked by fanout-child.ts): opens its share of GraphQL-over-SSE
// subscriptions and reports, over IPC, when each first received an event, on a clock every process shares.
import { Agent, request, type ClientRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface OpenMessage {
  type: 'open';
  url: string;
  body: string;
  count: number;
}
/** The floor: plain TCP sockets to a node:net server that writes the same bytes to each. */
export interface RawMessage {
  type: 'raw';
  port: number;
  count: number;
}
export type ClientReport =
  | { type: 'opened'; connected: number; failures: string[] }
  | { type: 'arrivals'; times: number[]; samples: string[] }
  | { type: 'rawOpened' }
  | { type: 'rawArrivals'; times: number[] };

/** Milliseconds since the epoch, sub-millisecond: comparable between processes on one machine. */
const now = () => performance.timeOrigin + performance.now();

const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
const requests: ClientRequest[] = [];
const times: number[] = [];
const samples: string[] = [];
let armed = false;
let connected = 0;

function subscribe(target: URL, body: string): Promise<void> {
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
          if (seen || !armed) return;
          text += chunk;
          if (text.includes('event: next')) {
            seen = true;
            times.push(now());
            if (samples.length < 3) samples.push(text);
            if (times.length === connected) report();
          }
        });
        res.on('error', () => {});
        resolve();
      },
    );
    req.on('error', reject);
    req.end(body);
    requests.push(req);
  });
}

function report() {
  process.send!({ type: 'arrivals', times, samples } satisfies ClientReport);
}

async function openRaw(port: number, count: number) {
  const sockets: Socket[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', () => {
        rawTimes.push(now());
        if (rawTimes.length === count) process.send!({ type: 'rawArrivals', times: rawTimes } satisfies ClientReport);
      });
      sockets.push(socket);
      return new Promise((resolve) => socket.once('connect', resolve));
    });
    await Promise.all(batch);
  }
  process.send!({ type: 'rawOpened' } satisfies ClientReport);
}

process.on('message', async (message: OpenMessage | RawMessage | { type: 'arm' | 'collect' | 'drop' | 'close' }) => {
  if (message.type === 'open') {
    const target = new URL(`${message.url}/graphql`);
    const failures: string[] = [];
    const inFlight = 100;
    for (let i = 0; i < message.count; i += inFlight) {
      const batch = Math.min(inFlight, message.count - i);
      const results = await Promise.allSettled(Array.from({ length: batch }, () => subscribe(target, message.body)));
      for (const r of results) {
        if (r.status === 'fulfilled') connected++;
        else if (failures.length < 3) failures.push(String(r.reason));
      }
    }
    process.send!({ type: 'opened', connected, failures } satisfies ClientReport);
  } else if (message.type === 'arm') {
    armed = true;
  } else if (message.type === 'collect') {
    report();
  } else if (message.type === 'drop') {
    for (const r of requests) r.destroy();
  } else if (message.type === 'raw') {
    await openRaw(message.port, message.count);
  } else {
    for (const r of requests) r.destroy();
    agent.destroy();
    process.exit(0);
  }
});
