import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_TOKEN, tempDir } from '../helpers/app.ts';
import { heldPost, sseSubscribe } from '../helpers/http.ts';
import { scrape, scrapeUntil } from '../helpers/metrics.ts';
import { postFresh, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

// One real API process, scraped over HTTP between real requests: every assertion is a difference between two
// scrapes, so what the seed load or an earlier test did never matters.
const dir = tempDir();
const children: ChildProcess[] = [];
let url = '';

beforeAll(async () => {
  // One slot and a one-place queue, so the overload metrics can be driven without load.
  const api = await startApi({
    DATABASE_PATH: join(dir, 'parley.db'),
    PORT: '0',
    PARLEY_ADMIN_TOKEN: ADMIN_TOKEN,
    REDIS_URL: '',
    PARLEY_MAX_CONCURRENT: '1',
    PARLEY_MAX_QUEUE: '1',
  });
  children.push(api.child);
  url = api.url;
}, 120_000);

afterAll(async () => {
  await Promise.all(children.map(stop));
  rmSync(dir, { recursive: true, force: true });
});

const REQUESTS = 'parley_graphql_requests_total';
const FEED = `query Feed { statements(first: 3) { edges { node { text } } } }`;
const ADD = `mutation Add($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-04-01" }, text: $t, act: COMMENT }) { id } }`;

test('two Feed queries count twice under their name, with their latencies; the second is a cache hit', async () => {
  const before = await scrape(url);
  for (let i = 0; i < 2; i++) expect((await postFresh(url, FEED)).errors).toBeUndefined();
  const after = await scrape(url);
  const feed = { operation: 'Feed', type: 'query', outcome: 'ok' };
  expect(after.value(REQUESTS, feed) - before.value(REQUESTS, feed)).toBe(2);
  const latency = 'parley_graphql_request_duration_seconds_count';
  expect(after.value(latency, { operation: 'Feed', type: 'query' }) - before.value(latency, { operation: 'Feed', type: 'query' })).toBe(2);
  expect(after.value('parley_response_cache_misses_total') - before.value('parley_response_cache_misses_total')).toBe(1);
  expect(after.value('parley_response_cache_hits_total') - before.value('parley_response_cache_hits_total')).toBe(1);
});

test('an operation without a name is `anonymous`; a syntax error is counted with its code', async () => {
  const before = await scrape(url);
  await postFresh(url, `{ actors(first: 1) { totalCount } }`);
  await postFresh(url, `{ actors(first: 1 { totalCount } }`);
  const after = await scrape(url);
  const delta = (labels: Record<string, string>) => after.value(REQUESTS, labels) - before.value(REQUESTS, labels);
  expect(delta({ operation: 'anonymous', type: 'query', outcome: 'ok' })).toBe(1);
  expect(delta({ operation: 'anonymous', type: 'unknown', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
});

test('a rejected mutation counts a write error under its code; a successful one counts none', async () => {
  const asif = (await postFresh(url, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  const before = await scrape(url);
  const refused = await postFresh(url, `mutation Blank { createSource(input: { title: "Empty", outlet: "Test", body: "   " }) { id } }`, {}, ADMIN_TOKEN);
  expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect((await postFresh(url, ADD, { s: asif, t: 'A write that succeeds' }, ADMIN_TOKEN)).errors).toBeUndefined();
  const after = await scrape(url);
  const writeErrors = (s: typeof after, code: string) => s.value('parley_write_errors_total', { code });
  expect(writeErrors(after, 'BAD_USER_INPUT') - writeErrors(before, 'BAD_USER_INPUT')).toBe(1);
  expect(after.value('parley_write_errors_total') - before.value('parley_write_errors_total')).toBe(1);
  const blank = { operation: 'Blank', type: 'mutation', outcome: 'BAD_USER_INPUT' };
  expect(after.value(REQUESTS, blank) - before.value(REQUESTS, blank)).toBe(1);
  const add = { operation: 'Add', type: 'mutation', outcome: 'ok' };
  expect(after.value(REQUESTS, add) - before.value(REQUESTS, add)).toBe(1);
});

test('an SSE subscriber is counted while connected, and each event written to it as delivered', async () => {
  const asif = (await postFresh(url, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  const before = await scrape(url);
  expect(before.value('parley_live_subscribers')).toBe(0);
  const stream = await sseSubscribe(url, `subscription Wire { statementAdded { text } }`);
  expect((await scrapeUntil(url, (s) => s.value('parley_live_subscribers') === 1)).value('parley_live_subscribers')).toBe(1);
  for (const text of ['first live', 'second live']) await postFresh(url, ADD, { s: asif, t: text }, ADMIN_TOKEN);
  expect((await stream.next(10_000)).data.statementAdded.text).toBe('first live');
  expect((await stream.next(10_000)).data.statementAdded.text).toBe('second live');
  const live = await scrape(url);
  const delivered = (s: typeof live) => s.value('parley_live_events_delivered_total', { topic: 'statementAdded' });
  expect(delivered(live) - delivered(before)).toBe(2);
  expect(live.value('parley_live_events_dropped_total') - before.value('parley_live_events_dropped_total')).toBe(0);
  const handshake = { operation: 'Wire', type: 'subscription', outcome: 'ok' };
  expect(live.value(REQUESTS, handshake) - before.value(REQUESTS, handshake)).toBe(1);
  stream.close();
  expect((await scrapeUntil(url, (s) => s.value('parley_live_subscribers') === 0)).value('parley_live_subscribers')).toBe(0);
});

test('the overload limiter: a queued request shows in the gauge, a refused one in the rejected counter', async () => {
  const before = await scrape(url);
  const body = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });
  const holder = heldPost(url, body); // holds the only slot
  await scrapeUntil(url, (s) => s.value('parley_http_requests_active') === 1);
  const queued = fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const waiting = await scrapeUntil(url, (s) => s.value('parley_http_requests_queued') === 1);
  expect(waiting.value('parley_http_requests_queued')).toBe(1);
  const overflow = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(overflow.status).toBe(503);
  holder.finish();
  expect(await holder.answered).toBe(200);
  expect((await queued).status).toBe(200);
  const after = await scrapeUntil(url, (s) => s.value('parley_http_requests_queued') === 0);
  expect(after.value('parley_http_requests_rejected_total') - before.value('parley_http_requests_rejected_total')).toBe(1);
  expect(after.value('parley_http_requests_queued')).toBe(0);
});

test('operation names are bounded: past 200 distinct names, new ones count as `other`', async () => {
  const before = await scrape(url);
  const named = before.labelValues(REQUESTS, 'operation').filter((n) => n !== 'anonymous' && n !== 'other').length;
  const fresh = 210;
  for (let i = 0; i < fresh; i++) await postFresh(url, `query Distinct${i} { __typename }`);
  const after = await scrape(url);
  const other = { operation: 'other' };
  expect(after.value(REQUESTS, other) - before.value(REQUESTS, other)).toBe(fresh - (200 - named));
  expect(after.labelValues(REQUESTS, 'operation').filter((n) => n !== 'anonymous' && n !== 'other')).toHaveLength(200);
}, 60_000);

test('a scrape is not a GraphQL request, and shows no token, query text or variables', async () => {
  const first = await scrape(url);
  const second = await scrape(url);
  expect(first.status).toBe(200);
  expect(first.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(second.value(REQUESTS)).toBe(first.value(REQUESTS));
  for (const secret of [ADMIN_TOKEN, 'A write that succeeds', 'first live', 'khawaja-asif', 'statements(first']) expect(second.text).not.toContain(secret);
  // The database and Node's own process metrics are there.
  expect(second.value('parley_db_storage_fault')).toBe(0);
  expect(second.value('parley_db_query_plan_cache_misses_total')).toBeGreaterThan(0);
  expect(second.value('process_resident_memory_bytes')).toBeGreaterThan(0);
});

describe('PARLEY_METRICS=0', () => {
  let off = '';
  beforeAll(async () => {
    const api = await startApi({ DATABASE_PATH: join(dir, 'off.db'), PORT: '0', REDIS_URL: '', PARLEY_METRICS: '0' });
    children.push(api.child);
    off = api.url;
  }, 120_000);

  test('turns the endpoint off: 404, and the API serves as before', async () => {
    expect((await fetch(`${off}/metrics`)).status).toBe(404);
    expect((await postFresh(off, FEED)).data.statements.edges).toHaveLength(3);
  });
});
