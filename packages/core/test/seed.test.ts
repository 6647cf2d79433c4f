import { afterAll, expect, test } from 'vitest';
// @parley/seed is not (yet) a devDependency of @parley/core, so its entry is imported by path.
import { seedDir } from '@parley/seed';
import { ACT_INTENSITY, loadSeed, openDatabase, readSeedDataset, type Act } from '../src/index.ts';
import { pinQuoteSpans } from '../src/seed/spans.ts';

const TABLES = [
  'actors',
  'actor_aliases',
  'actor_roles',
  'sources',
  'occasions',
  'negotiation_processes',
  'process_mediators',
  'negotiation_rounds',
  'round_participants',
  'round_updates',
  'demands',
  'statements',
  'statement_targets',
  'statement_topics',
  'quotes',
  'events',
  'event_locations',
  'claims',
  'claim_stances',
  'discrepancies',
  'discrepancy_versions',
  'changes',
];

const db = openDatabase(':memory:');
const sqlite = db.$client;
afterAll(() => sqlite.close());
const { dataset } = readSeedDataset(seedDir);
const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

const first = await loadSeed(db, { dir: seedDir });
const afterFirst = counts();

test('the first load adds every entry of the dataset', () => {
  expect(first.Actor).toEqual({ added: dataset.actors.length, kept: 0 });
  expect(first.Source).toEqual({ added: dataset.sources.length, kept: 0 });
  expect(first.Statement).toEqual({ added: dataset.statements.length, kept: 0 });
  expect(first.Discrepancy).toEqual({ added: dataset.discrepancies.length, kept: 0 });
  expect(afterFirst.quotes).toBe(dataset.statements.reduce((n, s) => n + s.quotes.length, 0));
});

test('loading again adds nothing: every entry is kept, no table grows, nothing is logged', async () => {
  const second = await loadSeed(db, { dir: seedDir });
  for (const [entity, { added, kept }] of Object.entries(second)) {
    expect({ entity, added }).toEqual({ entity, added: 0 });
    expect(kept).toBe(first[entity]!.added);
  }
  expect(counts()).toEqual(afterFirst);
});

test('every quote has its change-log row, written by the seed', () => {
  const unlogged = all<{ id: number }>(`SELECT id FROM quotes WHERE id NOT IN (SELECT entity_id FROM changes WHERE entity = 'Quote')`);
  expect(unlogged).toEqual([]);
  expect(all<{ who: string }>(`SELECT DISTINCT who FROM changes`)).toEqual([{ who: 'seed' }]);
  const seeded = all<{ entity: string }>(`SELECT DISTINCT entity FROM changes WHERE action = 'seed' ORDER BY entity`).map((r) => r.entity);
  expect(seeded).toEqual(expect.arrayContaining(['Actor', 'Claim', 'Discrepancy', 'Event', 'NegotiationRound', 'Occasion', 'Source', 'Statement']));
});

test('statements take their intensity from the act table, and speaker, date and channel from the occasion', () => {
  const rows = all<{ key: string; act: Act; intensity: number; same: number }>(`
    SELECT s.key, s.act, s.intensity,
           s.speaker_id = o.speaker_id AND s.said_on = o.said_on AND s.channel = o.channel AS same
    FROM statements s JOIN occasions o ON o.id = s.occasion_id`);
  expect(rows).toHaveLength(dataset.statements.length);
  for (const r of rows) {
    expect({ key: r.key, intensity: r.intensity, same: r.same }).toEqual({ key: r.key, intensity: ACT_INTENSITY[r.act], same: 1 });
  }
});

test('each round has the status the dataset gives it, and its whole history', () => {
  const rounds = all<{ key: string; status: string; updates: number }>(
    `SELECT r.key, r.status, (SELECT count(*) FROM round_updates u WHERE u.round_id = r.id) AS updates FROM negotiation_rounds r ORDER BY r.id`,
  );
  expect(rounds).toEqual(dataset.rounds.map((r) => ({ key: r.key, status: r.status, updates: r.updates.length })));
});

test('pinQuoteSpans finds a quote by its text, keeps a chosen occurrence, and refuses what it cannot place', () => {
  const bodies = new Map([['a', 'no more. We said no more.']]);
  const quote = (text: string, start?: number) => ({
    source: 'a',
    text,
    kind: 'DIRECT' as const,
    ...(start === undefined ? {} : { start }),
  });
  const statement = (key: string, ...quotes: ReturnType<typeof quote>[]) => ({
    key,
    occasion: 'o',
    text: 't',
    act: 'COMMENT' as const,
    quotes,
  });
  const ok = pinQuoteSpans([statement('s', quote('We said'), quote('no more', 17))], bodies);
  expect(ok.problems).toEqual([]);
  expect(ok.statements[0]!.quotes.map((q) => [q.start, q.end])).toEqual([
    [9, 16],
    [17, 24],
  ]);
  const bad = pinQuoteSpans([statement('s', quote('no more'), quote('never'))], bodies);
  expect(bad.problems).toEqual([
    'statements.s.quotes.0: the text occurs 2 times in a (at 0, 17); set "start" to the one meant',
    'statements.s.quotes.1: the text does not occur in a: "never"',
  ]);
});
