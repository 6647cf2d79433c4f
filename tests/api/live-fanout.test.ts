import { afterAll, beforeAll, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';
import { serve, sseSubscribe, stalledSubscriber, type Running } from '../helpers/http.ts';

// Many SSE subscribers on the real node:http server, grouped by the live hub: each must get exactly the
// events its own document, filter and token allow, and one reader that stops reading must hold nobody up.
const app = await makeApp();
let http: Running;
let asif = '';
let mujahid = '';
beforeAll(async () => {
  http = await serve(app);
  const ids = (await gql(app, `{ a: actor(slug: "khawaja-asif") { id } b: resolveActor(name: "Zabihullah Mujahid") { id } }`)).data;
  asif = ids.a.id;
  mujahid = ids.b.id;
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

const ADD = `mutation($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2031-03-01" }, text: $t, act: COMMENT }) { id } }`;
const add = async (speaker: string, text: string) => {
  const r = await gql(app, ADD, { s: speaker, t: text }, app.editorToken);
  expect(r.errors).toBeUndefined();
  return r.data.createStatement.id as string;
};
type Stream = Awaited<ReturnType<typeof sseSubscribe>>;
const many = (n: number, open: () => Promise<Stream>) => Promise.all(Array.from({ length: n }, open));

test('subscribers with the same and different documents, filters and tokens each get exactly their events', async () => {
  const FILTERED = `subscription($f: StatementFilter) { statementAdded(filter: $f) { id text speaker { id } } }`;
  const everything = await many(30, () => sseSubscribe(http.url, `subscription { statementAdded { id text } }`));
  const otherSelection = await many(10, () => sseSubscribe(http.url, `subscription { statementAdded { id speaker { slug } } }`));
  const onlyAsif = await many(20, () => sseSubscribe(http.url, FILTERED, { f: { speaker: asif } }));
  const onlyMujahid = await many(15, () => sseSubscribe(http.url, FILTERED, { f: { speaker: mujahid } }));
  const withToken = await many(5, () => sseSubscribe(http.url, FILTERED, { f: { speaker: mujahid } }, { authorization: `Bearer ${app.editorToken}` }));
  // Unpublished statements need a token: the handshake refuses this one, as before the hub.
  const refused = await sseSubscribe(http.url, FILTERED, { f: { status: 'PENDING' } });
  expect((await refused.next()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  await new Promise((r) => setTimeout(r, 100));

  const written = [await add(asif, 'Asif, first'), await add(mujahid, 'Mujahid, first'), await add(asif, 'Asif, second')];
  // A last write both filters let through closes every expectation: nothing may arrive between.
  const last = await add(mujahid, 'Mujahid, last');

  const idsOf = async (stream: Stream, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await stream.next()).data.statementAdded.id);
    return ids;
  };
  for (const s of everything) expect(await idsOf(s, 4)).toEqual([...written, last]);
  for (const s of otherSelection) {
    const events = await Promise.all([0, 1, 2, 3].map(() => s.next()));
    expect(events.map((e) => e.data.statementAdded.speaker.slug)).toEqual(['khawaja-asif', expect.any(String), 'khawaja-asif', expect.any(String)]);
    expect(events.map((e) => e.data.statementAdded.id)).toEqual([...written, last]);
  }
  for (const s of onlyAsif) {
    expect(await idsOf(s, 2)).toEqual([written[0], written[2]]);
    await expect(s.next(300)).rejects.toThrow('no event');
  }
  for (const s of [...onlyMujahid, ...withToken]) {
    const events = [await s.next(), await s.next()];
    expect(events.map((e) => e.data.statementAdded)).toEqual([
      { id: written[1], text: 'Mujahid, first', speaker: { id: mujahid } },
      { id: last, text: 'Mujahid, last', speaker: { id: mujahid } },
    ]);
  }
  for (const s of [...everything, ...otherSelection, ...onlyAsif, ...onlyMujahid, ...withToken, refused]) s.close();
});

test('a stalled subscriber in the same group delays no one: the others get each event before the next is written', async () => {
  // Wide events, the same document for everyone: the stalled reader shares its group with the live ones.
  const wide = `subscription { statementAdded { id ${Array.from({ length: 30 }, (_, i) => `t${i}: text`).join(' ')} } }`;
  const stalled = await stalledSubscriber(http.url, wide);
  const live = await many(5, () => sseSubscribe(http.url, wide));
  await new Promise((r) => setTimeout(r, 100));
  const cutBefore = app.pubsub.cutOff ?? 0;
  const text = 'Words a stalled reader never reads. '.repeat(110);

  // Lockstep: every live subscriber must have event i before write i + 1 is sent. Were the broadcast
  // waiting on the stalled socket, the live ones would not get it and next() would fail.
  let writes = 0;
  let extra = 0;
  while (extra < 5) {
    const id = await add(asif, `${writes} ${text}`);
    writes++;
    for (const s of live) expect((await s.next(10_000)).data.statementAdded.id).toBe(id);
    if ((app.pubsub.cutOff ?? 0) > cutBefore) extra++;
    expect(writes).toBeLessThan(2000);
  }
  expect(app.pubsub.cutOff).toBe(cutBefore + 1);

  // What the stalled reader finds when it reads again: the events it had room for, then `complete`.
  let received = '';
  stalled.setEncoding('utf8');
  stalled.on('data', (chunk: string) => (received += chunk));
  stalled.resume();
  await new Promise((resolve) => stalled.once('end', resolve));
  const nexts = received.split('event: next').length - 1;
  expect(nexts).toBeGreaterThan(0);
  expect(nexts).toBeLessThan(writes);
  expect(received.endsWith('event: complete\ndata:\n\n')).toBe(true);
  for (const s of live) s.close();
}, 120_000);
