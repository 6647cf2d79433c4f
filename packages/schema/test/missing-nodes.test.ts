import { loadSeed, openDatabase } from '@parley/core';
import { seedDir } from '@parley/seed';
import { expect, test } from 'vitest';
import { blankMissingNodes } from '../src/missing-nodes.ts';

test('the missing-node check answers 100,000 ids without binding more parameters than SQLite allows', async () => {
  const db = openDatabase(':memory:');
  await loadSeed(db, { dir: seedDir });
  const ids = Array.from({ length: 100_000 }, (_, i) => ({ typename: i % 2 ? 'Actor' : 'Statement', id: String(i + 1) }));
  await blankMissingNodes(db, ids);
  expect(ids[0]).not.toBeNull(); // Statement 1 exists in the seed
  expect(ids[1]).not.toBeNull(); // so does Actor 2
  expect(ids.at(-1)).toBeNull(); // Actor 100000 does not
  expect(ids.filter(Boolean).length).toBeLessThan(200);
  db.$client.close();
});
