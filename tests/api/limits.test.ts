import { afterAll, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';

const app = await makeApp();
afterAll(() => app.dispose());

const refusedFor = (r: { data?: unknown; errors?: { message: string }[] }) => {
  expect(r.data ?? null).toBeNull();
  return (r.errors ?? []).map((e) => e.message).join(' | ');
};

test('a depth-20 query is refused before it runs', async () => {
  let selection = 'id';
  for (let i = 0; i < 8; i++) selection = `parent { members { ${selection} } }`;
  const r = await gql(app, `{ actors(first: 1) { edges { node { ${selection} } } } }`);
  expect(refusedFor(r)).toMatch(/depth limit of 12/i);
});

test('a 1,000-alias query is refused, and so is a cheap one with just over 30 aliases', async () => {
  const many = Array.from({ length: 1000 }, (_, i) => `a${i}: actIntensity { act }`).join(' ');
  expect(refusedFor(await gql(app, `{ ${many} }`))).toMatch(/limit/i);
  const some = Array.from({ length: 31 }, (_, i) => `a${i}: actIntensity { act }`).join(' ');
  expect(refusedFor(await gql(app, `{ ${some} }`))).toMatch(/aliases limit of 30/i);
});

test('field suggestions do not leak the schema', async () => {
  const r = await gql(app, `{ statemnts { id } }`);
  expect(r.errors?.[0]?.message).not.toMatch(/Did you mean/);
});

test('a heavy dashboard-sized query still fits', async () => {
  const r = await gql(
    app,
    `{
    statements(first: 50) { totalCount edges { cursor node { id text saidOn datePrecision channel venue act intensity outletCount
      speaker { id slug name side } targets { id name } round { id title status } quotes { id text kind source { id title outlet } } } }
      pageInfo { hasNextPage endCursor } }
    rounds(first: 20) { edges { node { id title status sequence venueCity latestUpdate { at status note } participants { role actor { name } } } } }
    escalation { day statements meanIntensity sides { side statements meanIntensity } }
    actors(first: 100) { totalCount }
    claims(first: 10) { totalCount edges { node { text stances { stance actor { name } } } } }
  }`,
  );
  expect(r.errors).toBeUndefined();
});
