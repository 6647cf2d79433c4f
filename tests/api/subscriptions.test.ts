import { afterAll, beforeAll, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';
import { serve, sseSubscribe, type Running } from '../helpers/http.ts';

const app = await makeApp();
let http: Running;
let asif = '';
let mujahid = '';
beforeAll(async () => {
  http = await serve(app);
  const r = await gql(app, `{ a: actor(slug: "khawaja-asif") { id } b: resolveActor(name: "Zabihullah Mujahid") { id } }`);
  asif = r.data.a.id;
  mujahid = r.data.b.id;
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

const ADD = `mutation($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-21", channel: SOCIAL_MEDIA_POST, venue: "X" }, text: $t, act: THREATEN }) { id } }`;

test('a real SSE subscription receives a statement that a mutation adds, filtered by speaker', async () => {
  const all = await sseSubscribe(http.url, `subscription { statementAdded { id text speaker { slug } channel } }`);
  const onlyAsif = await sseSubscribe(http.url, `subscription($f: StatementFilter) { statementAdded(filter: $f) { text } }`, { f: { speaker: asif } });
  expect(all.contentType).toMatch(/text\/event-stream/);
  await new Promise((r) => setTimeout(r, 100));

  const fromMujahid = await gql(app, ADD, { s: mujahid, t: 'A statement by the Taliban spokesman' }, app.editorToken);
  expect(fromMujahid.errors).toBeUndefined();
  const fromAsif = await gql(app, ADD, { s: asif, t: 'A statement by the defence minister' }, app.editorToken);

  const first = await all.next();
  expect(first.data.statementAdded).toMatchObject({
    id: fromMujahid.data.createStatement.id,
    text: 'A statement by the Taliban spokesman',
    channel: 'SOCIAL_MEDIA_POST',
  });
  const second = await all.next();
  expect(second.data.statementAdded).toMatchObject({ id: fromAsif.data.createStatement.id, speaker: { slug: 'khawaja-asif' } });
  // The filtered stream skips Mujahid's statement: its first event is Asif's.
  expect((await onlyAsif.next()).data.statementAdded.text).toBe('A statement by the defence minister');
  all.close();
  onlyAsif.close();
});

test('roundUpdated streams status changes of the chosen round only', async () => {
  const rounds = await gql(app, `{ rounds(first: 2) { edges { node { id } } } }`);
  const [one, two] = rounds.data.rounds.edges.map((e: any) => e.node.id);
  const stream = await sseSubscribe(http.url, `subscription($id: ID) { roundUpdated(roundId: $id) { id status latestUpdate { note } } }`, { id: one });
  await new Promise((r) => setTimeout(r, 100));
  const change = `mutation($id: ID!, $n: String!) { updateRoundStatus(input: { roundId: $id, status: SUSPENDED, at: "2027-01-01", note: $n }) { id } }`;
  await gql(app, change, { id: two, n: 'other round' }, app.editorToken);
  await gql(app, change, { id: one, n: 'this round' }, app.editorToken);
  const event = await stream.next();
  expect(event.data.roundUpdated).toEqual({ id: one, status: 'SUSPENDED', latestUpdate: { note: 'this round' } });
  stream.close();
});

test('a failed write publishes nothing', async () => {
  const stream = await sseSubscribe(http.url, `subscription { statementAdded { text } }`);
  await new Promise((r) => setTimeout(r, 100));
  const bad = await gql(
    app,
    `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-21" }, text: "rolled back", act: COMMENT, roundId: "TmVnb3RpYXRpb25Sb3VuZDo5OTk5" }) { id } }`,
    { s: asif },
    app.editorToken,
  );
  expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  await gql(app, ADD, { s: asif, t: 'after the failure' }, app.editorToken);
  expect((await stream.next()).data.statementAdded.text).toBe('after the failure');
  stream.close();
});
