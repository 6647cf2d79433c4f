import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/app.ts';
import { sseSubscribe } from '../helpers/http.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { ensureRedis, postFresh, REDIS_URL, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

// Three API processes, as three hosts would run them: one PostgreSQL database, one Redis, nothing else shared.
// They start at the same moment on an empty database, so migrating and seeding race for real.
const database = usePostgres('hosts');
const hosts: { child: ChildProcess; url: string; output: () => string }[] = [];
let redisUp = false;

const ASIF = `{ actor(slug: "khawaja-asif") { id } }`;
const CREATE = `mutation($s: ID!, $t: String!) {
  createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-03-01" }, text: $t, act: COMMENT }) { id }
}`;
type Span = { text: string; start: number; end: number; source: { id: string } };
const LATEST = `{ statements(first: 1, orderBy: { field: SAID_ON, direction: DESC }) { edges { node { text } } } }`;

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query(sql, params)).rows[0].n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  redisUp = await ensureRedis();
  if (!database.name || !redisUp) return;
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL,
    PARLEY_REDIS_PREFIX: `parley-hosts-${randomBytes(4).toString('hex')}:`,
    PORT: '0',
    PARLEY_ADMIN_TOKEN: ADMIN_TOKEN,
    PARLEY_FEEDS: '0',
    PARLEY_PG_POOL: '4',
  };
  hosts.push(...(await Promise.all([startApi(env), startApi(env), startApi(env)])));
}, 180_000);

afterAll(async () => {
  await Promise.all(hosts.map((h) => stop(h.child)));
});

test('three processes starting at once on an empty database migrate and seed it exactly once', async (ctx) => {
  database.ready(ctx);
  if (!redisUp) throw new Error(`Redis is not reachable at ${REDIS_URL}`);
  const seeders = hosts.filter((h) => /Seeded:/.test(h.output()));
  expect(seeders).toHaveLength(1);
  // Every seeded actor once: a second seed would have added each slug again or failed on its unique index.
  expect(await count(`SELECT count(*) AS n FROM changes WHERE who = 'seed' AND entity = 'Actor'`)).toBe(await count('SELECT count(*) AS n FROM actors'));
  for (const h of hosts) expect((await postFresh(h.url, ASIF)).data.actor.id).toBeTruthy();
});

test('a statement written through the first host reaches a subscriber on the third', async (ctx) => {
  database.ready(ctx);
  const speaker = (await postFresh(hosts[0]!.url, ASIF)).data.actor.id;
  const stream = await sseSubscribe(hosts[2]!.url, `subscription { statementAdded { text } }`);
  await new Promise((r) => setTimeout(r, 300));
  const written = await postFresh(hosts[0]!.url, CREATE, { s: speaker, t: 'written on host one' }, ADMIN_TOKEN);
  expect(written.errors).toBeUndefined();
  expect((await stream.next(10_000)).data.statementAdded.text).toBe('written on host one');
  stream.close();
});

test("the second host's cached answer is fresh right after a write on the first", async (ctx) => {
  database.ready(ctx);
  const speaker = (await postFresh(hosts[0]!.url, ASIF)).data.actor.id;
  // Twice, so the second read is served from the second host's response cache.
  await postFresh(hosts[1]!.url, LATEST);
  const before = await postFresh(hosts[1]!.url, LATEST);
  const text = `fresh everywhere ${randomBytes(3).toString('hex')}`;
  expect(before.data.statements.edges[0].node.text).not.toBe(text);
  await postFresh(hosts[0]!.url, CREATE.replace('2030-03-01', '2031-01-01'), { s: speaker, t: text }, ADMIN_TOKEN);
  expect((await postFresh(hosts[1]!.url, LATEST)).data.statements.edges[0].node.text).toBe(text);
});

test('killing a host in the middle of a burst of writes leaves no half-written statement, and the others keep serving', async (ctx) => {
  database.ready(ctx);
  const victim = hosts[2]!;
  const speaker = (await postFresh(victim.url, ASIF)).data.actor.id;
  const withQuotes = `mutation($s: ID!, $t: String!, $q: [QuoteInput!]!) {
    createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-04-01" }, text: $t, act: COMMENT, quotes: $q }) { id }
  }`;
  // Two real spans of seeded articles, quoted by every statement of the burst.
  const page = await postFresh(victim.url, `{ statements(first: 50) { edges { node { quotes { text start end source { id } } } } } }`);
  const spans = page.data.statements.edges.flatMap((e: { node: { quotes: Span[] } }) => e.node.quotes).slice(0, 2);
  expect(spans).toHaveLength(2);
  const quotes = spans.map((q: Span) => ({ sourceId: q.source.id, text: q.text, start: q.start, end: q.end, kind: 'DIRECT' }));
  let landed: () => void = () => {};
  const firstLanded = new Promise<void>((r) => {
    landed = r;
  });
  // Sent in one go, the writes queue on the victim; it dies once the first has committed, with the rest in flight.
  const burst = Array.from({ length: 200 }, (_, i) =>
    postFresh(victim.url, withQuotes, { s: speaker, t: `burst ${i}`, q: quotes }, ADMIN_TOKEN).then(
      (r) => r.data?.createStatement && landed(),
      () => null,
    ),
  );
  await Promise.race([firstLanded, new Promise((r) => setTimeout(r, 15_000))]);
  victim.child.kill('SIGKILL');
  await Promise.all(burst);
  // Every burst statement that exists has both its quotes, its change-log entry and its sync-feed entry.
  const burstRows = `FROM statements s WHERE s.text LIKE 'burst %'`;
  const total = await count(`SELECT count(*) AS n ${burstRows}`);
  // Some landed before the kill and some did not, so the check below looks at real rows.
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(200);
  expect(await count(`SELECT count(*) AS n ${burstRows} AND (SELECT count(*) FROM quotes q WHERE q.statement_id = s.id) <> 2`)).toBe(0);
  expect(await count(`SELECT count(*) AS n ${burstRows} AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity = 'Statement' AND c.entity_id = s.id)`)).toBe(0);
  expect(await count(`SELECT count(*) AS n ${burstRows} AND NOT EXISTS (SELECT 1 FROM sync_log l WHERE l.entity = 'Statement' AND l.entity_id = s.id)`)).toBe(
    0,
  );
  for (const h of hosts.slice(0, 2)) {
    const r = await postFresh(h.url, CREATE, { s: speaker, t: `after the kill ${h.url}` }, ADMIN_TOKEN);
    expect(r.errors).toBeUndefined();
    expect((await postFresh(h.url, `{ statements(first: 1) { totalCount } }`)).data.statements.totalCount).toBeGreaterThan(total);
  }
});
