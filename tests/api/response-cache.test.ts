import { join } from 'node:path';
import { createEpochCache, createParleyYoga, openDatabase } from '@parley/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeApp } from '../helpers/app.ts';

// The response cache must never answer a read with data older than the last committed write. Each
// mutation below runs between two rounds of dashboard reads; after it, every cached answer must equal what
// a server without a cache answers, and the read the mutation affects must actually have changed.
const app = await makeApp({ PARLEY_RESPONSE_CACHE_TTL: '0' });
const cached = createParleyYoga({ db: app.db, pubsub: app.pubsub, responseCache: { metadata: true } });
const fresh = createParleyYoga({ db: app.db, pubsub: app.pubsub });
afterAll(() => app.dispose());

async function ask(yoga: typeof cached, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await yoga.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[]; extensions?: { responseCache?: { hit?: boolean; didCache?: boolean } } };
}

const READS: Record<string, string> = {
  feed: `{ statements(first: 20) { totalCount edges { node { id text act speaker { name } quotes { text source { title } } round { title status } } } } }`,
  actor: `{ actor(slug: "khawaja-asif") { name description aliases { text } statements(first: 5) { totalCount edges { node { text } } } } }`,
  actors: `{ actors(first: 50) { totalCount edges { node { slug name description } } } }`,
  rounds: `{ rounds(first: 10) { edges { node { id title status latestUpdate { note } updates { note } } } } }`,
  sources: `{ sources(first: 50) { totalCount edges { node { title outlet } } } }`,
  search: `{ search(query: "Asif OR cache", first: 10) { kind snippet } }`,
};

let asif = '';
let round = '';
let statement = '';
beforeAll(async () => {
  const r = await ask(
    fresh,
    `{ actor(slug: "khawaja-asif") { id } rounds(first: 1) { edges { node { id } } } statements(first: 1) { edges { node { id } } } }`,
  );
  asif = r.data.actor.id;
  round = r.data.rounds.edges[0].node.id;
  statement = r.data.statements.edges[0].node.id;
});

const MUTATIONS: { name: string; changes: string; run: () => [string, Record<string, unknown>] }[] = [
  {
    name: 'createStatement',
    changes: 'feed',
    run: () => [
      `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-01-01", channel: SOCIAL_MEDIA_POST }, text: "A cache must not hide this", act: THREATEN }) { id } }`,
      { s: asif },
    ],
  },
  {
    name: 'updateStatement',
    changes: 'feed',
    run: () => [`mutation($id: ID!) { updateStatement(id: $id, input: { text: "Edited after it was cached" }) { id } }`, { id: statement }],
  },
  {
    name: 'updateActor',
    changes: 'actor',
    run: () => [`mutation($id: ID!) { updateActor(id: $id, input: { description: "Described after caching" }) { id } }`, { id: asif }],
  },
  {
    name: 'addActorAlias',
    changes: 'actor',
    run: () => [`mutation($id: ID!) { addActorAlias(actorId: $id, text: "Khawaja Cache Asif") { id } }`, { id: asif }],
  },
  { name: 'createActor', changes: 'actors', run: () => [`mutation { createActor(input: { name: "Aaa Cache Tester", kind: PERSON }) { id } }`, {}] },
  {
    name: 'updateRoundStatus',
    changes: 'rounds',
    run: () => [
      `mutation($id: ID!) { updateRoundStatus(input: { roundId: $id, status: SUSPENDED, at: "2031-01-01", note: "Suspended after caching" }) { id } }`,
      { id: round },
    ],
  },
  {
    name: 'createSource',
    changes: 'sources',
    run: () => [
      `mutation { createSource(input: { title: "A cache-busting wire", outlet: "Aaa Wire", body: "Khawaja Asif spoke about the cache today." }) { id } }`,
      {},
    ],
  },
];

describe('response cache for anonymous reads', () => {
  test('a repeated anonymous read is served from the cache', async () => {
    await ask(cached, READS.feed!);
    const again = await ask(cached, READS.feed!);
    expect(again.extensions?.responseCache?.hit).toBe(true);
  });

  test('requests with a bearer token are never cached', async () => {
    await ask(cached, READS.feed!, {}, app.editorToken);
    const again = await ask(cached, READS.feed!, {}, app.editorToken);
    expect(again.extensions?.responseCache?.hit).not.toBe(true);
  });

  test.each(MUTATIONS)('no read after $name returns stale data', async ({ run, changes }) => {
    const before: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(READS)) {
      before[name] = (await ask(cached, query)).data;
      // Proves the cache really holds the answer the mutation has to invalidate.
      expect((await ask(cached, query)).extensions?.responseCache?.hit, name).toBe(true);
    }
    const [mutation, variables] = run();
    const written = await ask(cached, mutation, variables, app.editorToken);
    expect(written.errors).toBeUndefined();
    for (const [name, query] of Object.entries(READS)) {
      const after = await ask(cached, query);
      expect(after.extensions?.responseCache?.hit, name).not.toBe(true);
      expect(after.data, name).toEqual((await ask(fresh, query)).data);
    }
    expect((await ask(cached, READS[changes]!)).data).not.toEqual(before[changes]);
  });

  test('a write through another connection (another process, the CLI) invalidates too', async () => {
    await ask(cached, READS.actor!);
    expect((await ask(cached, READS.actor!)).extensions?.responseCache?.hit).toBe(true);
    const other = openDatabase(join(app.dir, 'parley.db'));
    other.$client.prepare(`UPDATE actors SET description = 'written by another process' WHERE slug = 'khawaja-asif'`).run();
    other.$client.close();
    const after = await ask(cached, READS.actor!);
    expect(after.data.actor.description).toBe('written by another process');
  });
});

describe('the epoch cache', () => {
  const result = (n: number) => ({ data: { n } });

  test('an answer computed while a write committed is not stored', () => {
    let epoch = 'e1';
    const cache = createEpochCache(() => epoch, 10);
    expect(cache.get('k')).toBeUndefined(); // miss at e1: the request starts reading
    epoch = 'e2'; // a write commits while it executes
    cache.set('k', result(1), [], 60_000);
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', result(2), [], 60_000);
    expect(cache.get('k')).toEqual(result(2));
  });

  test('entries expire, and the least recently used go first', () => {
    const cache = createEpochCache(() => 'e', 2);
    for (const k of ['a', 'b']) {
      cache.get(k);
      cache.set(k, result(1), [], 60_000);
    }
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.get('c');
    cache.set('c', result(3), [], 60_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    cache.get('d');
    cache.set('d', result(4), [], -1);
    expect(cache.get('d')).toBeUndefined();
  });
});
