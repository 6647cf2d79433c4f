// Development aid: one read through Parley's schema in-process (yoga.fetch, no HTTP), timed; run it under
// `node --cpu-prof --import tsx` to see where a request's time goes without the load generator's noise.
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createParleyYoga, openDatabase } from '@parley/schema';
import { paramSets } from './params.ts';
import { repoRoot } from './servers/spawn.ts';
import { parleyRequest, type Scenario } from './queries.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    read: { type: 'string', default: 'feed' },
    n: { type: 'string', default: '2000' },
    repeat: { type: 'boolean', default: false },
  },
});
const path = values.db ?? `${repoRoot}bench/data/${readdirSync(`${repoRoot}bench/data`).find((f) => f.startsWith('100k-') && f.endsWith('.db'))}`;
const db = openDatabase(path, { migrate: false });
const yoga = createParleyYoga({ db });
const params = paramSets(path, 1000);
const read = values.read as Scenario;
const list = read === 'feed' ? (values.repeat ? [params.feedRepeated] : params.feedVaried) : read === 'actor' ? params.actorVaried : params.searchVaried;
const bodies = list.map((p) => parleyRequest(read, p).body!);
const ask = async (body: string) => {
  const r = await yoga.fetch('http://bench.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return r.text();
};
for (let i = 0; i < 200; i++) await ask(bodies[i % bodies.length]!);
const n = Number(values.n);
const t = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < n; i++) await ask(bodies[i % bodies.length]!);
const used = process.cpuUsage(cpu);
// CPU time is what the other processes on a busy machine distort least.
console.log(
  `${read}: ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU, ${((performance.now() - t) / n).toFixed(3)} ms wall per request in-process (${n} requests)`,
);
