// The PostgreSQL sections of the report: Parley's schema over PostgreSQL against the raw node-postgres baseline, the
// same reads beside the SQLite rows of the same run, issue 11's read ratios held against PostgreSQL's own baseline,
// search latency, and the API process's fan-out and writes under load beside SQLite's.
import type { FanoutResult, LoadResult } from './load/loadgen.ts';
import type { LatencyStats } from './measure/search-latency.ts';
import type { HttpRow, Report, Target, WritesUnderLoad } from './report.ts';

/** The PostgreSQL copy the --engine postgres rows ran on, and what the API process measured on a clone of it. */
export interface PostgresReport {
  database: string;
  copySeconds: number | null;
  pool: number;
  version: string;
  searchDatabase?: string;
  /** As report.fanout and report.writes on SQLite; absent when the section was not run. */
  fanout?: FanoutResult[];
  writes?: WritesUnderLoad | null;
}

export const RAW_PG = 'raw node:http + node-postgres';
export const PARLEY_PG = 'Parley schema on PostgreSQL';

const READS = ['feed', 'actor', 'round', 'speaker', 'search'] as const;
const f0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US'));
const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const f2 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(2));

/** The varied row of `read` on `engine` from `contender` (SQLite: Parley's uncached single-worker row). */
function find(report: Report, read: string, engine: 'sqlite' | 'postgres', contender: 'raw' | 'parley'): HttpRow | undefined {
  return report.http.find(
    (r) =>
      r.read === read &&
      r.variant === 'varied' &&
      r.contender === contender &&
      (engine === 'postgres' ? r.engine === 'postgres' : !r.engine && (contender === 'raw' || r.label === 'Parley, 1 worker')),
  );
}

const cell = (r: LoadResult | null | undefined) => (r ? `${f0(r.rps)} req/s, p99 ${f0(r.p99)} ms` : '–');
const ratio = (mine: LoadResult | null | undefined, base: LoadResult | null | undefined) => (mine && base ? `${f2(mine.rps / base.rps)}×` : '–');

export function postgresTargets(report: Report): Target[] {
  const out: Target[] = [];
  for (const read of ['feed', 'actor', 'round', 'speaker'] as const) {
    const mine = find(report, read, 'postgres', 'parley')?.result;
    const base = find(report, read, 'postgres', 'raw')?.result;
    if (!mine || !base) continue;
    const name = `PostgreSQL: ${read}, uncached (every request different), vs raw node-postgres`;
    out.push({ name, goal: '≥ 0.4× raw', measured: `${f2(mine.rps / base.rps)}×`, met: mine.rps / base.rps >= 0.4 });
    out.push({
      name: `${name}, tail`,
      goal: "p99 ≤ 3× raw's p99",
      measured: `p99 ${f0(mine.p99)} ms (raw ${f0(base.p99)} ms, ${f2(mine.p99 / base.p99)}×)`,
      met: mine.p99 <= 3 * base.p99,
    });
  }
  const fanout = report.postgres?.fanout ?? [];
  const most = Math.max(0, ...fanout.map((f) => f.subscribers));
  for (const big of fanout.filter((f) => f.subscribers === most))
    out.push({
      name: `PostgreSQL: fan-out to ${f0(big.subscribers)} SSE subscribers, ${big.workers} worker${big.workers > 1 ? 's' : ''}`,
      goal: 'p99 < 250 ms, all delivered',
      measured: `p99 ${f0(big.p99)} ms, ${f0(big.received)}/${f0(big.subscribers)} delivered`,
      met: big.received === big.subscribers && big.p99 < 250,
    });
  return out;
}

export function renderPostgres(report: Report): string[] {
  const pg = report.postgres;
  const rows = report.http.filter((r) => r.engine === 'postgres');
  const lines: string[] = [];
  if (!pg) return lines;
  if (rows.length) {
    lines.push('## HTTP on PostgreSQL (reads, each request different)', '');
    lines.push(
      `${pg.version}, on the same machine (its server processes share the same cores with the contenders and the load generator), database \`${pg.database}\`: the same dataset copied with its ids (${pg.copySeconds === null ? 'a copy made by an earlier run, reused' : `copied in ${f0(pg.copySeconds)} s`}), then VACUUM ANALYZE. "${PARLEY_PG}" is the schema package (\`createParleyYoga\` over \`openPostgres\`, response cache off) served by node:http with the API's request limiter, in its own process, on the copy itself (reads only); the API process on PostgreSQL is measured in the fan-out and writes section, on a clone. The baseline answers the same JSON from hand-written SQL, one round trip per read. Each server has a pool of ${pg.pool} connections.`,
      '',
    );
    lines.push('| read | contender | req/s | p50 ms | p99 ms | × raw PG | answers |');
    lines.push('|---|---|---:|---:|---:|---:|---|');
    for (const r of rows) {
      const res = r.result;
      const base = r.contender === 'parley' ? find(report, r.read, 'postgres', 'raw')?.result : undefined;
      const failures = res && res.non2xx + res.errors + res.timeouts > 0 ? ` (${res.non2xx} non-2xx, ${res.errors} errors)` : '';
      lines.push(
        `| ${r.read} | ${r.label} | ${res ? f0(res.rps) : '–'} | ${res ? f1(res.p50) : '–'} | ${res ? f1(res.p99) : '–'} | ${res && base ? `${f2(res.rps / base.rps)}×` : ''} | ${r.check}${failures} |`,
      );
    }
    lines.push('');
  }
  if (rows.length && report.http.some((r) => !r.engine)) {
    lines.push('## SQLite and PostgreSQL side by side (same run, same data, each request different)', '');
    lines.push('| read | raw SQLite | Parley on SQLite | × raw SQLite | raw PostgreSQL | Parley on PostgreSQL | × raw PG | Parley PG ÷ Parley SQLite |');
    lines.push('|---|---|---|---:|---|---|---:|---:|');
    for (const read of READS) {
      const [rs, ps, rp, pp] = [
        find(report, read, 'sqlite', 'raw')?.result,
        find(report, read, 'sqlite', 'parley')?.result,
        find(report, read, 'postgres', 'raw')?.result,
        find(report, read, 'postgres', 'parley')?.result,
      ];
      if (!rs && !ps && !rp && !pp) continue;
      lines.push(`| ${read} | ${cell(rs)} | ${cell(ps)} | ${ratio(ps, rs)} | ${cell(rp)} | ${cell(pp)} | ${ratio(pp, rp)} | ${ratio(pp, ps)} |`);
    }
    lines.push('');
  }
  return lines;
}

export function renderPostgresSearch(report: Report): string[] {
  const lines: string[] = [];
  const s = report.searchPg;
  const pg = report.postgres;
  if (s && pg) {
    lines.push(`## Full-text search latency on PostgreSQL (${f0(s.statements)} statements, ${f0(s.quotes)} quotes, ${f0(s.indexRows)} index rows)`, '');
    lines.push(
      `One query at a time, in-process, database \`${pg.searchDatabase ?? pg.database}\`. "Raw, ranking every match" is the raw baseline's search (ts_rank over every public match, ts_headline snippets for the top 20, one statement); "Parley" is the whole GraphQL search answer over PostgreSQL (the same bounded windows as on SQLite, ranked by ts_rank over the stored tsvector; ts_headline marks the text of the hits shown only).`,
      '',
    );
    lines.push('| queries | n | mean matches | raw, ranking every match p50 / p99 ms | Parley p50 / p99 / max ms |');
    lines.push('|---|---:|---:|---:|---:|');
    const line = (name: string, c: { raw: LatencyStats; graphql: LatencyStats }) =>
      `| ${name} | ${c.graphql.n} | ${f0(c.graphql.meanHits)} | ${f2(c.raw.p50)} / ${f2(c.raw.p99)} | ${f2(c.graphql.p50)} / ${f2(c.graphql.p99)} / ${f2(c.graphql.max)} |`;
    for (const c of s.byClass) lines.push(line(c.name, c));
    lines.push(line('**all**', s.overall), '');
  }
  return lines;
}

/** The API process on PostgreSQL: its fan-out and writes under read load, beside the SQLite rows of the same run. */
export function renderPostgresApi(report: Report): string[] {
  const pg = report.postgres;
  const lines: string[] = [];
  if (!pg?.fanout?.length && !pg?.writes) return lines;
  lines.push('## The API process on PostgreSQL: fan-out and writes under read load', '');
  lines.push(
    `The API process itself (\`apps/api\` with DATABASE_URL, one process, no Redis, a pool of ${pg.pool} connections) on a scratch database cloned from \`${pg.database}\` (\`CREATE DATABASE … TEMPLATE\`, dropped afterwards: both write), measured as the SQLite sections are, with the same subscription, mutation and feed variants. SQLite's rows are this run's, where it ran.`,
    '',
  );
  if (pg.fanout?.length) {
    lines.push('| subscribers | workers | engine | delivered | p50 ms | p99 ms | kB per subscriber |');
    lines.push('|---:|---:|---|---:|---:|---:|---:|');
    const line = (engine: string, f: FanoutResult) =>
      `| ${f0(f.subscribers)} | ${f.workers} | ${engine} | ${f0(f.received)}${f.payloadOk ? '' : ' (payload mismatch)'} | ${f1(f.p50)} | ${f1(f.p99)} | ${f1(f.kbPerSubscriber)} |`;
    for (const f of pg.fanout) {
      const sqlite = report.fanout.find((s) => s.subscribers === f.subscribers && s.workers === f.workers);
      if (sqlite) lines.push(line('SQLite', sqlite));
      lines.push(line('PostgreSQL', f));
    }
    lines.push('');
  }
  if (pg.writes) {
    const o = report.options;
    lines.push(
      `Writes: createStatement (each different, the admin token) from 2 connections while ${o.connections} connections read the feed (each request different), ${o.durationSeconds} s after ${o.warmupSeconds} s warm-up.`,
      '',
    );
    lines.push('| engine | mutations/s | mutation errors | statements stored, warm-up included | readers req/s | readers p50 ms | readers p99 ms |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    const line = (engine: string, w: WritesUnderLoad) =>
      `| ${engine} | ${f0(w.mutationsPerSecond)} | ${f0(w.mutationErrors)} | ${f0(w.written)} | ${f0(w.readsPerSecond)} | ${f1(w.readersP50)} | ${f1(w.readersP99)} |`;
    if (report.writes) lines.push(line('SQLite', report.writes));
    lines.push(line('PostgreSQL', pg.writes), '');
  }
  return lines;
}
