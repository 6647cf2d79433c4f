import { seedDir } from '@parley/seed';
import { createActor, createStatement, isParleyError, loadSeed, mergeActors, queryRows } from '@parley/core';
import { openPostgres, type PostgresDb } from '@parley/core/pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { usePostgres } from '../helpers/postgres.ts';

// Two processes' worth of pools over one database, writing at the same moment: one merges an actor away while
// the other keeps writing statements by and about it. Every write must see the ledger whole: a statement
// written before the merge is moved to the survivor with the rest, one written after is refused by name.
const database = usePostgres('concurrent');
const hosts: PostgresDb[] = [];
const viewer = { tokenId: null, name: 'concurrency test', role: 'EDITOR' as const };

beforeAll(async () => {
  if (!database.name) return;
  hosts.push(await openPostgres(database.url, { poolSize: 4 }));
  await loadSeed(hosts[0]!.db, { dir: seedDir });
  hosts.push(await openPostgres(database.url, { poolSize: 4, migrate: false }));
}, 120_000);
afterAll(async () => {
  for (const h of hosts) await h.close();
});

test('mergeActors racing statements that name the merged actor leaves no statement behind on it', async (ctx) => {
  database.ready(ctx);
  const [a, b] = hosts.map((h) => ({ db: h.db, viewer }));
  const survivor = (await queryRows<{ id: number }>(a!.db, `SELECT id FROM actors WHERE slug = 'khawaja-asif'`))[0]!.id;
  const duplicate = await createActor(a!, { name: 'Duplicate Envoy Record', kind: 'PERSON' });
  const statement = (i: number) =>
    createStatement(b!, {
      occasion: { speakerId: duplicate, saidOn: '2025-11-30' },
      text: `Race ${i}`,
      act: 'COMMENT',
      targetIds: [duplicate],
    }).then(
      () => 'written',
      (error) => (isParleyError(error) ? error.code : String(error)),
    );
  // One lands before anything races, so the merge certainly has a statement to move.
  expect(await statement(-1)).toBe('written');
  const early = Array.from({ length: 8 }, (_, i) => statement(i));
  const merge = mergeActors(a!, survivor, duplicate);
  const late = Array.from({ length: 8 }, (_, i) => statement(8 + i));
  const outcomes = await Promise.all([...early, merge.then(() => 'merged'), ...late]);

  expect(outcomes).toContain('merged');
  // Every write either landed whole or was refused as naming an actor that no longer exists.
  for (const o of outcomes) expect(['written', 'merged', 'NOT_FOUND']).toContain(o);
  const written = outcomes.filter((o) => o === 'written').length + 1;
  const count = async (sql: string) => Number((await queryRows<{ n: number }>(a!.db, sql, duplicate))[0]!.n);
  expect(await count('SELECT count(*) AS n FROM actors WHERE id = ?')).toBe(0);
  expect(await count('SELECT count(*) AS n FROM statements WHERE speaker_id = ?')).toBe(0);
  expect(await count('SELECT count(*) AS n FROM occasions WHERE speaker_id = ?')).toBe(0);
  expect(await count('SELECT count(*) AS n FROM statement_targets WHERE actor_id = ?')).toBe(0);
  const moved = await queryRows<{ n: number }>(a!.db, `SELECT count(*) AS n FROM statements WHERE text LIKE 'Race %' AND speaker_id = ?`, survivor);
  expect(Number(moved[0]!.n)).toBe(written);
});
