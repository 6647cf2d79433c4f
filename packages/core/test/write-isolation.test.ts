import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { insertActor, openDatabase, queryRows, write } from '../src/index.ts';

// A write command awaits between its statements; whatever runs in between (another request's resolvers) reads
// through the database's main connection and must see only committed rows.
const dir = mkdtempSync(join(tmpdir(), 'parley-isolation-'));
const db = openDatabase(join(dir, 'parley.db'));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const named = async (name: string) => (await queryRows<{ n: number }>(db, 'SELECT count(*) AS n FROM actors WHERE name = ?', name))[0]!.n;
const pause = () => new Promise((r) => setTimeout(r, 30));

test('a read while a write is open does not see its rows, and never sees a rolled-back one', async () => {
  const seen: number[] = [];
  const failing = write({ db }, async (scope) => {
    await insertActor(scope, { name: 'Envoy Never Committed', kind: 'PERSON' });
    await pause();
    seen.push(await named('Envoy Never Committed'));
    throw new Error('refused after the insert');
  });
  await expect(failing).rejects.toThrow('refused after the insert');
  expect(seen).toEqual([0]);
  expect(await named('Envoy Never Committed')).toBe(0);
});

test('a committed write is visible to the next read at once', async () => {
  let during = -1;
  const writing = write({ db }, async (scope) => {
    await insertActor(scope, { name: 'Envoy Committed', kind: 'PERSON' });
    await pause();
  });
  await pause();
  during = await named('Envoy Committed');
  await writing;
  expect(during).toBe(0);
  expect(await named('Envoy Committed')).toBe(1);
});
