// pnpm bench — Parley against the raw node:http + better-sqlite3 baseline and drizzle-graphql, on one
// generated dataset, each server in its own process and the load generator in another.
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { formatScale } from './dataset/generate.ts';
import { benchOptions } from './cli-options.ts';
import { cachedDataset } from './dataset/cached.ts';
import { runPostgres } from './engine-pg.ts';
import { httpRows, type ReadList } from './http-rows.ts';
import { inProcess } from './measure/in-process.ts';
import { searchLatency } from './measure/search-latency.ts';
import { countSql } from './measure/sql-count.ts';
import { measureExport } from './measure/export-throughput.ts';
import { fanoutLine, fanoutOnce, writesLine } from './measure/fanout.ts';
import { WRITTEN_LIKE, writesUnderLoad } from './measure/writes-under-load.ts';
import { paramSets } from './params.ts';
import { machine } from './machine.ts';
import { PARLEY_CACHED, PARLEY_UNCACHED, renderMarkdown, targets, type HttpRow, type Report } from './report.ts';
import { repoRoot, startParley, startPeer, startRaw } from './servers/spawn.ts';

const { opt, quick } = benchOptions();
const dataDir = join(repoRoot, 'bench/data');
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const log = (m: string) => console.log(m);
const started = new Date();
const t0 = performance.now();
mkdirSync(dataDir, { recursive: true });
mkdirSync(opt.out, { recursive: true });

const dataset = (statements: number) => cachedDataset(dataDir, statements, log);
const main = dataset(opt.scale);
const searchData = opt.searchScale && opt.searchScale !== opt.scale && opt.sections.has('search') ? dataset(opt.searchScale) : main;
// Each run works on a fresh copy: the fan-out writes, and the next run must see the same rows.
const runDb = join(dataDir, `run-${process.pid}.db`);
copyFileSync(main.path, runDb);
const counts = (() => {
  const db = new Database(runDb, { readonly: true });
  const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  const c = {
    statements: n('statements'),
    quotes: n('quotes'),
    actors: n('actors'),
    aliases: n('actor_aliases'),
    sources: n('sources'),
    rounds: n('negotiation_rounds'),
    'round updates': n('round_updates'),
  };
  db.close();
  return c;
})();
const params = paramSets(runDb, quick ? 200 : 1000);

const report: Report = {
  started,
  seconds: 0,
  options: { ...opt, sections: [...opt.sections], reads: [...opt.reads] },
  machine: machine(),
  dataset: { scale: formatScale(opt.scale), counts, generatedSeconds: main.seconds, mb: statSync(main.path).size / 1e6 },
  searchDataset: { scale: formatScale(opt.searchScale ?? opt.scale), generatedSeconds: searchData.seconds },
  http: [],
  fanout: [],
  sql: [],
  search: null,
  exports: [],
  profiles: [],
  notes: [],
};
const profileDir = (name: string) => (opt.cpuProf ? join(opt.out, 'profiles', `${started.toISOString().slice(0, 19).replace(/:/g, '')}-${name}`) : undefined);

// ── reference answers: Parley in-process; the raw baseline must match them exactly, the peer by ids ──
const reads: ReadList[] = [
  { read: 'feed', variant: 'varied', list: params.feedVaried },
  { read: 'feed', variant: 'repeated', list: [params.feedRepeated] },
  { read: 'actor', variant: 'varied', list: params.actorVaried },
  { read: 'actor', variant: 'repeated', list: [params.actorRepeated] },
  { read: 'search', variant: 'varied', list: params.searchVaried },
  { read: 'round', variant: 'varied', list: params.roundVaried },
  { read: 'speaker', variant: 'varied', list: params.speakerVaried },
];
const references = new Map<string, unknown[]>();
{
  const c = inProcess(runDb);
  for (const r of reads) references.set(`${r.read}:${r.variant}`, await Promise.all(r.list.slice(0, 5).map((p) => c.parley(r.read, p))));
  c.close();
}

const { measure, withServer } = httpRows({ opt, report, reads, references, log });
const onSqlite = (section: string) => opt.engines.has('sqlite') && opt.sections.has(section);

try {
  if (onSqlite('sql')) {
    log('SQL statements per request…');
    report.sql = await countSql(runDb, params);
  }

  if (onSqlite('http')) {
    log('HTTP: raw node:http + better-sqlite3 baseline');
    await withServer(
      () => startRaw(runDb),
      async (s) => {
        for (const r of reads) await measure(s, 'raw', 'raw node:http + better-sqlite3', r.read, r.variant);
      },
    );
    log('HTTP: Parley, 1 worker, no response cache');
    let prof = profileDir('parley-uncached');
    await withServer(
      () => startParley('Parley, uncached', { db: runDb, adminToken: ADMIN_TOKEN, cacheTtl: 0, cpuProfDir: prof }),
      async (s) => {
        for (const r of reads) await measure(s, 'parley', PARLEY_UNCACHED, r.read, r.variant);
      },
      prof,
    );
    log('HTTP: Parley, 1 worker, response cache');
    prof = profileDir('parley-cached');
    await withServer(
      () => startParley('Parley, cached', { db: runDb, adminToken: ADMIN_TOKEN, cacheTtl: 300, cpuProfDir: prof }),
      async (s) => {
        await measure(s, 'parley', PARLEY_CACHED, 'feed', 'repeated');
        await measure(s, 'parley', PARLEY_CACHED, 'actor', 'repeated');
        // Every request unique (an extra, unused variable): what the cache costs when it never hits.
        await measure(s, 'parley', `${PARLEY_CACHED}, every request a miss`, 'feed', 'varied', { unique: true });
      },
      prof,
    );
    log('HTTP: Parley, 2 workers (node:cluster), no response cache');
    await withServer(
      () => startParley('Parley, 2 workers', { db: runDb, adminToken: ADMIN_TOKEN, cacheTtl: 0, workers: 2 }),
      async (s) => {
        await measure(s, 'parley', 'Parley, 2 workers', 'feed', 'varied');
      },
    );
    log('HTTP: drizzle-graphql (drizzle-orm 0.33) on graphql-yoga');
    await withServer(
      () => startPeer(runDb),
      async (s) => {
        for (const r of reads) await measure(s, 'peer', 'drizzle-graphql', r.read, r.variant);
      },
    );
    // Last: the writes change the data every other row was checked against.
    if (opt.reads.has('writes')) {
      log('HTTP: Parley, writes under read load (createStatement while the feed is read)');
      await withServer(
        () => startParley('Parley, writes under load', { db: runDb, adminToken: ADMIN_TOKEN, cacheTtl: 0 }),
        async (s) => {
          report.writes = await writesUnderLoad(s.url, params, ADMIN_TOKEN, opt);
        },
      );
      const db = new Database(runDb, { readonly: true });
      report.writes!.written = db.prepare('SELECT count(*) FROM statements WHERE text LIKE ?').pluck().get(WRITTEN_LIKE) as number;
      db.close();
      log(writesLine(report.writes!));
    }
  }

  if (onSqlite('fanout')) {
    for (const { subscribers: n, workers } of opt.fanout) {
      log(`Fan-out: ${n} SSE subscribers, ${workers} worker(s), one createStatement`);
      const prof = workers === 1 ? profileDir(`parley-fanout-${n}`) : undefined;
      await withServer(
        () => startParley(`Parley, fan-out ${n}`, { db: runDb, adminToken: ADMIN_TOKEN, cacheTtl: 300, cpuProfDir: prof, workers }),
        async (s) => {
          const r = await fanoutOnce(s, n, workers, params, ADMIN_TOKEN);
          report.fanout.push(r);
          log(fanoutLine(r));
        },
        prof,
      );
    }
  }

  if (onSqlite('export')) {
    log('Exports: the whole statements export over HTTP, CSV then JSONL');
    await withServer(
      () => startParley('Parley, export', { db: runDb, adminToken: ADMIN_TOKEN, cacheTtl: 0 }),
      async (s) => {
        for (const path of ['/export/statements.csv', '/export/statements.jsonl']) {
          const r = await measureExport(s.url, s.pid, path);
          report.exports.push(r);
          log(
            `  ${path}: ${r.records} records, ${r.mb.toFixed(1)} MB in ${r.seconds.toFixed(1)} s (${Math.round(r.recordsPerSecond)} records/s), peak RSS ${Math.round(r.peakRssMb)} MB`,
          );
        }
      },
    );
  }

  if (onSqlite('search')) {
    log(`Search latency on ${formatScale(opt.searchScale ?? opt.scale)} statements…`);
    report.search = await searchLatency(searchData.path === main.path ? runDb : searchData.path, params.searchClasses, quick ? 2 : 3, log);
    log(`  p50 ${report.search.overall.graphql.p50.toFixed(2)} ms, p99 ${report.search.overall.graphql.p99.toFixed(2)} ms at ${report.search.quotes} quotes`);
  }

  if (opt.engines.has('postgres')) {
    // A quick run asks ten queries of each class: Parley's search on PostgreSQL takes tens of ms even on 2k statements.
    const searchClasses = quick ? Object.fromEntries(Object.entries(params.searchClasses).map(([k, v]) => [k, v.slice(0, 10)])) : params.searchClasses;
    const data = { main: main.path, search: searchData.path, searchClasses, searchRepeats: quick ? 2 : 3, params, adminToken: ADMIN_TOKEN };
    await runPostgres({ opt, report, reads, references, log }, { measure, withServer }, data, profileDir);
  }
} finally {
  for (const suffix of ['', '-wal', '-shm']) rmSync(runDb + suffix, { force: true });
}

// One table per engine, grouped by read: raw first, then Parley, then the peer.
const order = (r: HttpRow) =>
  (r.engine ? 1000 : 0) +
  ['feed', 'actor', 'round', 'speaker', 'search'].indexOf(r.read) * 100 +
  (r.variant === 'varied' ? 0 : 50) +
  ['raw', 'parley', 'peer'].indexOf(r.contender) * 10;
report.http.sort((a, b) => order(a) - order(b));
report.machine.loadAfter = loadavg();
report.seconds = (performance.now() - t0) / 1000;
if (main.seconds !== null) report.notes.push(`Dataset generated in ${main.seconds.toFixed(1)} s (cached in bench/data for later runs).`);
if (searchData !== main && searchData.seconds !== null) report.notes.push(`Search dataset generated in ${searchData.seconds.toFixed(1)} s.`);
const md = renderMarkdown(report);
console.log(`\n${md}`);
// A run with PostgreSQL leaves latest.md (the SQLite run the README quotes) alone: it has reports of its own.
const engine = opt.engines.has('postgres') ? '-postgres' : '';
const stamp = `${started.toISOString().slice(0, 19).replace(/[:T]/g, '-')}-${formatScale(opt.scale)}${quick ? '-quick' : ''}${engine}`;
const latest = join(opt.out, `latest${engine}.md`);
writeFileSync(latest, md);
writeFileSync(join(opt.out, `${stamp}.md`), md);
writeFileSync(join(opt.out, `latest${engine}.json`), JSON.stringify({ ...report, targets: targets(report) }, null, 2));
log(`\nWritten to ${latest.replace(repoRoot, '')} and ${join(opt.out, `${stamp}.md`).replace(repoRoot, '')}`);
