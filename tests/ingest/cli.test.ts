import { join } from 'node:path';
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
});
