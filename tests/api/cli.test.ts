import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { runCli } from '../helpers/spawn.ts';

const dir = tempDir();
const env = { DATABASE_PATH: join(dir, 'cli.db') };

test('seed is idempotent: the second run adds nothing', () => {
  const first = runCli(['seed'], env);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Statement\s+added [1-9]\d*, already there 0/);
  const counts = () => {
    const db = new Database(env.DATABASE_PATH, { readonly: true });
    const n = (
      db
        .prepare(
          'SELECT (SELECT count(*) FROM statements) + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM actor_aliases) + (SELECT count(*) FROM round_updates) AS n',
        )
        .get() as { n: number }
    ).n;
    db.close();
    return n;
  };
  const before = counts();
  const second = runCli(['seed'], env);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/Statement\s+added 0, already there [1-9]/);
  expect(counts()).toBe(before);
});

test('token create prints a usable secret once and stores only its hash', () => {
  const r = runCli(['token', 'create', '--role', 'editor', '--name', 'Newsdesk'], env);
  expect(r.code).toBe(0);
  const secret = r.stdout.trim().split('\n').at(-1)!;
  expect(secret).toMatch(/^prly_/);
  const db = new Database(env.DATABASE_PATH, { readonly: true });
  const rows = db.prepare('SELECT name, role, token_hash FROM api_tokens').all() as { name: string; role: string; token_hash: string }[];
  db.close();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ name: 'Newsdesk', role: 'EDITOR' });
  expect(rows[0]!.token_hash).not.toContain(secret);
  expect(runCli(['token', 'list'], env).stdout).toMatch(/EDITOR\s+Newsdesk/);
  expect(runCli(['token', 'create', '--role', 'wizard', '--name', 'x'], env).code).toBe(2);
});

test('backup writes a consistent copy through the online backup API', () => {
  const target = join(dir, 'backup.db');
  const r = runCli(['backup', target], env);
  expect(r.code).toBe(0);
  expect(existsSync(target)).toBe(true);
  const copy = new Database(target, { readonly: true });
  const n = (copy.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n;
  copy.close();
  expect(n).toBeGreaterThan(10);
});

test('with DATABASE_URL naming PostgreSQL, the SQLite commands refuse in one line and touch nothing', () => {
  const file = join(tempDir(), 'untouched.db');
  const pgEnv = { DATABASE_PATH: file, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/parley' };
  const seed = runCli(['seed'], pgEnv);
  expect(seed.code).toBe(1);
  expect(seed.stderr.trim().split('\n')).toHaveLength(1);
  expect(seed.stderr).toMatch(/DATABASE_URL names a PostgreSQL database, and `parley seed` runs on the SQLite file only/);
  expect(existsSync(file)).toBe(false);

  const backup = runCli(['backup', join(dir, 'never.db')], pgEnv);
  expect(backup.code).toBe(2);
  expect(backup.stderr).toMatch(/use pg_dump/);
  expect(existsSync(join(dir, 'never.db'))).toBe(false);

  // Another program's DATABASE_URL is not Parley's business.
  expect(runCli(['token', 'list'], { ...env, DATABASE_URL: 'mysql://elsewhere/db' }).code).toBe(0);
});
