import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@parley/core';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { repoRoot, runCli } from '../helpers/spawn.ts';

test('ingest takes a folder, shows progress and a summary, and is idempotent on a second run', () => {
  const env = { DATABASE_PATH: join(tempDir(), 'ingest.db'), PARLEY_SEED: '0' };
  runCli(['seed'], env);
  // The seeded sources share the articles' text, so start from a database with actors only.
  const db = new Database(env.DATABASE_PATH);
  db.exec(`DELETE FROM claim_stances; DELETE FROM claims; DELETE FROM quotes; DELETE FROM statement_targets; DELETE FROM statement_topics;
           DELETE FROM statements; DELETE FROM occasions; DELETE FROM discrepancy_versions; DELETE FROM discrepancies;
           DELETE FROM demands; DELETE FROM round_updates; DELETE FROM events; UPDATE actor_aliases SET source_id = NULL;
           UPDATE actor_roles SET source_id = NULL; DELETE FROM sources;`);
  db.close();

  const folder = join(repoRoot, 'data/seed/articles');
  const first = runCli(['ingest', folder, '--auto-confirm-above', '0.9'], env);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toMatch(/\[#{24}\] 5\/5 done/);
  expect(first.stdout).toMatch(/Sources: 5 new, 0 already ingested, 0 failed/);
  const proposed = Number(/Quotes proposed: (\d+) \((\d+) confirmed automatically\)/.exec(first.stdout)?.[1]);
  const confirmed = Number(/\((\d+) confirmed automatically\)/.exec(first.stdout)?.[1]);
  expect(proposed).toBeGreaterThan(40);
  expect(confirmed).toBeGreaterThan(0);
  expect(confirmed).toBeLessThan(proposed);

  const check = new Database(env.DATABASE_PATH, { readonly: true });
  const published = (check.prepare(`SELECT count(*) AS n FROM statements WHERE status = 'PUBLISHED'`).get() as { n: number }).n;
  check.close();
  expect(published).toBeGreaterThan(0);

  const second = runCli(['ingest', folder], env);
  expect(second.stdout).toMatch(/Sources: 0 new, 5 already ingested, 0 failed/);
  expect(runCli(['ingest'], env).code).toBe(2);
}, 120_000);

test('--published-on off the calendar is one line and exit 2, for a new article and a stored one, and stores nothing', () => {
  const dir = tempDir();
  const env = { DATABASE_PATH: join(dir, 'dates.db') };
  openDatabase(env.DATABASE_PATH).$client.close();
  const stored = join(dir, 'stored.txt');
  const fresh = join(dir, 'fresh.txt');
  copyFileSync(join(repoRoot, 'packages/core/test/fixtures/wire-story.txt'), stored);
  writeFileSync(fresh, `Another day\n\nThe minister Ahmed Raza said on Friday: "We will not sign anything under pressure."\n`);
  expect(runCli(['ingest', stored, '--published-on', '2025-11-04'], env).code).toBe(0);
  const rows = () => {
    const db = new Database(env.DATABASE_PATH, { readonly: true });
    const n = db.prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM statements) AS n').get() as {
      n: number;
    };
    const dates = db.prepare('SELECT published_on AS d FROM sources').all() as { d: string }[];
    db.close();
    return { n: n.n, dates: dates.map((r) => r.d) };
  };
  const before = rows();
  for (const date of ['2025-02-30', '2025-13-40', '2023-02-29', 'banana']) {
    for (const file of [fresh, stored]) {
      const r = runCli(['ingest', file, '--published-on', date], env);
      expect(r.code, `${date} ${file}`).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual(['parley: --published-on: must be a date, YYYY-MM-DD']);
    }
  }
  expect(rows()).toEqual(before);
  expect(before.dates).toEqual(['2025-11-04']);
}, 120_000);

test('an unknown option or one missing its value is one line pointing to --help, exit 2', () => {
  const env = { DATABASE_PATH: join(tempDir(), 'opts.db') };
  const bogus = runCli(['ingest', '--bogus'], env);
  expect(bogus.code).toBe(2);
  expect(bogus.stderr).toBe('parley: unknown option --bogus; run `parley ingest --help` for its usage\n');
  const missing = runCli(['ingest', 'x.txt', '--outlet'], env);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toBe('parley: --outlet needs a value; run `parley ingest --help` for its usage\n');
}, 120_000);
