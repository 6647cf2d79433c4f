// Appends to the public sync feed what a write changed in the public dataset. Runs inside the write's own
// transaction (see write()), after its rows are in place: each touched record is projected as the public
// sees it now and compared with what the feed last said about it.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { globalId } from './global-id.ts';
import { preparedOn, project, PROJECTIONS } from './projections.ts';

export type Touched = Map<string, Set<number>>;

export function touch(touched: Touched, entity: string, id: number): void {
  let ids = touched.get(entity);
  if (!ids) touched.set(entity, (ids = new Set()));
  ids.add(id);
}

// A change to one row can change the public record of others: a statement's status decides whether its
// quotes are public, an occasion carries its statements' date precision and venue, a stance lives inside
// its claim. Each entry lists, for a logged entity, the SQL that finds the records it affects.
const AFFECTS: Record<string, [entity: string, sql: string | null][]> = {
  Statement: [
    ['Statement', null],
    ['Quote', 'SELECT id FROM quotes WHERE statement_id = ?'],
  ],
  Occasion: [['Statement', 'SELECT id FROM statements WHERE occasion_id = ?']],
  Quote: [['Quote', null]],
  Source: [
    ['Source', null],
    ['Quote', 'SELECT id FROM quotes WHERE source_id = ?'],
  ],
  Actor: [['Actor', null]],
  ActorAlias: [['Actor', 'SELECT actor_id FROM actor_aliases WHERE id = ?']],
  ActorRole: [['Actor', 'SELECT actor_id FROM actor_roles WHERE id = ?']],
  Event: [['Event', null]],
  Claim: [['Claim', null]],
  ClaimStance: [['Claim', 'SELECT claim_id FROM claim_stances WHERE id = ?']],
  NegotiationRound: [
    ['NegotiationRound', null],
    ['Demand', 'SELECT id FROM demands WHERE round_id = ?'],
  ],
  RoundUpdate: [['NegotiationRound', 'SELECT round_id FROM round_updates WHERE id = ?']],
  Demand: [['Demand', null]],
};

function expand(client: Database.Database, touched: Touched): Touched {
  const out: Touched = new Map();
  for (const [entity, ids] of touched) {
    for (const [target, sql] of AFFECTS[entity] ?? []) {
      for (const id of ids) {
        if (sql === null) touch(out, target, id);
        else for (const row of preparedOn(client, sql).raw().all(id) as [number][]) touch(out, target, row[0]);
      }
    }
  }
  return out;
}

const hashOf = (json: string) => createHash('sha1').update(json).digest('base64');

/**
 * Compares each touched record with the feed's last word on it and appends CREATED, UPDATED, RETRACTED or
 * DELETED as needed. A record that never was public says nothing; one that leaves the public dataset without
 * a retraction (a confirmation undone) is announced as RETRACTED too, because for a reader it is gone.
 */
export function recordSync(client: Database.Database, touchedRows: Touched, deletedReasons: Map<string, string> = new Map()): number {
  const state = preparedOn(client, 'SELECT hash FROM sync_state WHERE entity = ? AND entity_id = ?').pluck();
  const setState = preparedOn(client, 'INSERT INTO sync_state (entity, entity_id, hash) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET hash = excluded.hash');
  const dropState = preparedOn(client, 'DELETE FROM sync_state WHERE entity = ? AND entity_id = ?');
  const append = preparedOn(client, 'INSERT INTO sync_log (entity, entity_id, global_id, kind, data, reason) VALUES (?, ?, ?, ?, ?, ?)');
  let appended = 0;
  for (const [entity, idSet] of expand(client, touchedRows)) {
    if (!PROJECTIONS[entity]) continue;
    const ids = [...idSet].sort((a, b) => a - b);
    const now = project(client, entity, ids);
    for (const id of ids) {
      const last = state.get(entity, id) as string | undefined;
      const record = now.get(id);
      if (record?.public) {
        const json = JSON.stringify(record.data);
        const hash = hashOf(json);
        if (hash === last) continue;
        append.run(entity, id, globalId(entity, id), last === undefined ? 'CREATED' : 'UPDATED', json, null);
        setState.run(entity, id, hash);
      } else {
        if (last === undefined) continue;
        const kind = record ? 'RETRACTED' : 'DELETED';
        const reason = record ? record.retracted : (deletedReasons.get(`${entity}:${id}`) ?? null);
        append.run(entity, id, globalId(entity, id), kind, null, reason || null);
        dropState.run(entity, id);
      }
      appended += 1;
    }
  }
  return appended;
}

/** Announces every public record not yet in the feed: the one-off backfill of a database that predates it. */
export function backfillSync(client: Database.Database): number {
  const touched: Touched = new Map();
  const tables: Record<string, string> = {
    Actor: 'actors',
    Source: 'sources',
    NegotiationRound: 'negotiation_rounds',
    Demand: 'demands',
    Statement: 'statements',
    Event: 'events',
    Claim: 'claims',
  };
  // Creation order, so that a replaying client meets a record's references before the record itself.
  for (const [entity, table] of Object.entries(tables)) {
    for (const id of client.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[]) touch(touched, entity, id);
  }
  return recordSync(client, touched);
}
