import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@parley/core';
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

test('with DATABASE_URL naming PostgreSQL, commands use it (never the SQLite file), and backup names pg_dump', () => {
  const file = join(tempDir(), 'untouched.db');
  const pgEnv = { DATABASE_PATH: file, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/parley' };
  const seed = runCli(['seed'], pgEnv);
  expect(seed.code).toBe(1);
  expect(seed.stderr.trim().split('\n')).toHaveLength(1);
  expect(seed.stderr).toMatch(/^parley: .*ECONNREFUSED 127\.0\.0\.1:1/);
  expect(existsSync(file)).toBe(false);

  const backup = runCli(['backup', join(dir, 'never.db')], pgEnv);
  expect(backup.code).toBe(2);
  expect(backup.stderr).toMatch(/use pg_dump/);
  expect(existsSync(join(dir, 'never.db'))).toBe(false);

  // Another program's DATABASE_URL is not Parley's business.
  expect(runCli(['token', 'list'], { ...env, DATABASE_URL: 'mysql://elsewhere/db' }).code).toBe(0);
});

test('backup refuses a folder, the database itself and an existing file unless --force, each in one line with exit 2', () => {
  const folder = runCli(['backup', dir], env);
  expect(folder.code).toBe(2);
  expect(folder.stderr).toBe(`parley: ${dir} is a folder; name the file to write, e.g. ${join(dir, 'parley-backup.db')}\n`);
  expect(runCli(['backup', env.DATABASE_PATH, '--force'], env).stderr).toMatch(/is the database itself/);
  expect(runCli(['backup', join(dir, 'no/such/folder/b.db')], env).stderr).toMatch(/no such folder\n$/);

  const target = join(dir, 'existing.db');
  writeFileSync(target, 'not a backup yet');
  const refused = runCli(['backup', target], env);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(`parley: ${target} already exists; pass --force to overwrite it\n`);
  expect(readFileSync(target, 'utf8')).toBe('not a backup yet');
  expect(runCli(['backup', target, '--force'], env).code).toBe(0);
  const copy = new Database(target, { readonly: true });
  expect((copy.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n).toBeGreaterThan(10);
  copy.close();
});

test('each command --help shows its own usage and options, from the same table as the global help', () => {
  const global = runCli(['--help'], env).stdout;
  for (const [args, usage, option] of [
    [['ingest', '--help'], 'usage: parley ingest FILE|FOLDER|URL...', '--published-on YYYY-MM-DD'],
    [['backup', '--help'], 'usage: parley backup FILE [--force]', '--force'],
    [['token', 'create', '-h'], 'usage: parley token create --role editor|admin --name NAME', '--role editor|admin'],
    [['feed', 'add', '--help'], 'usage: parley feed add URL --outlet NAME [--interval MINUTES]', '--interval MINUTES'],
  ] as const) {
    const r = runCli([...args], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${usage.replace(/[|.[\]]/g, '\\$&')}`));
    expect(r.stdout).toContain(option);
    expect(r.stdout).not.toContain('copy-to-postgres');
    expect(global).toContain(usage.replace('usage: parley ', ''));
  }
  // A family named by its first word shows every member.
  const token = runCli(['token', '--help'], env).stdout;
  for (const sub of ['token create', 'token list', 'token revoke ID']) expect(token).toContain(`usage: parley ${sub}`);
  expect(runCli(['backup', 'x.db', '--bogus'], env).stderr).toBe('parley: unknown option --bogus; run `parley backup --help` for its usage\n');
});

test('seed check on a folder that does not exist is one line and exit 2', () => {
  const missing = join(dir, 'nonexistent');
  const r = runCli(['seed', 'check', missing], env);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`parley: ${missing}: no such folder\n`);
});

test('token list on a ledger with no tokens says so and how to mint one', () => {
  const path = join(tempDir(), 'empty.db');
  openDatabase(path).$client.close();
  const r = runCli(['token', 'list'], { DATABASE_PATH: path });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^No tokens yet; mint one with `parley token create --role editor\|admin --name NAME`/);
});

test('read-only commands refuse a DATABASE_PATH that does not exist and create nothing; seed still creates one', () => {
  const folder = join(tempDir(), 'typo');
  const typo = { DATABASE_PATH: join(folder, 'x.db') };
  for (const args of [
    ['token', 'list'],
    ['token', 'revoke', '1'],
    ['backup', join(dir, 'never-written.db')],
    ['feed', 'list'],
    ['copy-to-postgres', 'postgres://u@127.0.0.1:1/db'],
  ]) {
    const r = runCli(args, typo);
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.stderr).toBe(`parley: no database at ${typo.DATABASE_PATH}; check DATABASE_PATH (\`parley seed\` creates one)\n`);
  }
  expect(existsSync(folder)).toBe(false);
  expect(existsSync(join(dir, 'never-written.db'))).toBe(false);
  expect(runCli(['seed'], typo).code).toBe(0);
  expect(existsSync(typo.DATABASE_PATH)).toBe(true);
});
