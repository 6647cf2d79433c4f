import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { queryPlanStats } from '@parley/core';
import { createParleyYoga } from '@parley/schema';
import { copyLedgerToPostgres, openPostgres, type PostgresDb } from '@parley/core/pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as documents from '../../apps/web/src/graphql/documents.ts';
import { gql, makeApp } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { IDS_QUERY, type Ids, idsFrom, queryVariables, TOKEN_QUERIES } from './dashboard-queries.ts';

// The seeded ledger copied into PostgreSQL with its ids, then every query the dashboard sends asked of both
// engines: the answers must be the same JSON, byte for byte (search: the same hits).
const pgDb = usePostgres('reads');
const app = await makeApp();
let postgres: PostgresDb;
let yoga: ReturnType<typeof createParleyYoga>;
let editorToken = '';
const ids = {} as Ids;

beforeAll(async () => {
  if (!pgDb.name) return;
  Object.assign(ids, idsFrom((await gql(app, IDS_QUERY)).data));
  editorToken = app.editorToken;
  await copyLedgerToPostgres(app.db.$client, pgDb.url);
  postgres = await openPostgres(pgDb.url, { migrate: false });
  yoga = createParleyYoga({ db: postgres.db, responseCache: false, shareSubscriptionResults: false });
}, 120_000);
afterAll(async () => {
  await postgres?.close();
  await app.dispose();
});

const queries = Object.entries(documents)
  .filter((entry): entry is [string, DocumentNode] => (entry[1] as DocumentNode)?.kind === 'Document')
  .map(([, doc]) => ({ doc, op: doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')! }))
  .filter(({ op }) => op.operation === 'query')
  .map(({ doc, op }) => ({ doc, name: op.name!.value }));
const variables = queryVariables(ids);

/**
 * Search finds the same records on both engines, but ranks and cuts snippets from its own engine's match marks
 * (FTS5's highlight(), PostgreSQL's ts_headline), so its hits are compared as a set, without score or snippet.
 */
function comparable(name: string, data: any): unknown {
  if (name !== 'Search') return data;
  const hits = data.search.map(({ score, snippet, highlights, cursor, ...hit }: Record<string, unknown>) => JSON.stringify(hit));
  return hits.sort();
}

/** Where two answers first part: a window of each around it, shorter to read than both whole. */
function around(pg: string, sqlite: string): { pg: string; sqlite: string } {
  let i = 0;
  while (i < pg.length && pg[i] === sqlite[i]) i++;
  return { pg: pg.slice(Math.max(0, i - 120), i + 120), sqlite: sqlite.slice(Math.max(0, i - 120), i + 120) };
}

test('the copy carried every row of every table', async (ctx) => {
  pgDb.ready(ctx);
  const { rows } = await postgres.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM statements');
  expect(rows[0]!.n).toBe((app.db.$client.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n);
});

describe.each(queries)('$name', ({ doc, name }) => {
  test('answers the same JSON on PostgreSQL as on SQLite', async (ctx) => {
    pgDb.ready(ctx);
    for (const vars of variables[name]!()) {
      const token = TOKEN_QUERIES.has(name) ? editorToken : undefined;
      const sqlite = await gql(app, print(doc), vars, token);
      const pg = await gql({ yoga }, print(doc), vars, token);
      expect(sqlite.errors).toBeUndefined();
      expect(pg.errors, JSON.stringify(vars)).toBeUndefined();
      const [a, b] = [JSON.stringify(comparable(name, pg.data)), JSON.stringify(comparable(name, sqlite.data))];
      expect(a === b ? null : around(a, b), JSON.stringify(vars)).toBeNull();
    }
  });
});

test('search refuses a malformed query with the same words on both engines, and reads punctuation alike', async (ctx) => {
  pgDb.ready(ctx);
  const SEARCH = `query($q: String!) { search(query: $q, first: 50) { kind nodeId } }`;
  for (const q of ['"unclosed', 'NOT Doha', '(Doha', '-Doha']) {
    const [sqlite, pg] = [await gql(app, SEARCH, { q }), await gql({ yoga }, SEARCH, { q })];
    expect(sqlite.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(pg.errors, q).toEqual(sqlite.errors);
  }
  for (const q of ["Pakistan's", 'cross-border', 'ceasefire NOT Doha', 'Istanb*', 'guarant*', '"Foreign Office"', 'Türkiye', 'Turkiye']) {
    const [sqlite, pg] = [await gql(app, SEARCH, { q }), await gql({ yoga }, SEARCH, { q })];
    expect(sqlite.data.search.length, q).toBeGreaterThan(0);
    expect(comparable('Search', pg.data), q).toEqual(comparable('Search', sqlite.data));
  }
});

// Reads a GraphiQL user or a syncing client sends beyond the dashboard's documents.
const MORE: Record<string, string> = {
  sync: `{ sync(first: 40) { edges { cursor node { at entity nodeId kind data } } pageInfo { hasNextPage endCursor } } }`,
  changes: `{ changes(first: 10) { totalCount edges { node { entity action who } } } }`,
  outlets: `{ outlets(first: 10) { totalCount edges { node { name kind } } } }`,
  discrepancies: `{ discrepancies { id note } }`,
  tombstones: `{ tombstones(first: 5) { totalCount } }`,
  nodes: `{ nodes(ids: ["QWN0b3I6MQ==", "U3RhdGVtZW50OjE=", "QWN0b3I6OTk5OQ=="]) { id } }`,
};

test.for(Object.entries(MORE))('%s answers the same JSON on PostgreSQL', async ([, query], ctx) => {
  pgDb.ready(ctx);
  const [sqlite, pg] = [await gql(app, query, {}, editorToken), await gql({ yoga }, query, {}, editorToken)];
  expect(sqlite.errors).toBeUndefined();
  expect(pg.errors).toBeUndefined();
  expect(JSON.stringify(pg.data)).toBe(JSON.stringify(sqlite.data));
});

test('PostgreSQL plans each relational query shape once, as SQLite does: other values reuse the plan', async (ctx) => {
  pgDb.ready(ctx);
  const FEED = `query($act: Act) { statements(first: 7, filter: { act: $act }) { edges { node { text speaker { name } quotes { text } } } } }`;
  await gql({ yoga }, FEED, { act: 'THREATEN' });
  const before = queryPlanStats(postgres.db);
  const second = await gql({ yoga }, FEED, { act: 'DEMAND' });
  expect(second.errors).toBeUndefined();
  const after = queryPlanStats(postgres.db);
  expect(after.misses).toBe(before.misses);
  expect(after.hits).toBeGreaterThan(before.hits);
  expect(JSON.stringify(second.data)).toBe(JSON.stringify((await gql(app, FEED, { act: 'DEMAND' })).data));
});
