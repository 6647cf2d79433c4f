import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_TOKEN, tempDir } from '../helpers/app.ts';
import { sseSubscribe } from '../helpers/http.ts';
import { postFresh, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

// PARLEY_WORKERS=2 without Redis: two processes share the port and the SQLite file; events published on one
// worker are relayed to the other through the cluster primary.
const dir = tempDir();
let child: ChildProcess | undefined;
let url = '';
let output = () => '';

beforeAll(async () => {
  const api = await startApi({ DATABASE_PATH: join(dir, 'parley.db'), PORT: '0', PARLEY_ADMIN_TOKEN: ADMIN_TOKEN, PARLEY_WORKERS: '2', REDIS_URL: '' });
  ({ child, url, output } = api);
}, 120_000);

afterAll(async () => {
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
});

test('the primary starts two workers on one port', () => {
  expect(output()).toMatch(/Workers\s+2 processes/);
});

test('every subscriber hears a mutation, whichever worker it and the mutation landed on', async () => {
  const asif = (await postFresh(url, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  // Four concurrent streams, four connections: round-robin puts them on both workers.
  const streams = await Promise.all(Array.from({ length: 4 }, () => sseSubscribe(url, `subscription { statementAdded { text } }`)));
  await new Promise((r) => setTimeout(r, 200));
  for (const text of ['first from the cluster', 'second from the cluster']) {
    const r = await postFresh(
      url,
      `mutation($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-02-01" }, text: $t, act: COMMENT }) { id } }`,
      { s: asif, t: text },
      ADMIN_TOKEN,
    );
    expect(r.errors).toBeUndefined();
  }
  for (const s of streams) {
    expect((await s.next(10_000)).data.statementAdded.text).toBe('first from the cluster');
    expect((await s.next(10_000)).data.statementAdded.text).toBe('second from the cluster');
    s.close();
  }
});

test('no worker serves a cached read older than a write made on another worker', async () => {
  const feed = `{ statements(first: 1) { edges { node { text } } } }`;
  for (let i = 0; i < 6; i++) await postFresh(url, feed); // fills both workers' caches
  const asif = (await postFresh(url, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  await postFresh(
    url,
    `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-03-01" }, text: "newest everywhere", act: COMMENT }) { id } }`,
    { s: asif },
    ADMIN_TOKEN,
  );
  for (let i = 0; i < 6; i++) expect((await postFresh(url, feed)).data.statements.edges[0].node.text).toBe('newest everywhere');
});
