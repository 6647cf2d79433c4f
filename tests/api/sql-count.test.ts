import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { createParleyYoga, loadSeed, openDatabase } from '@parley/schema';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { seedDir } from '@parley/seed';

// Counts the SQL statements SQLite actually executes per request: nested lists must be planned into a
// bounded number of queries, never one per row.
const dir = tempDir();
let executed: string[] = [];
const db = openDatabase(join(dir, 'count.db'), { onSql: (sql) => executed.push(sql) });
const yoga = createParleyYoga({ db });

beforeAll(async () => {
  await loadSeed(db, { dir: seedDir });
  // Enough statements that first: 10 and first: 100 return different page sizes.
  const insert = db.$client.prepare(
    `INSERT INTO statements (occasion_id, speaker_id, said_on, channel, text, act, intensity) SELECT id, speaker_id, said_on, channel, 'filler ' || ?, 'COMMENT', 0 FROM occasions LIMIT 1`,
  );
  for (let i = 0; i < 120; i++) insert.run(i);
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function countFor(query: string, first: number): Promise<{ count: number; rows: number }> {
  executed = [];
  const res = await yoga.fetch('http://count.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { first } }),
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  const rows = JSON.stringify(body.data).split('"id"').length - 1;
  return { count: executed.length, rows };
}

const FEED = `query($first: Int) { statements(first: $first) { totalCount edges { cursor node {
  id text saidOn datePrecision venue channel act intensity outletCount topics
  speaker { id name side parent { name } }
  targets { id name }
  round { id title status }
  occasion { id venue }
  quotes { id text start end source { id title outlet } }
} } } }`;

const ACTORS = `query($first: Int) { actors(first: $first) { totalCount edges { node {
  id name side aliases { text } roles { title organization { name } }
  parent { name } statements(first: 3) { totalCount edges { node { id text quotes { id } } } }
} } } }`;

const ROUNDS = `query($first: Int) { rounds(first: $first) { edges { node {
  id title process { name mediators { name } }
  participants { role actor { id name } }
  updates { at status source { title } }
  latestUpdate { note }
  demands { id text by { name } to { name } source { id } }
} } } }`;

// Each kind of hit on a page costs one query for its nodes, whatever the page size; the kinds are fixed
// here so that a larger page does not also bring in a kind the smaller one lacked.
const SEARCH = `query($first: Int) { search(query: "Taliban OR Pakistan", first: $first, kinds: [STATEMENT, QUOTE, SOURCE]) { kind snippet
  statement { id speaker { name } quotes { id } } quote { id source { title } } source { id title } } }`;

test.each([
  ['statement feed', FEED],
  ['actors with their statements', ACTORS],
  ['rounds with participants, updates and demands', ROUNDS],
  ['search hits with their nodes', SEARCH],
])('%s: SQL statements do not grow with the page size', async (_name, query) => {
  const small = await countFor(query, 10);
  const large = await countFor(query, 100);
  expect(large.count).toBe(small.count);
  expect(small.count).toBeLessThanOrEqual(6);
  // Guard against a vacuous pass: the larger page really returned more rows (where data allows).
  expect(large.rows).toBeGreaterThanOrEqual(small.rows);
});

test('the feed really pages 100 statements in the same statement count as 10', async () => {
  const small = await countFor(FEED, 10);
  const large = await countFor(FEED, 100);
  expect(large.rows).toBeGreaterThan(small.rows * 5);
  expect(large.count).toBe(small.count);
});
