import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';

const encodeGlobalID = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

const app = await makeApp();
let http: Running;
beforeAll(async () => {
  http = await serve(app);
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

const post = (body: object) =>
  fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;

test('nodes(ids:) takes at most 100 ids and refuses 80,000 at once, naming ids', async () => {
  const ids = Array.from({ length: 80_000 }, (_, i) => encodeGlobalID('Actor', i + 1));
  const r = await post({ query: NODES, variables: { ids } });
  expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  expect((await post({ query: NODES, variables: { ids: ids.slice(0, 101) } })).errors[0].extensions.field).toBe('ids');
  const hundred = await post({ query: NODES, variables: { ids: ids.slice(0, 100) } });
  expect(hundred.errors).toBeUndefined();
  expect(hundred.data.nodes).toHaveLength(100);
});

test('an id that does not decode is BAD_USER_INPUT naming id (node) or ids (nodes)', async () => {
  const node = await post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: 'garbage' } });
  expect(node.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  const nodes = await post({ query: NODES, variables: { ids: [encodeGlobalID('Actor', 1), 'garbage'] } });
  expect(nodes.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  expect(nodes.errors[0].message).toMatch(/"garbage"/);
  // A well-formed id of a row that does not exist is still a null node, as Relay expects.
  const missing = await post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: encodeGlobalID('Actor', 99999) } });
  expect(missing).toEqual({ data: { node: null } });
});
