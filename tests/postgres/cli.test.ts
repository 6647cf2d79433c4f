import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { runCli } from '../helpers/spawn.ts';

// The CLI with DATABASE_URL set works on that PostgreSQL database, as the API does; the SQLite file at
// DATABASE_PATH is never created beside it.
const database = usePostgres('cli');
const dir = tempDir();
const sqliteFile = join(dir, 'never.db');
const env = () => ({ DATABASE_URL: database.url, DATABASE_PATH: sqliteFile });

async function one<T>(sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

test('seed loads the dataset into PostgreSQL once; a second run adds nothing', async (ctx) => {
  database.ready(ctx);
  const first = runCli(['seed'], env());
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toMatch(/Statement\s+added [1-9]\d*, already there 0/);
  const { n } = await one<{ n: number }>('SELECT count(*)::int AS n FROM statements');
  const second = runCli(['seed'], env());
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/Statement\s+added 0, already there [1-9]\d*/);
  expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM statements')).n).toBe(n);
  expect(existsSync(sqliteFile)).toBe(false);
});

test('tokens are created, listed and revoked in PostgreSQL', async (ctx) => {
  database.ready(ctx);
  const created = runCli(['token', 'create', '--role', 'editor', '--name', 'desk'], env());
  expect(created.code, created.stderr).toBe(0);
  const id = Number(/Token (\d+)/.exec(created.stdout)![1]);
  expect(runCli(['token', 'list'], env()).stdout).toMatch(new RegExp(`${id}\\s+EDITOR\\s+desk`));
  expect(runCli(['token', 'revoke', String(id)], env()).code).toBe(0);
  expect((await one<{ revoked: string | null }>(`SELECT revoked_at AS revoked FROM api_tokens WHERE id = ${id}`)).revoked).toBeTruthy();
  expect(runCli(['token', 'revoke', '9999'], env()).stderr).toBe('parley: no token 9999\n');
});

test('ingest proposes quotes from a file into the PostgreSQL review queue', async (ctx) => {
  database.ready(ctx);
  const file = join(dir, 'story.txt');
  writeFileSync(file, `Pakistan's Defence Minister Khawaja Asif said on Tuesday: "Any attack inside Pakistan would be answered with full force."\n`);
  const r = runCli(['ingest', file, '--outlet', 'Wire', '--published-on', '2025-11-04'], env());
  expect(r.code, r.stderr).toBe(0);
  const row = await one<{ speaker: string; act: string }>(
    `SELECT a.name AS speaker, s.act FROM quotes q JOIN statements s ON s.id = q.statement_id JOIN actors a ON a.id = s.speaker_id
      JOIN sources src ON src.id = q.source_id WHERE src.outlet = 'Wire' ORDER BY q.id DESC LIMIT 1`,
  );
  expect(row).toEqual({ speaker: 'Khawaja Asif', act: 'THREATEN' });
});
