import { createHttpServer, listen, loadConfig } from '@parley/api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeApp } from '../helpers/app.ts';
import { heldPost } from '../helpers/http.ts';

// Under saturation, a request with a valid token (an editor's write or review read) is served before the
// anonymous readers queued ahead of it; a forged token buys nothing.
const app = await makeApp({ PARLEY_RESPONSE_CACHE_TTL: '0' });
const server = createHttpServer(app, loadConfig({ PARLEY_MAX_CONCURRENT: '1', PARLEY_MAX_QUEUE: '16', PARLEY_QUEUE_TIMEOUT_MS: '5000' }));
let url = '';
beforeAll(async () => {
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await app.dispose();
});

const QUERY = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });
const settle = () => new Promise((r) => setTimeout(r, 100));

test('the editor goes first; readers and a forged token keep their order', async () => {
  const order: string[] = [];
  const send = (name: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY }).then((r) => {
      order.push(name);
      return r.status;
    });
  const holder = heldPost(url, QUERY);
  await settle();
  const readers = [send('reader 1'), send('reader 2'), send('reader 3')];
  await settle();
  const forged = send('forged', { authorization: 'Bearer prly_forged' });
  await settle();
  const editor = send('editor', { authorization: `Bearer ${app.editorToken}` });
  await settle();
  expect(server.limiter.stats().queued).toBe(5);
  holder.finish();
  expect(await holder.answered).toBe(200);
  expect(await Promise.all([...readers, forged, editor])).toEqual([200, 200, 200, 401, 200]);
  // One slot: the editor's request ran first, then the others in the order they came.
  expect(order).toEqual(['editor', 'reader 1', 'reader 2', 'reader 3', 'forged']);
});

test('editors and waiting readers take turns, so a stream of editor requests cannot shut readers out', async () => {
  const order: string[] = [];
  const send = (name: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY }).then(() => {
      order.push(name);
    });
  const holder = heldPost(url, QUERY);
  await settle();
  const sent = [send('reader 1'), send('reader 2')];
  await settle();
  for (let i = 1; i <= 4; i++) sent.push(send(`editor ${i}`, { authorization: `Bearer ${app.editorToken}` }));
  await settle();
  holder.finish();
  await holder.answered;
  await Promise.all(sent);
  expect(order).toEqual(['editor 1', 'reader 1', 'editor 2', 'reader 2', 'editor 3', 'editor 4']);
});
