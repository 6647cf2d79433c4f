import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { cachedDataset } from '../../bench/src/dataset/cached.ts';
import { postgresDataset } from '../../bench/src/dataset/postgres.ts';
import { tempDir } from '../helpers/app.ts';
import { PG_URL, postgresProblem } from '../helpers/postgres.ts';
import { repoRoot } from '../helpers/spawn.ts';

// `pnpm bench --quick --engine postgres`: the reads on a PostgreSQL copy of the 2k dataset, Parley's schema over
// PostgreSQL beside the raw node-postgres baseline, each in its own process, must produce a complete report with
// answers checked against Parley on SQLite; the writes under load and the fan-out, against the API process on a
// scratch clone of the copy, must get their mutations through and every event delivered. No timing is asserted. The bench creates its database next to the
// tests' own (PARLEY_TEST_PG_URL), so a CI run drops it with the rest.
const out = tempDir('parley-bench-pg-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function needPostgres(ctx: { skip: (note?: string) => void }) {
  const problem = await postgresProblem();
  if (!problem) return;
  const message = `PostgreSQL is not reachable at ${PG_URL} (${problem})`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`Skipping: ${message}. Start it, or set PARLEY_TEST_PG_URL.`);
  ctx.skip();
}

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const RAW = 'raw node:http + node-postgres';
const PARLEY = 'Parley schema on PostgreSQL';

test('pnpm bench --quick --engine postgres reports every read on PostgreSQL, checked against SQLite, and the API process', async (ctx) => {
  await needPostgres(ctx);
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const run = spawnSync(tsx, ['bench/src/cli.ts', '--quick', '--engine', 'postgres', '--only', 'http,fanout,search', '--out', out], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, PARLEY_BENCH_PG_URL: PG_URL },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  // SQLite's report, which the README quotes, is left alone.
  expect(existsSync(join(out, 'latest.md'))).toBe(false);
  const md = readFileSync(join(out, 'latest-postgres.md'), 'utf8');
  expect(md).toMatch(/## HTTP on PostgreSQL/);
  expect(md).toMatch(/PostgreSQL 1\d/);

  const rows = md
    .split('\n')
    .filter((l) => /^\| (feed|actor|round|speaker|search) \| /.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));
  const row = (read: string, contender: string) => rows.find((r) => r[1] === read && r[2] === contender);
  for (const read of ['feed', 'actor', 'round', 'speaker', 'search']) {
    for (const contender of [RAW, PARLEY]) {
      const r = row(read, contender);
      expect(r, `${read} / ${contender}`).toBeDefined();
      expect(Number(r![3]!.replace(/,/g, '')), `req/s of ${contender} ${read}`).toBeGreaterThan(0);
      expect(r![4]).toMatch(/^\d/);
      expect(r![5]).toMatch(/^\d/);
      // Both answer the same JSON as Parley on SQLite; search ranks by its own engine (checked in its own test).
      if (read !== 'search') expect(r![7], `answers of ${contender} ${read}`).toBe('identical JSON');
    }
    expect(row(read, PARLEY)![6], `ratio of ${read}`).toMatch(/×$/);
  }
  expect(md).toMatch(/## Full-text search latency on PostgreSQL/);
  for (const kind of ['rare name', 'common word', 'common AND rare', 'phrase', 'prefix']) expect(md).toMatch(new RegExp(`\\| ${kind} \\| \\d+ \\|`));
  expect(md).toMatch(/\| PostgreSQL: feed, uncached .* \| ≥ 0\.4× raw \|/);

  // The API process on a scratch clone: every subscriber got the event, the writes got through.
  const report = JSON.parse(readFileSync(join(out, 'latest-postgres.json'), 'utf8'));
  expect(md).toMatch(/## The API process on PostgreSQL: fan-out and writes under read load/);
  const fanout = report.postgres.fanout as { subscribers: number; received: number; payloadOk: boolean }[];
  expect(fanout.map((f) => f.subscribers)).toEqual([20, 100]);
  for (const f of fanout) {
    expect(f.received, `fan-out to ${f.subscribers}`).toBe(f.subscribers);
    expect(f.payloadOk).toBe(true);
    expect(md).toMatch(new RegExp(`^\\| ${f.subscribers} \\| 1 \\| PostgreSQL \\| ${f.subscribers} \\| \\d`, 'm'));
  }
  // Stored, not only answered; counted over the warm-up too, since a 1 s row on a busy machine may see none complete.
  expect(report.postgres.writes.written).toBeGreaterThan(0);
  expect(report.postgres.writes.mutationErrors).toBe(0);
  expect(md).toMatch(/^\| PostgreSQL \| [\d,]+ \| 0 \| [1-9][\d,]* \| [\d,]+ \| /m);
  // The clone is dropped afterwards.
  const scratch = /Scratch database (\S+),/.exec(run.stdout)?.[1];
  expect(scratch, run.stdout).toMatch(/_scratch_\d+$/);
  expect((await onAdmin((c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [scratch]))).rowCount).toBe(0);

  // The copy holds the dataset and nothing more (the writes went to the clone), and is marked complete.
  const url = new URL(PG_URL);
  url.pathname = `/${report.postgres.database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    expect((await client.query('SELECT count(*)::int AS n FROM statements')).rows[0].n).toBe(report.dataset.counts.statements);
  } finally {
    await client.end();
  }
}, 180_000);

test('the PostgreSQL copy is reused when complete, and made again when a run stopped half-way', async (ctx) => {
  await needPostgres(ctx);
  const data = cachedDataset(join(repoRoot, 'bench/data'), 2000, () => {});
  const first = await postgresDataset(data.path, () => {}, PG_URL);
  const again = await postgresDataset(data.path, () => {}, PG_URL);
  expect(again).toEqual({ ...first, seconds: null });
  // A copy whose completion was never recorded (the bench was stopped during it) is dropped and made again.
  await onAdmin((c) => c.query(`COMMENT ON DATABASE "${first.name}" IS NULL`));
  const logged: string[] = [];
  const redone = await postgresDataset(data.path, (m) => logged.push(m), PG_URL);
  expect(redone.seconds).not.toBeNull();
  expect(logged.join('\n')).toMatch(/an unfinished copy/);
  const note = await onAdmin((c) =>
    c.query<{ note: string }>(`SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`, [first.name]),
  );
  expect(note.rows[0]!.note).toMatch(/complete/);
}, 60_000);
