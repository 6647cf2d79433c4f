import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { createApiToken, createParleyYoga, loadSeed, openDatabase } from '@parley/schema';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { sseSubscribe } from '../helpers/http.ts';
import { seedDir } from '@parley/seed';

// A subscription event is executed once per distinct (document, variables, viewer, database state) and the
// answer shared by every subscriber that would have computed the same one: many dashboards, one query.
const dir = tempDir();
let reads = 0;
// Reads of the data itself; the cache's write-epoch probe (pragma_data_version) is not one, nor is the sync
// feed's bookkeeping inside the mutation's own transaction.
const counted = (sql: string) => /^\s*select/i.test(sql) && !sql.includes('pragma_data_version') && !sql.includes('/* sync feed */');
const db = openDatabase(join(dir, 'shared.db'), { onSql: (sql) => void (counted(sql) && reads++) });
await loadSeed(db, { dir: seedDir });
const token = (await createApiToken(db, 'shared test editor', 'EDITOR')).secret;
const yoga = createParleyYoga({ db });
let server: Server;
let url = '';

async function gql(query: string, variables: Record<string, unknown> = {}, auth?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown };
}

beforeAll(async () => {
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const ADD = `mutation($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2030-05-01" }, text: $t, act: COMMENT }) { id } }`;

test('ten identical subscriptions cost one execution; a filtered one still gets only its own events', async () => {
  const ids = (await gql(`{ a: actor(slug: "khawaja-asif") { id } b: resolveActor(name: "Zabihullah Mujahid") { id } }`)).data;
  const doc = `subscription { statementAdded { id text speaker { slug } quotes { id } } }`;
  const same = await Promise.all(Array.from({ length: 10 }, () => sseSubscribe(url, doc)));
  const onlyMujahid = await sseSubscribe(url, `subscription($f: StatementFilter) { statementAdded(filter: $f) { text } }`, { f: { speaker: ids.b.id } });
  await new Promise((r) => setTimeout(r, 100));

  reads = 0;
  const created = await gql(ADD, { s: ids.a.id, t: 'Heard by ten dashboards' }, token);
  const events = await Promise.all(same.map((s) => s.next()));
  for (const e of events) expect(e).toEqual(events[0]);
  expect(events[0].data.statementAdded).toMatchObject({
    id: created.data.createStatement.id,
    text: 'Heard by ten dashboards',
    speaker: { slug: 'khawaja-asif' },
  });
  // Unshared, ten executions and eleven filter checks would each read the database.
  expect(reads).toBeLessThan(10);

  await gql(ADD, { s: ids.b.id, t: 'From the Taliban spokesman' }, token);
  expect((await onlyMujahid.next()).data.statementAdded.text).toBe('From the Taliban spokesman');
  for (const s of [...same, onlyMujahid]) s.close();
});

test('two events about the same node in quick succession each carry the state after their own write', async () => {
  const round = (await gql(`{ rounds(first: 1) { edges { node { id } } } }`)).data.rounds.edges[0].node.id;
  const doc = `subscription($id: ID) { roundUpdated(roundId: $id) { id status latestUpdate { note } } }`;
  const streams = await Promise.all(Array.from({ length: 3 }, () => sseSubscribe(url, doc, { id: round })));
  await new Promise((r) => setTimeout(r, 100));
  const change = `mutation($id: ID!, $s: RoundStatus!, $n: String!, $at: DateTime!) { updateRoundStatus(input: { roundId: $id, status: $s, at: $at, note: $n }) { id } }`;
  await Promise.all([
    gql(change, { id: round, s: 'SUSPENDED', n: 'paused', at: '2031-01-01T10:00:00Z' }, token),
    gql(change, { id: round, s: 'IN_SESSION', n: 'resumed', at: '2031-01-01T11:00:00Z' }, token),
  ]);
  for (const s of streams) {
    const first = (await s.next()).data.roundUpdated;
    const second = (await s.next()).data.roundUpdated;
    // The second event must never be the first one's answer replayed.
    expect(second).toEqual({ id: round, status: 'IN_SESSION', latestUpdate: { note: 'resumed' } });
    expect(['SUSPENDED', 'IN_SESSION']).toContain(first.status);
    s.close();
  }
});
