import { createHttpServer, listen, loadConfig } from '@parley/api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN_TOKEN, makeApp } from '../helpers/app.ts';
import { heldPost } from '../helpers/http.ts';

const app = await makeApp({ PARLEY_RESPONSE_CACHE_TTL: '0', PARLEY_AUTH_FAILURES_PER_MINUTE: '5' });
const server = createHttpServer(app, loadConfig({ PARLEY_MAX_CONCURRENT: '1', PARLEY_MAX_QUEUE: '1', PARLEY_QUEUE_TIMEOUT_MS: '2000' }));
const fifo = createHttpServer(app, loadConfig({ PARLEY_MAX_CONCURRENT: '1', PARLEY_MAX_QUEUE: '16', PARLEY_QUEUE_TIMEOUT_MS: '5000' }));
let url = '';
let fifoUrl = '';
beforeAll(async () => {
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  fifoUrl = `http://127.0.0.1:${await listen(fifo, 0, '127.0.0.1')}`;
});
afterAll(async () => {
  server.closeAllConnections();
  fifo.closeAllConnections();
  await new Promise((r) => server.close(r));
  await new Promise((r) => fifo.close(r));
  await app.dispose();
});

const QUERY = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });

const slowPost = (base = () => url) => heldPost(base(), QUERY);

const settle = () => new Promise((r) => setTimeout(r, 100));

test('beyond the running request and the short queue, the answer is 503 with Retry-After at once', async () => {
  const holder = slowPost();
  await settle();
  const queued = fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  await settle();
  const started = Date.now();
  const overflow = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  expect(Date.now() - started).toBeLessThan(1000);
  expect(overflow.status).toBe(503);
  expect(overflow.headers.get('retry-after')).toBe('1');
  expect((await overflow.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  holder.finish();
  expect(await holder.answered).toBe(200);
  expect((await queued).status).toBe(200);
});

test('a queued request whose client went away is dropped without running', async () => {
  const holder = slowPost();
  await settle();
  const before = server.limiter.stats().abandoned;
  const controller = new AbortController();
  const gone = fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: controller.signal }).catch(
    () => 'aborted',
  );
  await settle();
  expect(server.limiter.stats().queued).toBe(1);
  controller.abort();
  expect(await gone).toBe('aborted');
  await settle();
  expect(server.limiter.stats()).toMatchObject({ queued: 0, abandoned: before + 1 });
  holder.finish();
  expect(await holder.answered).toBe(200);
});

test('a request waiting longer than the queue timeout gets 503', async () => {
  const holder = slowPost();
  await settle();
  const waited = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  expect(waited.status).toBe(503);
  holder.finish();
  await holder.answered;
});

test('an invalid token is 401 UNAUTHENTICATED, not an uncached anonymous read; repeated failures get 429', async () => {
  const read = (token: string) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: QUERY });
  const bad = await read('prly_bogus');
  expect(bad.status).toBe(401);
  expect((await bad.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const garbage = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: QUERY });
  expect(garbage.status).toBe(401);
  expect((await read(ADMIN_TOKEN)).status).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await read(`prly_guess_${i}`)).status);
  expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
  expect(statuses.at(-1)).toBe(429);
  const limited = await read('prly_again');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
});

test('requests waiting on separate connections are answered in the order they arrived', async () => {
  const holder = slowPost(() => fifoUrl);
  await settle();
  const answered: number[] = [];
  const waiting = [0, 1, 2, 3, 4, 5].map(async (i) => {
    await new Promise((r) => setTimeout(r, 40 * i));
    const res = await fetch(`${fifoUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: QUERY });
    await res.json();
    answered.push(i);
  });
  await new Promise((r) => setTimeout(r, 400));
  expect(fifo.limiter.stats().queued).toBe(6);
  holder.finish();
  expect(await holder.answered).toBe(200);
  await Promise.all(waiting);
  expect(answered).toEqual([0, 1, 2, 3, 4, 5]);
});
