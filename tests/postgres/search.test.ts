import { searchHits, type SearchArgs } from '@parley/core';
import { copyLedgerToPostgres, openPostgres, type PostgresDb } from '@parley/core/pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeApp } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';

// Search on PostgreSQL pages as it does on SQLite: windows of the newest matches, cursors that carry on in the
// next window, every public match reached once, and a statement recorded mid-way never shifting pages begun.
const target = usePostgres('search');
const app = await makeApp();
let postgres: PostgresDb;

beforeAll(async () => {
  if (!target.name) return;
  await copyLedgerToPostgres(app.db.$client, target.url);
  postgres = await openPostgres(target.url, { migrate: false });
}, 120_000);
afterAll(async () => {
  await postgres?.close();
  await app.dispose();
});

/** Every hit of a query, a page at a time. */
async function pageThrough(args: Omit<SearchArgs, 'after'>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = await searchHits(postgres.db, { ...args, after });
    seen.push(...page.map((h) => `${h.kind}:${h.refId}`));
    if (page.length < args.first) return seen;
    after = page.at(-1)!.cursor;
  }
  throw new Error('paging did not end');
}

test('small windows and small pages reach every match once, the same set as one big window on either engine', async (ctx) => {
  target.ready(ctx);
  const whole = (await searchHits(postgres.db, { query: 'Pakistan', first: 100 })).map((h) => `${h.kind}:${h.refId}`);
  const onSqlite = (await searchHits(app.db, { query: 'Pakistan', first: 100 })).map((h) => `${h.kind}:${h.refId}`);
  expect(whole.length).toBeGreaterThan(20);
  expect(whole.length).toBeLessThan(100);
  expect([...whole].sort()).toEqual([...onSqlite].sort());
  const paged = await pageThrough({ query: 'Pakistan', first: 7, window: 10 });
  expect(new Set(paged).size).toBe(paged.length);
  expect([...paged].sort()).toEqual([...whole].sort());
});

test('kinds and dates filter on PostgreSQL as on SQLite', async (ctx) => {
  target.ready(ctx);
  const cases: SearchArgs[] = [
    { query: 'ceasefire', first: 50, kinds: ['EVENT', 'ROUND'] },
    { query: 'Taliban', first: 100, from: '2025-11-01', to: '2025-11-30' },
  ];
  for (const args of cases) {
    const pg = await searchHits(postgres.db, args);
    const lite = await searchHits(app.db, args);
    expect(pg.length).toBeGreaterThan(0);
    expect(pg.map((h) => `${h.kind}:${h.refId}:${h.date}`).sort()).toEqual(lite.map((h) => `${h.kind}:${h.refId}:${h.date}`).sort());
  }
});

test('a statement recorded after paging began does not shift the pages already begun', async (ctx) => {
  target.ready(ctx);
  const first = await searchHits(postgres.db, { query: 'Pakistan', first: 5, window: 10 });
  const before = await pageThrough({ query: 'Pakistan', first: 5, window: 10 });
  const { rows } = await postgres.pool.query(`SELECT id, occasion_id, speaker_id FROM statements ORDER BY id LIMIT 1`);
  await postgres.pool.query(
    `INSERT INTO statements (occasion_id, speaker_id, text, act, intensity, channel, said_on, status)
     SELECT occasion_id, speaker_id, 'Pakistan added while paging', act, intensity, channel, said_on, status FROM statements WHERE id = $1`,
    [rows[0].id],
  );
  const rest: string[] = [];
  let after = first.at(-1)!.cursor;
  for (;;) {
    const page = await searchHits(postgres.db, { query: 'Pakistan', first: 5, window: 10, after });
    rest.push(...page.map((h) => `${h.kind}:${h.refId}`));
    if (page.length < 5) break;
    after = page.at(-1)!.cursor;
  }
  expect([...first.map((h) => `${h.kind}:${h.refId}`), ...rest]).toEqual(before);
  const fresh = await searchHits(postgres.db, { query: 'Pakistan', first: 100 });
  expect(fresh.some((h) => h.snippet.includes('added while paging'))).toBe(true);
});
