import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteWriter } from '@parley/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeApp, tempDir, type TestApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';
import { repoRoot } from '../helpers/spawn.ts';

/**
 * How storage faults are made here, where tests may run as root (root ignores file modes, so chmod 444
 * proves nothing):
 * - a full disk: SQLite's own `PRAGMA max_page_count` caps the file at its current size, so the next write
 *   that needs a page fails with SQLITE_FULL exactly as on a full filesystem;
 * - an unopenable database: DATABASE_PATH names a directory (SQLITE_CANTOPEN);
 * - a read-only file: `chattr +i` (immutable), which binds root too; skipped where chattr is unavailable.
 */
describe('a full database at run time', () => {
  let app: TestApp;
  let http: Running;
  const logged: string[] = [];
  const original = console.error;
  beforeAll(async () => {
    app = await makeApp();
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    http = await serve(app);
  });
  afterAll(async () => {
    console.error = original;
    await http.close();
    await app.dispose();
  });

  const post = (query: string, variables: Record<string, unknown>, token?: string) =>
    fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const SOURCE = `mutation($b: String!) { createSource(input: { title: "Filler", outlet: "Test", body: $b }) { id } }`;

  test('writes answer SERVICE_UNAVAILABLE (503), the fault is logged once, /healthz turns 503 and recovers', async () => {
    // The cap is per connection: set on the writer (where writes go) and the readers' connection alike.
    const connections = [app.db.$client, sqliteWriter(app.db).$client];
    const pages = app.db.$client.pragma('page_count', { simple: true }) as number;
    for (const c of connections) c.pragma(`max_page_count = ${pages}`);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post(SOURCE, { b: `${i} ${'A long body that needs new pages. '.repeat(2000)}` }, app.editorToken));
    for (const r of answers) {
      expect(r.status).toBe(503);
      const body = await r.json();
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/SQLITE|sql|stack/i);
    }
    expect(logged.filter((l) => /Storage fault: SQLITE_FULL/.test(l))).toHaveLength(1);
    const health = await fetch(`${http.url}/healthz`);
    expect(health.status).toBe(503);
    expect((await health.json()).reason).toMatch(/SQLITE_FULL/);
    // Reads still work while writes cannot.
    expect((await (await post(`{ actors(first: 1) { totalCount } }`, {})).json()).data.actors.totalCount).toBeGreaterThan(0);

    for (const c of connections) c.pragma('max_page_count = 1073741823');
    const ok = await post(SOURCE, { b: 'Space again.' }, app.editorToken);
    expect(ok.status).toBe(200);
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);
  });
});

function startOnce(env: Record<string, string>) {
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  return spawnSync(tsx, ['apps/api/src/main.ts'], { cwd: repoRoot, env: { ...process.env, PORT: '0', ...env }, encoding: 'utf8', timeout: 60_000 });
}

test('start-up with a database that cannot be opened prints one clear line and exits non-zero', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a-directory.db'));
  const r = startOnce({ DATABASE_PATH: join(dir, 'a-directory.db') });
  expect(r.status).not.toBe(0);
  const problem = r.stderr.trim().split('\n');
  expect(problem).toHaveLength(1);
  expect(problem[0]).toMatch(/^Parley cannot start: SQLITE_CANTOPEN/);
  expect(r.stderr).not.toMatch(/\s+at\s/);
});

test('start-up with a read-only database file (immutable, so it binds root too) prints one clear line', async (ctx) => {
  const dir = tempDir();
  const file = join(dir, 'parley.db');
  const app = await makeApp();
  app.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(join(app.dir, 'parley.db'), file);
  await app.dispose();
  if (spawnSync('chattr', ['+i', file]).status !== 0) return ctx.skip('chattr +i is not available here');
  try {
    const r = startOnce({ DATABASE_PATH: file });
    expect(r.status).not.toBe(0);
    const problem = r.stderr.trim().split('\n');
    expect(problem).toHaveLength(1);
    expect(problem[0]).toMatch(/^Parley cannot start: SQLITE_(READONLY|CANTOPEN|IOERR)/);
  } finally {
    spawnSync('chattr', ['-i', file]);
  }
});

test('PARLEY_ADMIN_TOKEN shorter than 24 characters is refused at start-up with one clear line', () => {
  const r = startOnce({ DATABASE_PATH: join(tempDir(), 'p.db'), PARLEY_ADMIN_TOKEN: 'a' });
  expect(r.status).not.toBe(0);
  expect(r.stderr.trim()).toMatch(/^Parley cannot start: PARLEY_ADMIN_TOKEN must be at least 24 characters/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

test('a DATABASE_URL whose PostgreSQL does not answer stops start-up in one line, and SQLite is not used instead', () => {
  const file = join(tempDir(), 'never.db');
  const r = startOnce({ DATABASE_PATH: file, DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parley' });
  expect(r.status).not.toBe(0);
  expect(r.stderr.trim()).toMatch(/^Parley cannot start: .*ECONNREFUSED 127\.0\.0\.1:1/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(existsSync(file)).toBe(false);
});
