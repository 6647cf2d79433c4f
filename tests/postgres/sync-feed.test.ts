import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  addActorRole,
  addClaimStance,
  claimDeliveries,
  createActor,
  createClaim,
  createDemand,
  createEvent,
  createProcess,
  createRound,
  createSource,
  createStatement,
  createWatch,
  deleteRecord,
  evaluateWatches,
  openDatabase,
  type ParleyDb,
  projectPublic,
  queryRows,
  recordDeliveryAttempt,
  retractRecord,
  updateRoundStatus,
  updateStatement,
} from '@parley/core';
import { openPostgres, type PostgresDb } from '@parley/core/pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';

// The public sync feed is written inside every write, from one projection per entity whose SQL is rendered for
// each engine. The same commands on a fresh SQLite file and a fresh PostgreSQL database must leave the same feed:
// same entries in the same order, same JSON byte for byte (key order, booleans, numbers, nulls, list order),
// same hashes. A reader replaying either feed holds the same dataset.
const postgres = usePostgres('sync_feed');
const dir = tempDir();
const lite = openDatabase(join(dir, 'parley.db'));
let pg: PostgresDb;

beforeAll(async () => {
  if (!postgres.name) return;
  pg = await openPostgres(postgres.url, { poolSize: 4 });
});

afterAll(async () => {
  await pg?.close();
  lite.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const BODY =
  'ISLAMABAD — Defence Minister Khawaja Asif said on Tuesday: "We will respond to any aggression." ' +
  'Taliban spokesman Zabihullah Mujahid denied the strike. Talks in Doha resume next week.';
const span = (text: string) => ({ text, start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });

/** The same writes, through the core commands, on either engine; ids come out alike on two fresh databases. */
async function script(db: ParleyDb) {
  const ctx = { db, viewer: null };
  const source = await createSource(ctx, {
    key: 'dawn-asif',
    title: 'Asif warns',
    outlet: 'Dawn',
    url: 'https://dawn.example/asif',
    publishedOn: '2025-10-14',
    body: BODY,
  });
  const second = await createSource(ctx, { title: 'Mujahid denies', outlet: 'Tolo', kind: 'SOCIAL_POST', body: `${BODY} (second copy)` });
  const pakistan = await createActor(ctx, { name: 'Pakistan', kind: 'STATE', country: 'PK' });
  const qatar = await createActor(ctx, { name: 'Qatar', kind: 'STATE', country: 'QA' });
  const asif = await createActor(ctx, {
    name: 'Khawaja Asif',
    kind: 'PERSON',
    country: 'PK',
    parentId: pakistan,
    description: 'Said so in [[source:dawn-asif]].',
    aliases: [{ text: 'Khawaja Muhammad Asif', kind: 'SPELLING' }, { text: 'K. Asif' }],
    roles: [{ title: 'Defence Minister', organizationId: pakistan, from: '2024-03-11' }],
  });
  const mujahid = await createActor(ctx, { name: 'Zabihullah Mujahid', kind: 'PERSON', country: 'AF', aliases: [{ text: 'Mujahid' }] });
  await addActorRole(ctx, mujahid, { title: 'Spokesman', to: null });

  const statement = await createStatement(ctx, {
    occasion: { speakerId: asif, saidOn: '2025-10-14', venue: 'Islamabad' },
    text: 'We will respond to any aggression.',
    act: 'THREATEN',
    conditional: true,
    note: 'Reported by [[source:dawn-asif]] and [[source:missing-key]].',
    targetIds: [mujahid, pakistan],
    topics: ['strikes', 'border', 'Afghanistan'],
    quotes: [
      { sourceId: source, ...span('We will respond to any aggression.') },
      { sourceId: second, ...span('We will respond to any aggression.'), kind: 'PARAPHRASE' },
    ],
  });
  const plain = await createStatement(ctx, {
    occasion: { speakerId: mujahid, saidOn: '2025-10-15', datePrecision: 'MONTH' },
    text: 'We deny the strike.',
    act: 'DENY',
  });
  await updateStatement(ctx, plain, { act: 'REJECT', conditional: false, topics: [] });

  const event = await createEvent(ctx, {
    type: 'AIRSTRIKE',
    occurredOn: '2025-10-13',
    summary: 'Strike near the border',
    sourceId: source,
    locations: [{ place: 'Khost', province: 'Khost', country: 'AF' }, { country: 'PK' }],
  });
  const claim = await createClaim(ctx, {
    text: 'Twelve killed',
    eventId: event,
    killed: 12,
    civilians: 0,
    sourceId: source,
    stances: [{ actorId: mujahid, stance: 'ASSERTS', killed: 12, children: null, statementId: plain }],
  });
  await addClaimStance(ctx, claim, { actorId: asif, stance: 'DENIES', sourceId: source });

  const process = await createProcess(ctx, { name: 'Doha talks', mediatorIds: [qatar] });
  const round = await createRound(ctx, {
    processId: process,
    sequence: 1,
    title: 'Doha I',
    venueCity: 'Doha',
    venueCountry: 'QA',
    startedOn: '2025-10-18',
    participants: [
      { actorId: pakistan, role: 'PARTY' },
      { actorId: qatar, role: 'MEDIATOR' },
      { actorId: mujahid, role: 'PARTY' },
    ],
  });
  await updateRoundStatus(ctx, round, { status: 'IN_SESSION', at: '2025-10-18', note: 'Opened', sourceId: source });
  await createDemand(ctx, { roundId: round, byId: pakistan, toId: mujahid, text: 'Stop cross-border attacks', sourceId: source });
  const dropped = await createDemand(ctx, { roundId: round, byId: mujahid, toId: pakistan, text: 'Reopen the crossing' });

  // A retracted quote, then its source (no public record refers to it any more), then a deleted demand.
  const copy = (await queryRows<{ id: number }>(db, 'SELECT id FROM quotes WHERE source_id = ?', second))[0]!.id;
  await retractRecord(ctx, 'Quote', copy, 'misattributed');
  await retractRecord(ctx, 'Source', second, 'a copy, not a second source');
  await deleteRecord(ctx, 'Demand', dropped, 'entered twice');
  return { statement, claim, round, asif };
}

type Entry = { entity: string; entity_id: number; global_id: string; kind: string; data: string | null; reason: string | null };
const FEED = 'SELECT entity, entity_id, global_id, kind, data, reason FROM sync_log ORDER BY id';
const STATE = 'SELECT entity, entity_id, hash FROM sync_state ORDER BY entity, entity_id';

test('the same writes leave the same sync feed, byte for byte, on SQLite and PostgreSQL', async (ctx) => {
  postgres.ready(ctx);
  const ids = await script(lite);
  expect(await script(pg.db)).toEqual(ids);

  const fromLite = await queryRows<Entry>(lite, FEED);
  const fromPg = await queryRows<Entry>(pg.db, FEED);
  expect(fromPg).toEqual(fromLite);
  expect(await queryRows(pg.db, STATE)).toEqual(await queryRows(lite, STATE));

  // The feed is not trivially equal: every kind of entry, every entity, and the values that differ by engine.
  expect(new Set(fromLite.map((e) => e.kind))).toEqual(new Set(['CREATED', 'UPDATED', 'RETRACTED', 'DELETED']));
  expect(new Set(fromLite.map((e) => e.entity))).toEqual(new Set(['Source', 'Actor', 'Statement', 'Quote', 'Event', 'Claim', 'NegotiationRound', 'Demand']));
  const last = (entity: string, id: number) => JSON.parse(fromLite.findLast((e) => e.entity === entity && e.entity_id === id)!.data!);
  const statement = last('Statement', ids.statement);
  expect(statement).toMatchObject({ conditional: true, intensity: -8, topics: ['Afghanistan', 'border', 'strikes'], venue: 'Islamabad' });
  expect(statement.note).not.toContain('[[source:dawn-asif]]');
  expect(statement.citations).toHaveLength(1);
  expect(Object.keys(last('Actor', ids.asif).roles[0])).toEqual(['title', 'organization', 'from', 'to']);
  expect(last('Claim', ids.claim).stances.map((s: any) => [s.stance, s.killed, s.children])).toEqual([
    ['ASSERTS', 12, null],
    ['DENIES', null, null],
  ]);
  expect(last('NegotiationRound', ids.round).participants.map((p: any) => p.role)).toEqual(['MEDIATOR', 'PARTY', 'PARTY']);
  expect(fromLite.find((e) => e.kind === 'DELETED')).toMatchObject({ entity: 'Demand', reason: 'entered twice', data: null });

  // The projection read on its own agrees with the feed on both engines.
  const [a, b] = [await projectPublic(lite, 'Statement', [ids.statement]), await projectPublic(pg.db, 'Statement', [ids.statement])];
  expect(JSON.stringify(b.get(ids.statement))).toEqual(JSON.stringify(a.get(ids.statement)));
  expect(a.get(ids.statement)!.data).toEqual(statement);
});

test('watches read the feed alike: the same alerts and deliveries on both engines', async (ctx) => {
  postgres.ready(ctx);
  const run = async (db: ParleyDb) => {
    const c = { db, viewer: null };
    const actor = (await queryRows<{ id: number }>(db, `SELECT id FROM actors WHERE name = 'Khawaja Asif'`))[0]!.id;
    // A watch reports only what happens after it was made: the script's entries are older.
    await new Promise((r) => setTimeout(r, 5));
    await createWatch(c, { name: 'asif', rule: { kind: 'STATEMENT', filter: { speakerId: actor } }, webhookUrl: 'https://hooks.example/asif' });
    await createWatch(c, { name: 'pk low', rule: { kind: 'THRESHOLD', side: 'PK', mode: 'BELOW', value: -5 } });
    await createWatch(c, { name: 'stances', rule: { kind: 'CLAIM_STANCE', claimId: null, stances: [] } });
    await new Promise((r) => setTimeout(r, 5));
    await createStatement(c, { occasion: { speakerId: actor, saidOn: '2025-10-20' }, text: 'We will not tolerate this.', act: 'THREATEN' });
    const claim = (await queryRows<{ id: number }>(db, 'SELECT id FROM claims ORDER BY id LIMIT 1'))[0]!.id;
    await addClaimStance(c, claim, { actorId: actor, stance: 'ASSERTS', killed: 3 });
    let consumed = 0;
    for (let n = (await evaluateWatches(c)).consumed; n > 0; n = (await evaluateWatches(c)).consumed) consumed += n;
    const alerts = await queryRows<{ trigger_key: string; summary: string; evidence: string }>(
      db,
      'SELECT trigger_key, summary, CAST(evidence AS TEXT) AS evidence FROM alerts ORDER BY id',
    );
    const due = await claimDeliveries(c);
    const outcome = await recordDeliveryAttempt(c, due[0]!.id, { httpStatus: 503, error: null, durationMs: 12.4 });
    const deliveries = await queryRows(db, 'SELECT status, attempts, last_error FROM deliveries ORDER BY id');
    return { consumed, alerts, due: due.map(({ at: _at, secret: _s, ...d }) => d), outcome, deliveries };
  };
  const fromLite = await run(lite);
  const fromPg = await run(pg.db);
  expect(fromPg).toEqual(fromLite);
  expect(fromLite.alerts.map((a) => a.trigger_key)).toEqual([
    expect.stringMatching(/^statement:\d+$/),
    'threshold:2025-10-20',
    expect.stringMatching(/^stance:/),
  ]);
  expect(fromLite.outcome).toBe('PENDING');
  expect(fromLite.deliveries).toEqual([{ status: 'PENDING', attempts: 1, last_error: 'HTTP 503' }]);
});
