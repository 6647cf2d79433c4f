import { afterAll, expect, test } from 'vitest';
import { codes, gql, makeApp } from '../helpers/app.ts';

// search covers rounds, events, claims and actors besides statements, quotes and sources; it pages with
// after, filters by kind and date, and reports a malformed FTS query as the user's error.
const app = await makeApp();
afterAll(() => app.dispose());

const SEARCH = `query($q: String!, $first: Int, $after: String, $kinds: [SearchKind!], $from: Date, $to: Date) {
  search(query: $q, first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {
    cursor kind date nodeId snippet round { title } event { type summary } claim { text } actor { slug } statement { id } } }`;

test('"ceasefire" finds the Doha round and the ceasefire event', async () => {
  const r = await gql(app, SEARCH, { q: 'ceasefire', first: 50 });
  expect(r.errors).toBeUndefined();
  const hits = r.data.search;
  expect(hits.find((h: any) => h.kind === 'ROUND')?.round.title).toMatch(/Doha/);
  expect(hits.some((h: any) => h.kind === 'EVENT' && h.event.type === 'CEASEFIRE')).toBe(true);
  const node = await gql(app, `query($id: ID!) { node(id: $id) { id } }`, { id: hits.find((h: any) => h.kind === 'ROUND').nodeId });
  expect(node.data.node).not.toBeNull();
});

test('actors and claims are found; kinds filter; pages follow on without repeats', async () => {
  const actors = await gql(app, SEARCH, { q: 'Mujahid', kinds: ['ACTOR'] });
  expect(actors.data.search.map((h: any) => h.actor.slug)).toContain('zabihullah-mujahid');
  expect(actors.data.search.every((h: any) => h.kind === 'ACTOR')).toBe(true);
  const claims = await gql(app, SEARCH, { q: 'civilians', kinds: ['CLAIM'] });
  expect(claims.data.search.length).toBeGreaterThan(0);

  const all = (await gql(app, SEARCH, { q: 'Pakistan', first: 30 })).data.search;
  const page1 = (await gql(app, SEARCH, { q: 'Pakistan', first: 10 })).data.search;
  const page2 = (await gql(app, SEARCH, { q: 'Pakistan', first: 10, after: page1.at(-1).cursor })).data.search;
  expect([...page1, ...page2].map((h: any) => h.nodeId)).toEqual(all.slice(0, 20).map((h: any) => h.nodeId));
});

test('a date range keeps only hits dated within it; bad input is BAD_USER_INPUT by field', async () => {
  const r = await gql(app, SEARCH, { q: 'Taliban', first: 100, from: '2025-11-01', to: '2025-11-30' });
  expect(r.data.search.length).toBeGreaterThan(0);
  for (const h of r.data.search) expect(h.date >= '2025-11-01' && h.date <= '2025-11-30').toBe(true);
  const fts = await gql(app, SEARCH, { q: '"unclosed' });
  expect(codes(fts)).toEqual(['BAD_USER_INPUT']);
  expect(fts.errors![0]!.extensions!.field).toBe('query');
  expect(fts.errors![0]!.message).toMatch(/not a valid full-text query/);
  expect(codes(await gql(app, SEARCH, { q: 'x', after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await gql(app, SEARCH, { q: 'x', from: '2025-12-01', to: '2025-11-01' }))).toEqual(['BAD_USER_INPUT']);
});

test('a retracted event leaves the search', async () => {
  const hit = (await gql(app, SEARCH, { q: 'ceasefire', kinds: ['EVENT'] })).data.search[0];
  const claims = (await gql(app, `query($id: ID!) { node(id: $id) { ... on Event { claims { id } } } }`, { id: hit.nodeId })).data.node.claims;
  if (claims.length) return; // referenced by a public claim: retraction would be refused
  const r = await gql(app, `mutation($id: ID!) { retractEvent(id: $id, reason: "test") { nodeId } }`, { id: hit.nodeId }, app.editorToken);
  expect(r.errors).toBeUndefined();
  const after = (await gql(app, SEARCH, { q: 'ceasefire', kinds: ['EVENT'] })).data.search;
  expect(after.map((h: any) => h.nodeId)).not.toContain(hit.nodeId);
});

test("words with punctuation (Pakistan's, cross-border) are searched, not refused; a leading NOT says how to exclude", async () => {
  for (const q of ["Pakistan's", 'cross-border', 'Pakistan’s']) {
    const r = await gql(app, SEARCH, { q, first: 5 });
    expect(r.errors, q).toBeUndefined();
    expect(r.data.search.length, q).toBeGreaterThan(0);
  }
  const statements = await gql(app, `query($t: String!) { statements(first: 3, filter: { text: $t }) { totalCount } }`, { t: 'U.S.' });
  expect(statements.errors).toBeUndefined();
  const not = await gql(app, SEARCH, { q: 'NOT Doha' });
  expect(codes(not)).toEqual(['BAD_USER_INPUT']);
  expect(not.errors![0]!.message).toMatch(/NOT needs something before it, as in: ceasefire NOT Doha/);
});

test('snippets of curated text show a cited source by its label, never the citation token or key', async () => {
  const r = await gql(app, `query($q: String!) { search(query: $q, first: 50) { kind snippet highlights { start end } } }`, { q: '"Tora Bora"' });
  expect(r.errors).toBeUndefined();
  const hits = r.data.search as { kind: string; snippet: string; highlights: { start: number; end: number }[] }[];
  const curated = hits.filter((h) => h.kind === 'EVENT' || h.kind === 'ACTOR');
  expect(curated.length).toBeGreaterThan(0);
  for (const h of hits) {
    expect(h.snippet).not.toMatch(/\[\[|source:|seed-\d/);
    for (const { start, end } of h.highlights) expect(h.snippet.slice(start, end).toLowerCase()).toMatch(/^(tora|bora|tora bora)$/);
  }
  // The seed cites its first articles by key; a snippet that carried one shows the label a reader sees elsewhere.
  const rendered = await gql(app, `{ events(first: 100) { edges { node { summary } } } }`);
  const labels = new Set<string>();
  for (const e of rendered.data.events.edges) for (const m of (e.node.summary as string).matchAll(/\(([^()]*)\)/g)) labels.add(m[1]!);
  expect(curated.some((h) => [...labels].some((l) => l && h.snippet.includes(l)))).toBe(true);
});
