// Appends to the public sync feed what a write changed in the public dataset. Runs inside the write's own
// transaction (see write()), after its rows are in place: each touched record is projected as the public
// sees it now and compared with what the feed last said about it.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { engineOf, type Engine } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { globalId } from './global-id.ts';
import { PROJECTIONS, projecting } from './projections.ts';
import { ask, drive, driveSqlite, type Steps, tagged } from './steps.ts';

export type Touched = Map<string, Set<number>>;

export function touch(touched: Touched, entity: string, id: number): void {
  let ids = touched.get(entity);
  if (!ids) touched.set(entity, (ids = new Set()));
  ids.add(id);
}

// A change to one row can change the public record of others: a statement's status decides whether its
// quotes are public, an occasion carries its statements' date precision and venue, a stance lives inside
// its claim. Each entry lists, for a logged entity, the SQL that finds the (ids of the) records it affects.
const AFFECTS: Record<string, [entity: string, sql: string | null][]> = tagAll({
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
  ActorAlias: [['Actor', 'SELECT actor_id AS id FROM actor_aliases WHERE id = ?']],
  ActorRole: [['Actor', 'SELECT actor_id AS id FROM actor_roles WHERE id = ?']],
  Event: [['Event', null]],
  Claim: [['Claim', null]],
  ClaimStance: [['Claim', 'SELECT claim_id AS id FROM claim_stances WHERE id = ?']],
  NegotiationRound: [
    ['NegotiationRound', null],
    ['Demand', 'SELECT id FROM demands WHERE round_id = ?'],
  ],
  RoundUpdate: [['NegotiationRound', 'SELECT round_id AS id FROM round_updates WHERE id = ?']],
  Demand: [['Demand', null]],
});

function tagAll(affects: Record<string, [string, string | null][]>): Record<string, [string, string | null][]> {
  return Object.fromEntries(Object.entries(affects).map(([entity, list]) => [entity, list.map(([t, sql]) => [t, sql && tagged(sql)])]));
}

function* expand(touched: Touched): Steps<Touched> {
  const out: Touched = new Map();
  for (const [entity, ids] of touched) {
    for (const [target, sql] of AFFECTS[entity] ?? []) {
      for (const id of ids) {
        if (sql === null) touch(out, target, id);
        else for (const row of yield ask(sql, id)) touch(out, target, row.id);
      }
    }
  }
  return out;
}

const hashOf = (json: string) => createHash('sha1').update(json).digest('base64');

const STATE = tagged('SELECT hash FROM sync_state WHERE entity = ? AND entity_id = ?');
// Every query here returns rows (RETURNING), so that one entry point, queryRows, runs them all on either engine.
const SET_STATE = tagged(
  'INSERT INTO sync_state (entity, entity_id, hash) VALUES (?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET hash = excluded.hash RETURNING entity_id',
);
const DROP_STATE = tagged('DELETE FROM sync_state WHERE entity = ? AND entity_id = ? RETURNING entity_id');
const APPEND = tagged('INSERT INTO sync_log (entity, entity_id, global_id, kind, data, reason) VALUES (?, ?, ?, ?, ?, ?) RETURNING id');

/**
 * Compares each touched record with the feed's last word on it and appends CREATED, UPDATED, RETRACTED or
 * DELETED as needed. A record that never was public says nothing; one that leaves the public dataset without
 * a retraction (a confirmation undone) is announced as RETRACTED too, because for a reader it is gone.
 * `tx` is the write's transaction (write() calls this before it commits).
 */
export function recordSync(tx: ParleyDb, touchedRows: Touched, deletedReasons: Map<string, string> = new Map()): Promise<number> {
  return drive(tx, recording(engineOf(tx), touchedRows, deletedReasons));
}

function* recording(engine: Engine, touchedRows: Touched, deletedReasons: Map<string, string>): Steps<number> {
  let appended = 0;
  for (const [entity, idSet] of yield* expand(touchedRows)) {
    if (!PROJECTIONS[entity]) continue;
    const ids = [...idSet].sort((a, b) => a - b);
    const now = yield* projecting(engine, entity, ids);
    for (const id of ids) {
      const last = (yield ask(STATE, entity, id))[0]?.hash as string | undefined;
      const record = now.get(id);
      if (record?.public) {
        const json = JSON.stringify(record.data);
        const hash = hashOf(json);
        if (hash === last) continue;
        yield ask(APPEND, entity, id, globalId(entity, id), last === undefined ? 'CREATED' : 'UPDATED', json, null);
        yield ask(SET_STATE, entity, id, hash);
      } else {
        if (last === undefined) continue;
        const kind = record ? 'RETRACTED' : 'DELETED';
        const reason = record ? record.retracted : (deletedReasons.get(`${entity}:${id}`) ?? null);
        yield ask(APPEND, entity, id, globalId(entity, id), kind, null, reason || null);
        yield ask(DROP_STATE, entity, id);
      }
      appended += 1;
    }
  }
  return appended;
}

/**
 * Announces every public record not yet in the feed: the one-off backfill of an SQLite database that predates
 * it. Synchronous, on the raw connection, because openDatabase runs it (inside its own transaction) and cannot
 * wait; PostgreSQL databases are created with the feed and never need it.
 */
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
  return driveSqlite(client, recording('sqlite', touched, new Map()));
}
