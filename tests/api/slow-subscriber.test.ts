import { afterAll, beforeAll, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';
import { serve, sseSubscribe, stalledSubscriber, type Running } from '../helpers/http.ts';
import { scrape } from '../helpers/metrics.ts';

const app = await makeApp();
let http: Running;
let speaker = '';
beforeAll(async () => {
  http = await serve(app);
  speaker = (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

const ADD = `mutation($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-21" }, text: $t, act: COMMENT }) { id } }`;

test('a subscriber that stops reading is cut off; the server, the writer and every other subscriber go on', async () => {
  // Wide events (the same long text twenty times) fill the stalled socket's buffers quickly.
  const wide = `subscription { statementAdded { ${Array.from({ length: 20 }, (_, i) => `t${i}: text`).join(' ')} } }`;
  const stalled = await stalledSubscriber(http.url, wide);
  const live = await sseSubscribe(http.url, `subscription { statementAdded { id } }`);
  await new Promise((r) => setTimeout(r, 100));

  const text = 'A long statement that a stalled reader will never read. '.repeat(40);
  const writes = 1400;
  let lastId = '';
  const receivedIds: string[] = [];
  const counting = (async () => {
    while (receivedIds.length < writes) receivedIds.push((await live.next(20_000)).data.statementAdded.id);
  })();
  for (let i = 0; i < writes; i++) {
    const r = await gql(app, ADD, { s: speaker, t: `${i} ${text}` }, app.editorToken);
    expect(r.errors).toBeUndefined();
    lastId = r.data.createStatement.id;
    if (i % 100 === 0) await new Promise((r) => setImmediate(r));
  }
  await counting;
  expect(receivedIds.length).toBe(writes);
  expect(receivedIds.at(-1)).toBe(lastId);
  expect(app.pubsub.cutOff).toBeGreaterThanOrEqual(1);
  expect((await fetch(`${http.url}/healthz`)).status).toBe(200);
  // What /metrics says of it: the cut-off, the event it was cut at, and every event the live reader got.
  const metrics = await scrape(http.url);
  expect(metrics.value('parley_live_subscribers_cut_off_total', { topic: 'statementAdded' })).toBe(app.pubsub.cutOff);
  expect(metrics.value('parley_live_events_dropped_total', { topic: 'statementAdded' })).toBe(app.pubsub.cutOff);
  expect(metrics.value('parley_live_events_delivered_total', { topic: 'statementAdded' })).toBeGreaterThanOrEqual(writes);
  live.close();
  stalled.destroy();
}, 120_000);
