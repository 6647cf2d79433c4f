import { afterAll, beforeAll, expect, test } from 'vitest';
import { queryRows } from '@parley/core';
import { countRows, makeApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';

// A client whose answer was lost retries with the same Idempotency-Key and must not write twice.
const app = await makeApp();
let http: Running;
beforeAll(async () => {
  http = await serve(app);
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

const CREATE = `mutation { createActor(input: { name: "Idempotent Envoy", kind: PERSON }) { id slug } }`;
const send = (key: string | null, query = CREATE) =>
  fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.editorToken}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query }),
  });
const envoys = () => countRows(app.db, "SELECT count(*) AS n FROM actors WHERE name = 'Idempotent Envoy'");

test('a retried write with the same key is answered again, not applied again', async () => {
  const first = await send('retry-1');
  const firstBody = await first.json();
  expect(firstBody.errors).toBeUndefined();
  const again = await send('retry-1');
  expect(again.headers.get('idempotent-replay')).toBe('true');
  expect(await again.json()).toEqual(firstBody);
  expect(await envoys()).toBe(1);
});

test('another key is another write (here refused: the slug exists), and a key is per writer', async () => {
  const other = await (await send('retry-2')).json();
  expect(other.errors[0].extensions.code).toBe('CONFLICT');
  expect(await envoys()).toBe(1);
  // The refused write claimed nothing: its transaction rolled back, key included, so a retry runs it again.
  const rows = await queryRows(app.db, 'SELECT key FROM idempotency_keys ORDER BY key');
  expect(rows).toEqual([{ key: 'retry-1' }]);
});

test('a write that committed but whose answer was lost is reported as applied, not repeated', async () => {
  // As if the process died after the commit and before the answer was stored.
  const [token] = await queryRows<{ id: number }>(app.db, "SELECT id FROM api_tokens WHERE name = 'test editor'");
  await queryRows(app.db, "INSERT INTO idempotency_keys (key, who) VALUES ('lost-1', ?) RETURNING key", `token:${token!.id}`);
  const r = await send('lost-1', `mutation { createActor(input: { name: "Lost Envoy", kind: PERSON }) { id } }`);
  expect(r.status).toBe(409);
  expect((await r.json()).errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
  expect(await countRows(app.db, "SELECT count(*) AS n FROM actors WHERE name = 'Lost Envoy'")).toBe(0);
});

test('a malformed key is refused before anything runs', async () => {
  const r = await send('bad key with spaces');
  expect(r.status).toBe(400);
  expect((await r.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
});
