// Development aid: one read through Parley's schema in-process (yoga.fetch, no HTTP), timed; run it under
// `node --cpu-prof --import tsx` to see where a request's time goes without the load generator's noise.
// `--ab` alternates requests between two servers on the same file, one planning relational queries once per
// shape (the default) and one building them per call, and reports CPU per request for each: on a busy
// machine, interleaving is what makes the two comparable. `--engine postgres` does the same over the bench's
// PostgreSQL copy of the dataset (made on first use); CPU is then this process's share only, the server's is not in it.
import { readdirSync } from 'node:fs';
import { openPostgres } from '@parley/core/pg';
import { parseArgs } from 'node:util';
import { createParleyYoga, openDatabase } from '@parley/schema';
import { postgresDataset } from './dataset/postgres.ts';
import { paramSets } from './params.ts';
import { repoRoot } from './servers/spawn.ts';
import { parleyRequest, type Scenario } from './queries.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    read: { type: 'string', default: 'feed' },
    n: { type: 'string', default: '2000' },
    repeat: { type: 'boolean', default: false },
    ab: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite' },
  },
});
const path = values.db ?? `${repoRoot}bench/data/${readdirSync(`${repoRoot}bench/data`).find((f) => f.startsWith('100k-') && f.endsWith('.db'))}`;
const open = async (planQueries: boolean) => {
  if (values.engine === 'sqlite') return openDatabase(path, { migrate: false, planQueries });
  const { url } = await postgresDataset(path, (m) => console.log(m));
  return (await openPostgres(url, { planQueries, migrate: false })).db;
};
const servers = [createParleyYoga({ db: await open(true) })];
if (values.ab) servers.push(createParleyYoga({ db: await open(false) }));
const params = paramSets(path, 1000);
const read = values.read as Scenario;
const list = values.repeat ? [params.feedRepeated] : (params as unknown as Record<string, unknown[]>)[`${read}Varied`]!;
const bodies = list.map((p) => parleyRequest(read, p as never).body!);
const ask = async (yoga: (typeof servers)[0], body: string) => {
  const r = await yoga.fetch('http://bench.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return r.text();
};
for (let i = 0; i < 200; i++) for (const s of servers) await ask(s, bodies[i % bodies.length]!);
const n = Number(values.n);
const cpu = servers.map(() => 0);
const t = performance.now();
for (let i = 0; i < n; i++) {
  for (let k = 0; k < servers.length; k++) {
    const before = process.cpuUsage();
    await ask(servers[k]!, bodies[i % bodies.length]!);
    const used = process.cpuUsage(before);
    cpu[k]! += used.user + used.system;
  }
}
// CPU time is what the other processes on a busy machine distort least.
const label = (k: number) => (servers.length === 1 ? '' : k === 0 ? ' planned' : ' built per call');
for (let k = 0; k < servers.length; k++) console.log(`${read}${label(k)}: ${(cpu[k]! / 1000 / n).toFixed(3)} ms CPU per request in-process (${n} requests)`);
console.log(`${((performance.now() - t) / n / servers.length).toFixed(3)} ms wall per request`);
