// The unfair tail without Parley: a bare node:http server spending a fixed CPU time per request, under the
// bench's autocannon at 50 connections. `sync` serves each request inside its socket's read callback (what
// Node does by default); `queue` gives every request a FIFO turn of its own macrotask (apps/api overload.ts);
// `async` splits the work across setImmediate turns. Usage: node --import tsx bench/src/fairness-probe.ts sync 10
import { createServer } from 'node:http';
import { runLoad } from './load/loadgen.ts';
const mode = process.argv[2] ?? 'sync';
const ms = Number(process.argv[3] ?? 10);
const body = JSON.stringify({ data: 'x'.repeat(100_000) });
const perSocket = new Map<object, number>();
const spin = () => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const q: (() => void)[] = [];
function pump() {
  const r = q.shift();
  if (!r) return;
  r();
  if (q.length) setImmediate(pump);
}
const server = createServer(async (req, res) => {
  perSocket.set(req.socket, (perSocket.get(req.socket) ?? 0) + 1);
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  if (mode === 'queue') {
    await new Promise<void>((r) => {
      q.push(r);
      if (q.length === 1) setImmediate(pump);
    });
    spin();
  } else if (mode === 'sync') spin();
  else {
    for (let i = 0; i < 5; i++) {
      spin.call(null);
      await new Promise((r) => setImmediate(r));
    }
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as { port: number }).port;
const requests = Array.from({ length: 100 }, (_, i) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ q: i }),
}));
const r = await runLoad({ url: `http://127.0.0.1:${port}`, requests, connections: 50, durationSeconds: 8, warmupSeconds: 1 } as never);
const counts = [...perSocket.values()].sort((a, b) => a - b);
console.log(mode, ms, JSON.stringify(r), `per socket min ${counts[0]} med ${counts[counts.length >> 1]} max ${counts.at(-1)}`);
server.close();
process.exit(0);
