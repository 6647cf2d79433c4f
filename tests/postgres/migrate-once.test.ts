import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migratePostgres, PG_MIGRATIONS_TABLE, pgMigrationsFolder, tables } from '@parley/core/pg';
import { getTableName, is, Table } from 'drizzle-orm';
import pg from 'pg';
import { expect, test } from 'vitest';
import { freshDatabase, usePostgres } from '../helpers/postgres.ts';

// Several hosts starting at once against one empty database: the advisory lock lets exactly one migrate, the
// others wait and find nothing to do. Runs the built package (pnpm build), as a deployed host would.
const postgres = usePostgres('migrate');
const PROCESSES = 4;
const script = fileURLToPath(new URL('./fixtures/migrate.mjs', import.meta.url));

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test(`${PROCESSES} processes migrating one fresh database at once apply each migration exactly once`, async (ctx) => {
  postgres.ready(ctx);
  const migrations = readdirSync(pgMigrationsFolder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  expect(migrations.length).toBeGreaterThanOrEqual(3);

  // Each process loads its modules first, then all call migratePostgres at the same moment.
  const env = { DATABASE_URL: postgres.url, START_AT: String(Date.now() + 2000) };
  const runs = await Promise.all(Array.from({ length: PROCESSES }, () => start(env)));
  for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  // One process applied them all; the others waited on the lock and found none pending.
  const applied = runs.map((run) => (JSON.parse(run.stdout) as { applied: number }).applied).sort();
  expect(applied).toEqual([...Array(PROCESSES - 1).fill(0), migrations.length]);

  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const rows = (await client.query(`SELECT name, count(*)::int AS times FROM ${PG_MIGRATIONS_TABLE} GROUP BY name ORDER BY name`)).rows;
    expect(rows).toEqual(migrations.map((name) => ({ name, times: 1 })));
    const expected = Object.values(tables)
      .filter((t) => is(t, Table))
      .map((t) => getTableName(t as Table));
    const present = (await client.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((r) => r.name);
    expect(present.sort()).toEqual([...expected, 'search_index', 'write_epoch'].sort());
  } finally {
    await client.end();
  }
}, 60_000);

test('a database that sorts text by language rules is refused before anything is created, with the fix', async (ctx) => {
  postgres.ready(ctx);
  // ICU's English order puts "a" before "B"; SQLite (and cursors over names and dates) compare bytes.
  const db = await freshDatabase('icu', `TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C'`);
  try {
    await expect(migratePostgres(db.url)).rejects.toThrow(`sorts text by the ICU "en" collation; Parley needs byte order`);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const tables = (await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema IN ('public', 'drizzle')`)).rows;
    await client.end();
    expect(tables).toEqual([{ n: 0 }]);
  } finally {
    await db.drop();
  }
});
