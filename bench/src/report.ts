// Turns one run's measurements into the markdown report (printed, and written to bench/results/).
import type { FanoutResult, LoadResult } from './load/loadgen.ts';
import type { Machine } from './machine.ts';
import type { SearchLatency } from './measure/search-latency.ts';
import type { ExportResult } from './measure/export-throughput.ts';
import type { SqlCountRow } from './measure/sql-count.ts';
import type { SearchLatencyPg } from './measure/search-latency-pg.ts';
import type { ProfileSummary } from './profile.ts';
import { type PostgresReport, postgresTargets, renderPostgres, renderPostgresApi, renderPostgresSearch } from './report-pg.ts';
import type { Scenario } from './queries.ts';

const READ_NAMES = { feed: 'Feed', actor: 'Actor page', round: 'Round page', speaker: 'Statements by speaker', search: 'Search' } as const;

/** Mutations sustained while the feed is read at full load, and what the readers saw meanwhile. */
export interface WritesUnderLoad {
  mutationsPerSecond: number;
  mutationErrors: number;
  readsPerSecond: number;
  readersP50: number;
  readersP99: number;
  /** Statements the writes left in the database, warm-up included: that they were stored, not only answered. */
  written?: number;
}

export type Contender = 'raw' | 'parley' | 'peer';
/** Rows without one ran on SQLite. */
export type Engine = 'postgres';

export interface HttpRow {
  read: Scenario;
  variant: 'varied' | 'repeated';
  contender: Contender;
  label: string;
  result: LoadResult | null;
  /** Whether its answers matched the reference (Parley in-process), or why not measured. */
  check: string;
  /** The row ratios are taken against (one per contender and read). */
  primary?: boolean;
  engine?: Engine;
}

export interface Report {
  started: Date;
  seconds: number;
  options: Record<string, unknown>;
  machine: Machine;
  dataset: { scale: string; counts: Record<string, number>; generatedSeconds: number | null; mb: number };
  searchDataset: { scale: string; generatedSeconds: number | null };
  http: HttpRow[];
  fanout: FanoutResult[];
  sql: SqlCountRow[];
  search: SearchLatency | null;
  exports: ExportResult[];
  writes?: WritesUnderLoad | null;
  postgres?: PostgresReport;
  searchPg?: SearchLatencyPg | null;
  profiles: { name: string; file: string; summary: ProfileSummary }[];
  notes: string[];
}

const f0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US'));
const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const f2 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(2));

/** The row a ratio is taken against: the same read and variant, from the raw baseline or the peer. */
function reference(rows: HttpRow[], row: HttpRow, contender: Contender) {
  return rows.find((r) => r.read === row.read && r.variant === row.variant && r.contender === contender && r.engine === row.engine && r.result)?.result;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

export function targets(report: Report): Target[] {
  const sqlite = report.http.filter((r) => !r.engine);
  const row = (read: string, variant: string, label: string) => sqlite.find((r) => r.read === read && r.variant === variant && r.label === label)?.result;
  const raw = (read: string, variant: string) => sqlite.find((r) => r.read === read && r.variant === variant && r.contender === 'raw')?.result;
  const peer = (read: string, variant: string) => sqlite.find((r) => r.read === read && r.variant === variant && r.contender === 'peer')?.result;
  const out: Target[] = [];
  // Uncached reads, every request different: held to the raw baseline and the peer, and to a fair tail.
  for (const read of ['feed', 'actor', 'round', 'speaker'] as const) {
    const mine = row(read, 'varied', PARLEY_UNCACHED);
    const base = raw(read, 'varied');
    const other = peer(read, 'varied');
    const name = `${READ_NAMES[read]}, uncached (every request different)`;
    if (mine && base) {
      out.push({ name, goal: '≥ 0.4× raw', measured: `${f2(mine.rps / base.rps)}×`, met: mine.rps / base.rps >= 0.4 });
      out.push({
        name: `${name}, tail`,
        goal: "p99 ≤ 3× raw's p99",
        measured: `p99 ${f0(mine.p99)} ms (raw ${f0(base.p99)} ms, ${f2(mine.p99 / base.p99)}×)`,
        met: mine.p99 <= 3 * base.p99,
      });
    }
    if (mine && other)
      out.push({ name: `${name}, vs drizzle-graphql`, goal: '≥ 1.5× peer', measured: `${f2(mine.rps / other.rps)}×`, met: mine.rps >= 1.5 * other.rps });
  }
  if (report.writes) {
    const w = report.writes;
    out.push({
      name: 'Writes under read load (createStatement while the feed is read at 50 connections)',
      goal: 'report',
      measured: `${f0(w.mutationsPerSecond)} mutations/s; readers ${f0(w.readsPerSecond)} req/s, p99 ${f0(w.readersP99)} ms`,
      met: null,
    });
  }
  for (const read of ['feed', 'actor'] as const) {
    const cached = row(read, 'repeated', PARLEY_CACHED);
    const base = raw(read, 'repeated');
    if (cached && base)
      out.push({
        name: `${read === 'feed' ? 'Feed' : 'Actor page'}, repeated, response cache`,
        goal: '≥ 0.7× raw',
        measured: `${f2(cached.rps / base.rps)}×`,
        met: cached.rps / base.rps >= 0.7,
      });
  }
  const most = Math.max(0, ...report.fanout.map((f) => f.subscribers));
  for (const big of report.fanout.filter((f) => f.subscribers === most)) {
    const complete = big.received === big.subscribers;
    const workers = `${big.workers} worker${big.workers > 1 ? 's' : ''}`;
    out.push({
      name: `Fan-out to ${f0(big.subscribers)} SSE subscribers, ${workers}`,
      goal: 'p99 < 250 ms, all delivered',
      measured: `p99 ${f0(big.p99)} ms, ${f0(big.received)}/${f0(big.subscribers)} delivered`,
      met: complete && big.p99 < 250,
    });
    out.push({
      name: `Memory per idle subscriber, ${f0(big.subscribers)} subscribers, ${workers}`,
      goal: '≤ 15 kB',
      measured: `${f1(big.kbPerFurtherSubscriber)} kB per further subscriber (${f1(big.kbPerSubscriber)} kB averaged over all, one-off costs included)`,
      met: big.kbPerFurtherSubscriber <= 15,
    });
  }
  if (report.search) {
    const s = report.search;
    for (const c of [...s.byClass, { name: 'all', ...s.overall }])
      out.push({
        name: `Search at ${f0(s.quotes)} quotes, ${c.name} (GraphQL, one at a time)`,
        goal: 'p99 < 20 ms',
        measured: `p99 ${f1(c.graphql.p99)} ms (p50 ${f1(c.graphql.p50)})`,
        met: s.quotes >= 1e6 ? c.graphql.p99 < 20 : null,
      });
  }
  out.push(...postgresTargets(report));
  const parleySql = report.sql.filter((r) => r.contender === 'parley');
  if (parleySql.length) {
    const constant = parleySql.every((r) => new Set(Object.values(r.counts)).size === 1);
    out.push({
      name: 'SQL statements per request',
      goal: 'constant in page size',
      measured: parleySql.map((r) => `${r.scenario} ${Object.values(r.counts).join('→')}`).join(', '),
      met: constant,
    });
  }
  return out;
}

export const PARLEY_UNCACHED = 'Parley, 1 worker';
export const PARLEY_CACHED = 'Parley, 1 worker, response cache';

export function renderMarkdown(report: Report): string {
  const m = report.machine;
  const lines: string[] = [];
  lines.push(`# Parley benchmark — ${report.started.toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
  lines.push(
    `Dataset **${report.dataset.scale}** statements (${Object.entries(report.dataset.counts)
      .map(([k, v]) => `${f0(v)} ${k}`)
      .join(', ')}; ${f0(report.dataset.mb)} MB).`,
  );
  lines.push(
    `Load: autocannon in its own process, ${report.options.connections} connections, ${report.options.durationSeconds} s per row after ${report.options.warmupSeconds} s warm-up. Run took ${f0(report.seconds)} s.`,
    '',
  );
  lines.push('## Machine', '');
  lines.push(`${m.cpu}, ${m.cores} cores, ${f0(m.memoryGb)} GiB; ${m.os}; Node ${m.node}.`);
  lines.push(
    `Load average before ${m.loadBefore.map(f2).join(' / ')}, after ${m.loadAfter.map(f2).join(' / ')} (1/5/15 min). Server and load generator share these ${m.cores} cores.`,
    '',
  );

  const sqliteRows = report.http.filter((r) => !r.engine);
  if (sqliteRows.length) {
    lines.push('## HTTP throughput and latency', '');
    lines.push('| read | requests | contender | req/s | p50 ms | p99 ms | × raw | × peer | answers |');
    lines.push('|---|---|---|---:|---:|---:|---:|---:|---|');
  }
  for (const r of sqliteRows) {
    const res = r.result;
    const raw = r.contender === 'parley' ? reference(report.http, r, 'raw') : undefined;
    const peer = r.contender === 'parley' ? reference(report.http, r, 'peer') : undefined;
    const failures = res && res.non2xx + res.errors + res.timeouts > 0 ? ` (${res.non2xx} non-2xx, ${res.errors} errors)` : '';
    lines.push(
      `| ${r.read} | ${r.variant === 'varied' ? 'each different' : 'repeated'} | ${r.label} | ${res ? f0(res.rps) : '–'} | ${res ? f1(res.p50) : '–'} | ${res ? f1(res.p99) : '–'} | ${res && raw ? `${f2(res.rps / raw.rps)}×` : ''} | ${res && peer ? `${f2(res.rps / peer.rps)}×` : ''} | ${r.check}${failures} |`,
    );
  }
  if (sqliteRows.length) lines.push('');
  lines.push(...renderPostgres(report));

  if (report.fanout.length) {
    lines.push('## Subscription fan-out (statementAdded over SSE, one createStatement)', '');
    lines.push(
      `Latency is from sending the mutation to each subscriber receiving its event; the subscribers are spread over ${[...new Set(report.fanout.map((f) => f.clients ?? 1))].join(' / ')} client processes (one per 2,500), timed on one clock. The floor is the same event's bytes written right after by a bare node:net server to as many plain sockets, timed the same way: what this machine allows at that moment. Memory is the server's resident set (all workers) before and after the subscribers connected, no GC forced; "per further subscriber" is what the second half of them added, once the first half had paid the one-off costs (the heap's young generation growing to its working size, compiled code, caches).`,
      '',
    );
    lines.push(
      '| subscribers | workers | delivered | p50 ms | p99 ms | max ms | floor p50 / p99 ms | mutation ms | connect s | RSS before → after MB | kB per subscriber | kB per further subscriber |',
    );
    lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|');
    for (const f of report.fanout) {
      lines.push(
        `| ${f0(f.subscribers)} | ${f.workers} | ${f0(f.received)}${f.payloadOk ? '' : ' (payload mismatch)'} | ${f1(f.p50)} | ${f1(f.p99)} | ${f1(f.max)} | ${f1(f.rawP50)} / ${f1(f.rawP99)} | ${f1(f.mutationMs)} | ${f1(f.connectSeconds)} | ${f0(f.rssBeforeMb)} → ${f0(f.rssAfterMb)} | ${f1(f.kbPerSubscriber)} | ${f1(f.kbPerFurtherSubscriber)} |`,
      );
    }
    lines.push('');
  }
  lines.push(...renderPostgresApi(report));

  if (report.sql.length) {
    const sizes = [...new Set(report.sql.flatMap((r) => Object.keys(r.counts)))];
    lines.push('## SQL statements per request (SQLite trace)', '');
    lines.push(`| read | contender | ${sizes.map((s) => `first ${s}`).join(' | ')} | ids returned |`);
    lines.push(`|---|---|${sizes.map(() => '---:').join('|')}|---|`);
    for (const r of report.sql)
      lines.push(
        `| ${r.scenario} | ${r.contender} | ${sizes.map((s) => f0(r.counts[Number(s)])).join(' | ')} | ${sizes.map((s) => f0(r.rows[Number(s)])).join(' → ')} |`,
      );
    lines.push('');
  }

  if (report.search) lines.push(...renderSearch(report.search, `${report.searchDataset.scale} statements`));
  if (report.searchPg) lines.push(...renderPostgresSearch(report));

  if (report.exports?.length) {
    lines.push(`## Exports (${report.dataset.scale} statements, streamed over HTTP)`, '');
    lines.push(
      "One client reading as fast as it can. Peak RSS is the server process's high-water mark (VmHWM) after the export; flat memory means it stays near the RSS before it.",
      '',
    );
    lines.push('| export | records | MB | seconds | records/s | MB/s | RSS before MB | peak RSS MB |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const e of report.exports) {
      lines.push(
        `| ${e.path} | ${f0(e.records)} | ${f1(e.mb)} | ${f1(e.seconds)} | ${f0(e.recordsPerSecond)} | ${f1(e.mbPerSecond)} | ${f0(e.rssBeforeMb)} | ${f0(e.peakRssMb)} |`,
      );
    }
    lines.push('');
  }

  const t = targets(report);
  if (t.length) {
    lines.push('## Targets', '');
    lines.push('| target | goal | measured | met |');
    lines.push('|---|---|---|---|');
    for (const x of t) lines.push(`| ${x.name} | ${x.goal} | ${x.measured} | ${x.met === null ? 'n/a' : x.met ? 'yes' : '**no**'} |`);
    lines.push('');
  }

  for (const p of report.profiles) {
    lines.push(`## CPU profile: ${p.name}`, '', `${p.file} — ${f0(p.summary.samples)} busy samples.`, '');
    lines.push('| by package | % busy |', '|---|---:|');
    for (const x of p.summary.byPackage) lines.push(`| ${x.name} | ${f1(x.percent)} |`);
    lines.push('', '| hottest functions (self time) | % busy |', '|---|---:|');
    for (const x of p.summary.byFunction) lines.push(`| \`${x.name}\` | ${f1(x.percent)} |`);
    lines.push('');
  }

  if (report.notes.length) {
    lines.push('## Notes', '');
    for (const n of report.notes) lines.push(`- ${n}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The search section: latency by class of query and how far the bounded ranking is from ranking everything. */
export function renderSearch(s: SearchLatency, dataset: string): string[] {
  const lines: string[] = [];
  lines.push(`## Full-text search latency (${dataset}: ${f0(s.statements)} statements, ${f0(s.quotes)} quotes, ${f0(s.indexRows)} index rows)`, '');
  const pc = (n: number) => `${f0(n * 100)}%`;
  lines.push(
    `One query at a time, in-process. "FTS5 ranking every match" is the bare ranked MATCH with snippets, what search ran before (every match scored); "Parley" is the whole GraphQL search answer (validation, published-only filter, hits with their statements and speakers), which ranks the newest ${f0(s.window)} matches per window (BM25 from the matches' text when they lie close together, FTS5's bm25() when they are scattered). Agreement compares each query's top 20 with FTS5's bm25() ranking of every public match (the order before): overlap@20 is the mean share of that top 20 which the shipped top 20 holds, exact the share of queries with the same 20 in the same order, "beyond the window" the share of queries with more than ${f0(s.window)} matches (only those can be cut by the bound).`,
    '',
  );
  lines.push('| queries | n | mean matches | FTS5 ranking every match p50 / p99 ms | Parley p50 / p99 / max ms | beyond the window | overlap@20 / exact |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const c of [...s.byClass, { name: '**all**', ...s.overall, agreement: null }]) {
    const a = c.agreement;
    lines.push(
      `| ${c.name} | ${c.graphql.n} | ${f0(c.graphql.meanHits)} | ${f2(c.sql.p50)} / ${f2(c.sql.p99)} | ${f2(c.graphql.p50)} / ${f2(c.graphql.p99)} / ${f2(c.graphql.max)} | ${a ? pc(a.bounded) : ''} | ${a ? `${pc(a.overlap)} / ${pc(a.exact)}` : ''} |`,
    );
  }
  lines.push('');
  return lines;
}
