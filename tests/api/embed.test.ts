import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createApiToken, createContext, createParleyPubSub, createSchema, loadSeed, openDatabase, viewerFromToken } from '@parley/schema';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { seedDir } from '@parley/seed';

// Embeds the package the way another team's server would: its own database handle, its own Yoga, its own
// way of finding the viewer. Nothing from apps/api is involved.
const dir = tempDir();
const db = openDatabase(join(dir, 'host.db'));
const pubsub = createParleyPubSub();
let token = '';
const yoga = createYoga({
  schema: createSchema(),
  context: async ({ request }) => createContext({ db, pubsub, viewer: await viewerFromToken(db, request.headers.get('x-host-token')) }),
});

beforeAll(async () => {
  await loadSeed(db, { dir: seedDir });
  token = (await createApiToken(db, 'host app', 'EDITOR')).secret;
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(query: string, variables?: object, headers: Record<string, string> = {}) {
  const res = await yoga.fetch('http://host.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

test('a host yoga serves queries over its own database', async () => {
  const result = await run(
    `{ actor(slug: "khawaja-asif") { name kind country } statements(first: 3) { totalCount edges { node { text speaker { name } } } } }`,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data.actor).toEqual({ name: expect.stringContaining('Asif'), kind: 'PERSON', country: 'PK' });
  expect(result.data.statements.totalCount).toBeGreaterThan(10);
  expect(result.data.statements.edges).toHaveLength(3);
});

test('a host yoga runs a mutation with its own viewer resolution', async () => {
  const denied = await run(`mutation { createActor(input: { name: "Embedded Actor", kind: OTHER }) { slug } }`);
  expect(denied.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const created = await run(`mutation { createActor(input: { name: "Embedded Actor", kind: OTHER }) { slug name } }`, {}, { 'x-host-token': token });
  expect(created.errors).toBeUndefined();
  expect(created.data.createActor).toEqual({ slug: 'embedded-actor', name: 'Embedded Actor' });
  const again = await run(`{ resolveActor(name: "EMBEDDED actor") { slug } }`);
  expect(again.data.resolveActor.slug).toBe('embedded-actor');
});
