import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { NAME_KEY_VERSION, normalizeName, openDatabase, rekeyAliases } from '../src/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-rekey-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('stored alias keys are recomputed with the one normaliser, and collisions are reported', () => {
  const path = join(dir, 'old.db');
  const db = openDatabase(path);
  const sqlite = db.$client;
  const actor = sqlite.prepare("INSERT INTO actors (slug, name, kind) VALUES (?, ?, 'GOVERNMENT') RETURNING id");
  const fo = (actor.get('pakistan-foreign-office', 'Pakistan Foreign Office') as { id: number }).id;
  const other = (actor.get('pakistan-office', 'Pakistan Office') as { id: number }).id;
  const alias = sqlite.prepare("INSERT INTO actor_aliases (actor_id, text, kind, normalized, phonetic) VALUES (?, ?, 'NAME', ?, 'x')");
  // Keys as the old, disagreeing normaliser stored them: "foreign" was dropped as if it were a title.
  alias.run(fo, 'Pakistan Foreign Office', 'pakistan office');
  alias.run(other, 'Pakistan Office', 'pakistan office-old');
  alias.run(other, 'The Pakistan Foreign Office', 'the pakistan foreign office');
  sqlite.pragma('user_version = 1');

  const collisions = rekeyAliases(db);
  const keys = sqlite.prepare('SELECT text, normalized FROM actor_aliases ORDER BY id').all() as { text: string; normalized: string }[];
  expect(keys[0]).toEqual({ text: 'Pakistan Foreign Office', normalized: normalizeName('Pakistan Foreign Office') });
  expect(normalizeName('Pakistan Foreign Office')).toBe('pakistan foreign office');
  // The other actor's "The Pakistan Foreign Office" now has the first actor's key: it is parked and reported.
  expect(collisions).toEqual([expect.objectContaining({ text: 'The Pakistan Foreign Office', key: 'pakistan foreign office', keptBy: fo, actorId: other })]);
  expect(keys[2]!.normalized).not.toBe('pakistan foreign office');
  expect(sqlite.pragma('user_version', { simple: true })).toBe(NAME_KEY_VERSION);
  expect(rekeyAliases(db)).toEqual([]);
  sqlite.close();
});
