import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { runCli } from '../helpers/spawn.ts';

// `parley copy-to-postgres` moves a seeded SQLite ledger into an empty PostgreSQL database, every row with its id,
// in one transaction; a second copy into the now full database is refused and changes nothing.
const target = usePostgres('copy');
const dir = tempDir();
const env = { DATABASE_PATH: join(dir, 'ledger.db') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = [
  'actors',
  'actor_aliases',
  'statements',
  'quotes',
  'sources',
  'negotiation_rounds',
  'round_updates',
  'claims',
  'claim_stances',
  'changes',
  'sync_log',
];

async function pgCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = (await client.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
    return out;
  } finally {
    await client.end();
  }
}

test('the whole ledger arrives with its ids; a second copy is refused and adds nothing', async (ctx) => {
  target.ready(ctx);
  expect(runCli(['seed'], env).code).toBe(0);
  const sqlite = new Database(env.DATABASE_PATH, { readonly: true });
  const expected = Object.fromEntries(TABLES.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  const maxStatement = (sqlite.prepare('SELECT max(id) AS n FROM statements').get() as { n: number }).n;
  sqlite.close();

  const first = runCli(['copy-to-postgres', target.url], env);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/statements\s+\d+ rows/);
  expect(await pgCounts(target.url)).toEqual(expected);

  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  // New rows continue after the copied ids, and the search index was built from the copied rows.
  const next = (await client.query(`SELECT nextval(pg_get_serial_sequence('statements', 'id'))::int AS n`)).rows[0].n;
  expect(next).toBe(maxStatement + 1);
  const indexed = (await client.query(`SELECT count(*)::int AS n FROM search_index WHERE kind = 'STATEMENT'`)).rows[0].n;
  expect(indexed).toBe(expected.statements);
  await client.end();

  // Without an argument the command copies to DATABASE_URL.
  const again = runCli(['copy-to-postgres'], { ...env, DATABASE_URL: target.url });
  expect(again.code).toBe(1);
  expect(again.stderr.trim().split('\n')).toHaveLength(1);
  expect(again.stderr).toMatch(/already holds a ledger/);
  expect(await pgCounts(target.url)).toEqual(expected);
});

test('a wrong address is a one-line usage error, never a stack trace', () => {
  const r = runCli(['copy-to-postgres', 'mysql://nowhere/db'], env);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/usage: copy-to-postgres postgres:\/\//);
  expect(r.stderr).not.toMatch(/\s+at /);
});
