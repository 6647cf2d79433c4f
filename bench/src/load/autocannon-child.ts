// The load generator, run as its own process (so it never shares an event loop with a server): reads a
// job as JSON on stdin, drives autocannon, prints the result as one JSON line.
import autocannon from 'autocannon';
import type { HttpRequest } from '../queries.ts';

export interface LoadJob {
  url: string;
  requests: HttpRequest[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Give every GraphQL request a variable of its own (unused by the operation), so no two are alike. */
  unique?: boolean;
  /** Replace every `__N__` in a body with the request's sequence number (writes that must each differ). */
  numbered?: boolean;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mbPerSecond: number;
}

function run(job: LoadJob, seconds: number): Promise<autocannon.Result> {
  let next = 0;
  const list = job.requests;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: seconds,
        // Every request takes the next body in the list, so N connections cycle through all variants.
        requests: [
          {
            setupRequest: (req) => {
              const n = next++;
              const r = list[n % list.length]!;
              let body = job.unique && r.body ? r.body.replace('"variables":{', `"variables":{"nonce":${n},`) : r.body;
              if (job.numbered && body) body = body.replaceAll('__N__', `${process.pid}-${n}`);
              return { ...req, method: r.method, path: r.path, body, headers: { ...r.headers } };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const input = await new Promise<string>((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => (data += c));
  process.stdin.on('end', () => resolve(data));
});
const job = JSON.parse(input) as LoadJob;
if (job.warmupSeconds > 0) await run(job, job.warmupSeconds);
const r = await run(job, job.durationSeconds);
const result: LoadResult = {
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  total: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
  mbPerSecond: r.throughput.average / 1e6,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
