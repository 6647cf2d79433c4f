import { join } from 'node:path';
import { createParleyYoga, openDatabase } from '@parley/schema';
import { queryPlanStats } from '@parley/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';

// Relational queries are planned once per shape and reused with new values (core's query-plans.ts). Every
// answer here is compared with a second connection to the same file that builds each query per call.
const app = await makeApp();
const reference = createParleyYoga({ db: openDatabase(join(app.dir, 'parley.db'), { planQueries: false }) });
afterAll(() => app.dispose());

const FEED = `query($first: Int!, $after: String, $filter: StatementFilter) {
  statements(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text saidOn act speaker { id name } round { id title status } quotes { id text source { id outlet } } } }
  }
}`;

// Another selection on the same field: a different shape, planned separately.
const FEED_WIDE = `query($first: Int!, $filter: StatementFilter) {
  statements(first: $first, filter: $filter) {
    edges { node { id targets { id name } topics stances { id } quotes(links: [CONFIRMED, SUGGESTED]) { id link } } }
  }
}`;

const ROUND = `query($first: Int!) { rounds(first: $first) { edges { node {
  id title participants { role actor { id name } } updates { at status } demands { id text by { name } }
} } } }`;

const ACTOR = `query($slug: String!, $first: Int!) { actor(slug: $slug) {
  id name aliases { text } roles { title organization { name } }
  statements(first: $first) { totalCount edges { node { id text quotes { id } } } }
} }`;

let speakers: string[] = [];
beforeAll(async () => {
  const r = await gql(app, `{ statements(first: 100) { edges { node { speaker { id } } } } }`);
  speakers = [...new Set<string>(r.data.statements.edges.map((e: any) => e.node.speaker.id))];
});

/** The planned answer, after checking it equals the per-call answer. */
async function both(query: string, variables: Record<string, unknown>, token?: string) {
  const planned = await gql(app, query, variables, token);
  const built = await gql({ yoga: reference }, query, variables, token);
  expect(planned.errors).toBeUndefined();
  expect(planned).toEqual(built);
  return planned.data;
}

describe('relational queries planned once per shape', () => {
  test('the same document with other variables reuses the plan and answers for its own values', async () => {
    const before = queryPlanStats(app.db);
    const a = await both(FEED, { first: 3, filter: { speaker: speakers[0] } });
    const b = await both(FEED, { first: 3, filter: { speaker: speakers[1] } });
    const after = queryPlanStats(app.db);
    expect(after.hits).toBeGreaterThan(before.hits);
    expect(a.statements.edges.length).toBeGreaterThan(0);
    expect(b.statements.edges.length).toBeGreaterThan(0);
    for (const e of a.statements.edges) expect(e.node.speaker.id).toBe(speakers[0]);
    for (const e of b.statements.edges) expect(e.node.speaker.id).toBe(speakers[1]);
  });

  test('page sizes (part of a shape) and cursors (values of it) are each answered exactly', async () => {
    const two = await both(FEED, { first: 2 });
    const five = await both(FEED, { first: 5 });
    expect(two.statements.edges).toHaveLength(2);
    expect(five.statements.edges).toHaveLength(5);
    expect(five.statements.edges.slice(0, 2)).toEqual(two.statements.edges);
    const next = await both(FEED, { first: 3, after: two.statements.pageInfo.endCursor });
    expect(next.statements.edges.map((e: any) => e.node.id)).toEqual(five.statements.edges.slice(2, 5).map((e: any) => e.node.id));
  });

  test('other filters and selections (targets, topics, claims, quote links, rounds, actors) match the per-call build', async () => {
    await both(FEED, { first: 10, filter: { act: 'ACCUSE' } });
    await both(FEED, { first: 10, filter: { to: '2025-10-15', act: 'THREATEN' } });
    await both(FEED, { first: 10, filter: { topic: 'border' } });
    // Unreviewed quote links need a token: an authenticated read, which the response cache never serves.
    await both(FEED_WIDE, { first: 20 }, app.editorToken);
    await both(FEED_WIDE, { first: 7, filter: { speaker: speakers[2] } }, app.editorToken);
    await both(ROUND, { first: 5 });
    await both(ROUND, { first: 2 });
    for (const slug of ['khawaja-asif', 'pakistan-government', 'afghan-taliban-government']) await both(ACTOR, { slug, first: 4 });
    expect(queryPlanStats(app.db).unplannable).toBe(0);
  });

  test('page sizes and single relations are literals in the SQL SQLite prepares, every filter value stays bound', async () => {
    const db = openDatabase(join(app.dir, 'parley.db'));
    const prepared: string[] = [];
    const prepare = db.$client.prepare.bind(db.$client);
    db.$client.prepare = ((source: string) => (prepared.push(source), prepare(source))) as typeof prepare;
    const yoga = createParleyYoga({ db });
    const variables = { first: 4, filter: { speaker: speakers[0] } };
    const planned = await gql({ yoga }, FEED, variables).finally(() => db.$client.close());
    expect(planned).toEqual(await gql({ yoga: reference }, FEED, variables));
    const feed = prepared.filter((s) => s.startsWith('select') && s.includes('from "statements" as "d0"'));
    expect(feed).toHaveLength(1);
    // One more row than asked, to know whether there is a next page; speaker and round are single relations.
    expect(feed[0]).toMatch(/ limit 5$/);
    expect(feed[0]).toContain(' limit 1)');
    expect(feed[0]).not.toContain('limit ?');
    expect(feed[0]).toContain('"d0"."speaker_id" = ?');
  });

  test('a cached plan is not stale after a write', async () => {
    const variables = { first: 5, filter: { speaker: speakers[0] } };
    const before = await both(FEED, variables);
    const created = await gql(
      app,
      `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2099-01-01" }, text: "Planned queries see this", act: COMMENT }) { id } }`,
      { s: speakers[0] },
      app.editorToken,
    );
    expect(created.errors).toBeUndefined();
    const hits = queryPlanStats(app.db).hits;
    const after = await both(FEED, variables);
    expect(queryPlanStats(app.db).hits).toBeGreaterThan(hits);
    expect(after.statements.edges[0].node).toMatchObject({ id: created.data.createStatement.id, text: 'Planned queries see this' });
    expect(after.statements.edges.slice(1).map((e: any) => e.node.id)).toEqual(before.statements.edges.slice(0, 4).map((e: any) => e.node.id));
  });
});
