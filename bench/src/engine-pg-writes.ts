// The PostgreSQL half's fan-out and writes under read load: the API process itself (apps/api on DATABASE_URL), as
// the SQLite half measures them and in the same order (the writes, then each fan-out), on a scratch clone of the
// cached copy, since both write and the copy is reused by later runs as it is.
import { type PostgresDataset, withScratchCopy } from './dataset/postgres.ts';
import type { HttpContext, httpRows } from './http-rows.ts';
import { fanoutLine, fanoutOnce, writesLine } from './measure/fanout.ts';
import { WRITTEN_LIKE, writesUnderLoad } from './measure/writes-under-load.ts';
import type { ParamSets } from './params.ts';
import { startParley } from './servers/spawn.ts';
import pg from 'pg';

async function countWritten(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM statements WHERE text LIKE $1', [WRITTEN_LIKE])).rows[0]!.n;
  } finally {
    await client.end();
  }
}

export async function runPostgresWrites(
  ctx: HttpContext,
  rows: ReturnType<typeof httpRows>,
  copy: PostgresDataset,
  data: { params: ParamSets; adminToken: string; pool: number },
  profileDir: (name: string) => string | undefined,
) {
  const { opt, report, log } = ctx;
  const pgReport = report.postgres!;
  const fanout = opt.sections.has('fanout') && opt.fanout.length > 0;
  // As on SQLite, the writes are one of the HTTP rows.
  const writes = opt.sections.has('http') && opt.reads.has('writes');
  if (!fanout && !writes) return;
  const { params, adminToken, pool } = data;
  // DATABASE_URL wins in the API; ':memory:' only makes sure that no SQLite file could be touched if it did not.
  const api = (url: string) => ({ db: ':memory:', databaseUrl: url, pgPool: pool, adminToken });
  await withScratchCopy(copy, log, async (url) => {
    if (writes) {
      log('PostgreSQL: the API process, writes under read load (createStatement while the feed is read)');
      await rows.withServer(
        () => startParley('Parley API on PostgreSQL, writes under load', { ...api(url), cacheTtl: 0 }),
        async (s) => {
          pgReport.writes = await writesUnderLoad(s.url, params, adminToken, opt);
        },
      );
      pgReport.writes!.written = await countWritten(url);
      log(writesLine(pgReport.writes!));
    }
    if (!fanout) return;
    pgReport.fanout = [];
    for (const { subscribers: n, workers } of opt.fanout) {
      log(`PostgreSQL: the API process, fan-out to ${n} SSE subscribers, ${workers} worker(s), one createStatement`);
      const prof = workers === 1 ? profileDir(`parley-pg-fanout-${n}`) : undefined;
      await rows.withServer(
        () => startParley(`Parley API on PostgreSQL, fan-out ${n}`, { ...api(url), cacheTtl: 300, cpuProfDir: prof, workers }),
        async (s) => {
          const r = await fanoutOnce(s, n, workers, params, adminToken);
          pgReport.fanout!.push(r);
          log(fanoutLine(r));
        },
        prof,
      );
    }
  });
}
