import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_TOKEN, tempDir } from '../helpers/app.ts';
import { sseSubscribe } from '../helpers/http.ts';
import { ensureRedis, postFresh, REDIS_URL, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

// Two API processes on one SQLite file (as on two hosts behind a load balancer, or two containers), joined
// only by Redis: a mutation on one reaches a subscriber on the other, and neither serves a stale cached read.
const dir = tempDir();
const children: ChildProcess[] = [];
let a = '';
let b = '';
let redis = false;

beforeAll(async () => {
  redis = await ensureRedis();
  if (!redis) return;
  const env = {
    DATABASE_PATH: join(dir, 'parley.db'),
    PORT: '0',
    PARLEY_ADMIN_TOKEN: ADMIN_TOKEN,
    REDIS_URL,
    // Own channels, so parallel test runs sharing this Redis never hear each other.
    PARLEY_REDIS_PREFIX: `parley-test-${process.pid}-${Date.now()}:`,
  };
  const first = await startApi(env); // seeds the file on first start
  children.push(first.child);
  const second = await startApi(env);
  children.push(second.child);
  [a, b] = [first.url, second.url];
}, 120_000);

afterAll(async () => {
  await Promise.all(children.map(stop));
  rmSync(dir, { recursive: true, force: true });
});

const FEED = `{ statements(first: 3) { edges { node { text } } } }`;

test('a mutation on one process reaches an SSE subscriber on another, through Redis', async (ctx) => {
  if (!redis) {
    // CI machines run Redis: there a missing one is a failure, not a reason to skip.
    if (process.env.CI === 'true') throw new Error(`Redis is not reachable at ${REDIS_URL}`);
    console.warn('Skipping the Redis test: no redis-server on this machine (apt-get install redis-server)');
    ctx.skip();
  }
  const asif = (await postFresh(a, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  const stream = await sseSubscribe(a, `subscription { statementAdded { id text speaker { slug } } }`);
  // Process A caches the feed before the write happens on B.
  await postFresh(a, FEED);
  await postFresh(a, FEED);
  await new Promise((r) => setTimeout(r, 300)); // Redis SUBSCRIBE is asynchronous
  const created = await postFresh(
    b,
    `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-01-02", channel: SOCIAL_MEDIA_POST }, text: "Written on process B", act: COMMENT }) { id } }`,
    { s: asif },
    ADMIN_TOKEN,
  );
  expect(created.errors).toBeUndefined();
  const event = await stream.next(10_000);
  expect(event.data.statementAdded).toEqual({ id: created.data.createStatement.id, text: 'Written on process B', speaker: { slug: 'khawaja-asif' } });
  stream.close();
  // And A's response cache noticed B's write through SQLite itself.
  expect((await postFresh(a, FEED)).data.statements.edges[0].node.text).toBe('Written on process B');
});
