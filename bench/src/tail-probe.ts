// Where a slow request's time goes under load: the API's own HTTP server in this process, each request
// timed at arrival, when its handler starts, and when its response finishes; autocannon in another process.
import { readdirSync, copyFileSync } from 'node:fs';
import { createApp, createHttpServer, loadConfig } from '@parley/api';
import { runLoad } from './load/loadgen.ts';
import { paramSets } from './params.ts';
import { parleyRequest } from './queries.ts';
import { repoRoot } from './servers/spawn.ts';

const src = `${repoRoot}bench/data/${readdirSync(`${repoRoot}bench/data`).find((f) => f.startsWith('100k-') && f.endsWith('.db'))}`;
const path = `/tmp/tail-probe-${process.pid}.db`;
copyFileSync(src, path);
const config = { ...loadConfig({ ...process.env, DATABASE_PATH: path, PARLEY_SEED: '0', PARLEY_FEEDS: '0', PARLEY_RESPONSE_CACHE_TTL: '0' }), port: 0 };
const app = await createApp(config);
const server = createHttpServer(app, config);
const samples: { wait: number; total: number }[] = [];
const loop = { lag: 0, max: 0 };
const lastFinish = new WeakMap<object, number>();
const perSocket = new Map<object, number>();
server.prependListener('request', (req, res) => {
  const at = performance.now();
  const prev = lastFinish.get(req.socket);
  perSocket.set(req.socket, (perSocket.get(req.socket) ?? 0) + 1);
  res.once('finish', () => {
    const end = performance.now();
    lastFinish.set(req.socket, end);
    samples.push({ wait: prev === undefined ? 0 : at - prev, total: end - at });
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
let last = performance.now();
const lagTimer = setInterval(() => {
  const now = performance.now();
  loop.max = Math.max(loop.max, now - last - 50);
  last = now;
}, 50);
const port = (server.address() as { port: number }).port;
const params = paramSets(path, 1000);
const requests = params.feedVaried.map((p) => parleyRequest('feed', p));
const r = await runLoad({ url: `http://127.0.0.1:${port}`, requests, connections: Number(process.argv[2] ?? 50), durationSeconds: 8, warmupSeconds: 1 });
clearInterval(lagTimer);
const totals = samples.map((s) => s.total).sort((a, b) => a - b);
const q = (p: number) => totals[Math.floor((totals.length - 1) * p)]!.toFixed(0);
console.log(JSON.stringify(r));
const waits = samples.map((s) => s.wait).sort((a, b) => a - b);
const w = (p: number) => waits[Math.floor((waits.length - 1) * p)]!.toFixed(0);
const counts = [...perSocket.values()].sort((a, b) => a - b);
console.log(
  `unread (previous response finished → next request event on the socket): p50 ${w(0.5)} p90 ${w(0.9)} p99 ${w(0.99)} max ${w(1)} ms; requests per socket min ${counts[0]} median ${counts[counts.length >> 1]} max ${counts.at(-1)}`,
);
console.log(
  `server-side: n=${totals.length} p50 ${q(0.5)} ms p90 ${q(0.9)} p99 ${q(0.99)} max ${q(1)}; longest event-loop block ${loop.max.toFixed(0)} ms; limiter ${JSON.stringify(server.limiter.stats())}`,
);
server.closeAllConnections();
server.close();
app.close();
process.exit(0);
