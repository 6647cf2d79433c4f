// The PostgreSQL half of pnpm bench (--engine postgres|both): the dataset copied once into PostgreSQL, then the same
// reads, each request different, against Parley's schema over PostgreSQL and a raw node-postgres baseline, each
// server in its own process; search latency one query at a time; and last the writes under read load and the
// fan-out, against the API process on a scratch clone of the copy (engine-pg-writes.ts). SQLite only, so far: the
// response-cache, 2-worker and drizzle-graphql rows, the SQL counts and the exports.
import type { httpRows, HttpContext } from './http-rows.ts';
import { postgresDataset } from './dataset/postgres.ts';
import { runPostgresWrites } from './engine-pg-writes.ts';
import type { ParamSets } from './params.ts';
import { searchLatencyPg } from './measure/search-latency-pg.ts';
import { PARLEY_PG, RAW_PG } from './report-pg.ts';
import { startParleyPg, startRawPg } from './servers/spawn.ts';
import pg from 'pg';

/** Connections in each server's pool: openPostgres's default, as the API would open it (PARLEY_PG_POOL). */
const POOL = Number(process.env.PARLEY_PG_POOL || 10);

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v.split(' on ')[0]!;
  } finally {
    await client.end();
  }
}

export async function runPostgres(
  ctx: HttpContext,
  rows: ReturnType<typeof httpRows>,
  data: {
    main: string;
    search: string;
    searchClasses: Record<string, string[]>;
    searchRepeats: number;
    /** What the SQLite half's writes and fan-out use, so that the two compare. */
    params: ParamSets;
    adminToken: string;
  },
  profileDir: (name: string) => string | undefined,
) {
  const { opt, report, log } = ctx;
  const main = await postgresDataset(data.main, log);
  report.postgres = { database: main.name, copySeconds: main.seconds, pool: POOL, version: await serverVersion(main.url) };
  if (opt.sections.has('http')) {
    const varied = ctx.reads.filter((r) => r.variant === 'varied');
    log(`HTTP on PostgreSQL (${main.name}): raw node:http + node-postgres baseline`);
    await rows.withServer(
      () => startRawPg(main.url, POOL),
      async (s) => {
        for (const r of varied) await rows.measure(s, 'raw', RAW_PG, r.read, 'varied', { engine: 'postgres' });
      },
    );
    log("HTTP on PostgreSQL: Parley's schema over openPostgres, no response cache");
    const prof = profileDir('parley-pg');
    await rows.withServer(
      () => startParleyPg(main.url, POOL, prof),
      async (s) => {
        for (const r of varied) await rows.measure(s, 'parley', PARLEY_PG, r.read, 'varied', { engine: 'postgres' });
      },
      prof,
    );
  }
  if (opt.sections.has('search')) {
    const copy = data.search === data.main ? main : await postgresDataset(data.search, log);
    if (copy !== main) report.postgres.searchDatabase = copy.name;
    log(`Search latency on PostgreSQL (${copy.name})…`);
    report.searchPg = await searchLatencyPg(copy.url, data.searchClasses, data.searchRepeats, log);
    log(
      `  p50 ${report.searchPg.overall.graphql.p50.toFixed(2)} ms, p99 ${report.searchPg.overall.graphql.p99.toFixed(2)} ms at ${report.searchPg.quotes} quotes`,
    );
  }
  // Last, once every server on the copy has stopped: cloning it needs it without connections.
  await runPostgresWrites(ctx, rows, main, { params: data.params, adminToken: data.adminToken, pool: POOL }, profileDir);
}
