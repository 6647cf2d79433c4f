import { afterAll, expect, test } from 'vitest';
import { ADMIN_TOKEN, codes, countRows, gql, makeApp, rowCounts } from '../helpers/app.ts';

const app = await makeApp();
afterAll(() => app.dispose());

const CREATE = `mutation($input: CreateActorInput!) { createActor(input: $input) { id slug name } }`;

test('a write with no token is UNAUTHENTICATED and writes nothing', async () => {
  const before = await rowCounts(app.db);
  const r = await gql(app, CREATE, { input: { name: 'No Token', kind: 'OTHER' } });
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  expect(await rowCounts(app.db)).toEqual(before);
});

test('a bad token is UNAUTHENTICATED', async () => {
  const r = await gql(app, CREATE, { input: { name: 'Bad Token', kind: 'OTHER' } }, 'prly_not-a-real-token');
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
});

test("an editor's write succeeds and appears in the change log with who, what, before and after", async () => {
  const created = await gql(app, CREATE, { input: { name: 'Editor Made', kind: 'OTHER', country: 'QA' } }, app.editorToken);
  expect(created.errors).toBeUndefined();
  const actor = created.data.createActor;
  const updated = await gql(
    app,
    `mutation($id: ID!) { updateActor(id: $id, input: { description: "Now described" }) { description } }`,
    { id: actor.id },
    app.editorToken,
  );
  expect(updated.data.updateActor.description).toBe('Now described');

  const log = await gql(
    app,
    `{ changes(first: 10, filter: { entity: "Actor" }) { totalCount edges { node { who entity action before after } } } }`,
    {},
    app.editorToken,
  );
  expect(log.errors).toBeUndefined();
  const [latest, previous] = log.data.changes.edges.map((e: any) => e.node);
  expect(latest).toMatchObject({ who: 'test editor', entity: 'Actor', action: 'update' });
  expect(latest.before.description).toBeNull();
  expect(latest.after.description).toBe('Now described');
  expect(previous).toMatchObject({ who: 'test editor', action: 'create', before: null });
  expect(previous.after.name).toBe('Editor Made');
});

test('the change log itself needs a token', async () => {
  const r = await gql(app, `{ changes(first: 1) { totalCount } }`);
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
});

test('minting tokens is for admins: an editor is FORBIDDEN, the bootstrap admin succeeds and the new token works', async () => {
  const MINT = `mutation { createApiToken(name: "second editor", role: EDITOR) { token role } }`;
  expect(codes(await gql(app, MINT, {}, app.editorToken))).toEqual(['FORBIDDEN']);
  const minted = await gql(app, MINT, {}, ADMIN_TOKEN);
  expect(minted.data.createApiToken.role).toBe('EDITOR');
  const secret = minted.data.createApiToken.token;
  const used = await gql(app, CREATE, { input: { name: 'Via Minted Token', kind: 'OTHER' } }, secret);
  expect(used.errors).toBeUndefined();
  expect(await countRows(app.db, 'SELECT count(*) AS n FROM api_tokens WHERE token_hash = ?', secret)).toBe(0);
});
