import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeApp, rowCounts } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';

const app = await makeApp();
let http: Running;
beforeAll(async () => {
  http = await serve(app);
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const r = await fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return r.json() as Promise<any>;
}
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name } }`;

test('a lone surrogate or a NUL in any text input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
  const before = await rowCounts(app.db);
  const lone = await post(CREATE_ACTOR, { input: { name: 'Broken \uD800 name', kind: 'PERSON' } }, app.editorToken);
  expect(lone.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  const trailing = await post(CREATE_ACTOR, { input: { name: 'Trailing \uDC00', kind: 'PERSON', aliases: [{ text: 'ok' }] } }, app.editorToken);
  expect(trailing.errors[0].extensions.field).toBe('input.name');
  const nul = await post(CREATE_ACTOR, { input: { name: 'Fine', kind: 'PERSON', aliases: [{ text: 'with\u0000nul' }] } }, app.editorToken);
  expect(nul.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.aliases.0.text' });
  const search = await post(`query($q: String!) { search(query: $q) { kind } }`, { q: 'x\uD83D' });
  expect(search.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  expect(await rowCounts(app.db)).toEqual(before);
});

test('well-formed text outside the BMP is stored and read back exactly', async () => {
  const name = 'Flag 🇵🇰 and 𝒜';
  const r = await post(CREATE_ACTOR, { input: { name, kind: 'OTHER' } }, app.editorToken);
  expect(r.errors).toBeUndefined();
  const back = await post(`query($id: ID!) { node(id: $id) { ... on Actor { name } } }`, { id: r.data.createActor.id });
  expect(back.data.node.name).toBe(name);
});

test('a whitespace-only source body is refused', async () => {
  const r = await post(`mutation($b: String!) { createSource(input: { title: "t", outlet: "o", body: $b }) { id } }`, { b: ' \n\t  ' }, app.editorToken);
  expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
});

test('ids are decimal: Actor:0x10 is not actor 16', async () => {
  const sixteen = await post(`query($id: ID!) { node(id: $id) { id } }`, { id: gid('Actor', '16') });
  expect(sixteen.data.node).not.toBeNull();
  for (const bad of ['0x10', '1e1', ' 16', '16.0']) {
    const r = await post(`query($id: ID!) { node(id: $id) { id } }`, { id: gid('Actor', bad) });
    expect(r.errors?.[0]?.extensions, bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const w = await post(`mutation($id: ID!) { updateActor(id: $id, input: { description: "x" }) { id } }`, { id: gid('Actor', bad) }, app.editorToken);
    expect(w.errors?.[0]?.extensions, bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  }
  const many = await post(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [gid('Actor', '16'), gid('Actor', '0x10')] });
  expect(many.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.1' });
});

test('a garbage after cursor is BAD_USER_INPUT even when only totalCount is asked for; real cursors still page', async () => {
  for (const list of ['actors', 'sources', 'rounds', 'events', 'claims']) {
    const r = await post(`{ ${list}(first: 1, after: "garbage") { totalCount } }`);
    expect(r.errors?.[0]?.extensions, list).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  }
  const nested = await post(`{ actor(slug: "khawaja-asif") { statements(first: 1, after: "Z2FyYmFnZQ==") { totalCount } } }`);
  expect(nested.errors[0].extensions.field).toBe('after');
  const one = await post(`{ actors(first: 2) { pageInfo { endCursor } edges { node { id } } } }`);
  const next = await post(`query($a: String) { actors(first: 1, after: $a) { edges { node { id } } } }`, { a: one.data.actors.pageInfo.endCursor });
  expect(next.errors).toBeUndefined();
  expect(next.data.actors.edges).toHaveLength(1);
  const claims = await post(`{ claims(first: 1) { pageInfo { endCursor } } }`);
  expect((await post(`query($a: String) { claims(first: 1, after: $a) { totalCount } }`, { a: claims.data.claims.pageInfo.endCursor })).errors).toBeUndefined();
});
