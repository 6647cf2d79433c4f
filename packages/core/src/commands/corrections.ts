// Retraction and deletion of anything a curator can create. A retraction keeps the row, with who, when and
// why, and takes it out of every public read; a deletion removes it and leaves a tombstone. Both are in the
// change log and the sync feed.
//
// The rule for references (README "Corrections"): the parts of a record go with it — a statement's quotes,
// targets and topics; a claim's stances; an event's locations; a round's status history and participants;
// an actor's aliases and roles; a discrepancy's versions. Any other record that points at it blocks the
// deletion (and, if that record is public, the retraction) with CONFLICT naming what points at it, so the
// public dataset never holds a reference to something it does not show.
import { sql } from 'drizzle-orm';
import { queryRows, rawRows } from '../db/engine.ts';
import { tombstones } from '../db/schema.ts';
import { userError } from '../errors.ts';
import { globalId } from '../sync/global-id.ts';
import { write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

interface Reference {
  /** What the client is told points at the record, e.g. "3 statements (as speaker)". */
  label: string;
  /** Ids of referring rows, given the record's id as ?1. */
  sql: string;
  /** Extra condition that makes a referring row public (its alias is r); portable SQL (TRUE, not 1). */
  public: string;
}

interface Correctable {
  table: string;
  what: string;
  /** Retracted through a status column, so every status filter already hides it. */
  status?: { value: string };
  references: Reference[];
  /** Parts deleted with it that are records of their own (sync feed, tombstones): entity and SQL for ids. */
  parts?: [entity: string, sql: string][];
}

const PUBLIC_STATEMENT = `r.status = 'PUBLISHED'`;
const NOT_RETRACTED = 'r.retracted_at IS NULL';

export const CORRECTABLE: Record<string, Correctable> = {
  Actor: {
    table: 'actors',
    what: 'actor',
    status: { value: 'RETRACTED' },
    references: [
      { label: 'statements (as speaker)', sql: 'SELECT r.id FROM statements r WHERE r.speaker_id = ?1', public: PUBLIC_STATEMENT },
      {
        label: 'statements (as target)',
        sql: 'SELECT r.id FROM statement_targets t JOIN statements r ON r.id = t.statement_id WHERE t.actor_id = ?1',
        public: PUBLIC_STATEMENT,
      },
      {
        label: 'occasions (as speaker)',
        sql: 'SELECT r.id FROM occasions r WHERE r.speaker_id = ?1',
        public: `EXISTS (SELECT 1 FROM statements s WHERE s.occasion_id = r.id AND s.status = 'PUBLISHED')`,
      },
      { label: 'claim stances', sql: 'SELECT r.id FROM claim_stances r WHERE r.actor_id = ?1', public: NOT_RETRACTED },
      { label: 'demands', sql: 'SELECT r.id FROM demands r WHERE r.by_id = ?1 OR r.to_id = ?1', public: NOT_RETRACTED },
      {
        label: 'round participations',
        sql: 'SELECT r.id FROM round_participants p JOIN negotiation_rounds r ON r.id = p.round_id WHERE p.actor_id = ?1',
        public: NOT_RETRACTED,
      },
      { label: 'process mediations', sql: 'SELECT r.process_id FROM process_mediators r WHERE r.actor_id = ?1', public: 'TRUE' },
      { label: 'member actors', sql: `SELECT r.id FROM actors r WHERE r.parent_id = ?1`, public: `r.status = 'ACTIVE'` },
      { label: "other actors' roles", sql: 'SELECT r.id FROM actor_roles r WHERE r.organization_id = ?1 AND r.actor_id != ?1', public: 'TRUE' },
    ],
  },
  Source: {
    table: 'sources',
    what: 'source',
    references: [
      { label: 'quotes', sql: 'SELECT r.id FROM quotes r WHERE r.source_id = ?1', public: `r.link = 'CONFIRMED' AND ${NOT_RETRACTED}` },
      { label: 'events', sql: 'SELECT r.id FROM events r WHERE r.source_id = ?1', public: NOT_RETRACTED },
      { label: 'claims', sql: 'SELECT r.id FROM claims r WHERE r.source_id = ?1', public: NOT_RETRACTED },
      { label: 'claim stances', sql: 'SELECT r.id FROM claim_stances r WHERE r.source_id = ?1', public: NOT_RETRACTED },
      { label: 'round updates', sql: 'SELECT r.id FROM round_updates r WHERE r.source_id = ?1', public: 'TRUE' },
      { label: 'demands', sql: 'SELECT r.id FROM demands r WHERE r.source_id = ?1', public: NOT_RETRACTED },
      { label: 'actor aliases', sql: 'SELECT r.id FROM actor_aliases r WHERE r.source_id = ?1', public: 'TRUE' },
      { label: 'actor roles', sql: 'SELECT r.id FROM actor_roles r WHERE r.source_id = ?1', public: 'TRUE' },
      { label: 'discrepancy versions', sql: 'SELECT r.id FROM discrepancy_versions r WHERE r.source_id = ?1', public: 'TRUE' },
    ],
  },
  Occasion: {
    table: 'occasions',
    what: 'occasion',
    references: [{ label: 'statements', sql: 'SELECT r.id FROM statements r WHERE r.occasion_id = ?1', public: PUBLIC_STATEMENT }],
  },
  Statement: {
    table: 'statements',
    what: 'statement',
    status: { value: 'RETRACTED' },
    references: [{ label: 'claim stances', sql: 'SELECT r.id FROM claim_stances r WHERE r.statement_id = ?1', public: NOT_RETRACTED }],
    parts: [['Quote', 'SELECT id FROM quotes WHERE statement_id = ?1']],
  },
  Quote: { table: 'quotes', what: 'quote', references: [] },
  NegotiationRound: {
    table: 'negotiation_rounds',
    what: 'round',
    references: [
      { label: 'statements', sql: 'SELECT r.id FROM statements r WHERE r.round_id = ?1', public: PUBLIC_STATEMENT },
      { label: 'demands', sql: 'SELECT r.id FROM demands r WHERE r.round_id = ?1', public: NOT_RETRACTED },
    ],
  },
  Demand: { table: 'demands', what: 'demand', references: [] },
  Event: {
    table: 'events',
    what: 'event',
    references: [{ label: 'claims', sql: 'SELECT r.id FROM claims r WHERE r.event_id = ?1', public: NOT_RETRACTED }],
  },
  Claim: { table: 'claims', what: 'claim', references: [], parts: [['ClaimStance', 'SELECT id FROM claim_stances WHERE claim_id = ?1']] },
  ClaimStance: { table: 'claim_stances', what: 'claim stance', references: [] },
  Discrepancy: { table: 'discrepancies', what: 'discrepancy', references: [] },
};

export const CORRECTABLE_ENTITIES = Object.keys(CORRECTABLE);

type Row = Record<string, unknown> & { id: number };

function spec(entity: string): Correctable {
  const found = CORRECTABLE[entity];
  if (!found) throw userError('BAD_USER_INPUT', `entity: ${entity} cannot be retracted or deleted`, 'entity');
  return found;
}

/** Runs one of the queries above with the record's id for each ?1 (bound, so each text is prepared once). */
function byId<T>(tx: Tx, query: string, id: number): Promise<T[]> {
  const parts = query.split('?1');
  return queryRows<T>(tx, parts.join('?'), ...parts.slice(1).map(() => id));
}

async function load({ tx }: WriteScope, c: Correctable, id: number): Promise<Row> {
  const [row] = await byId<Row>(tx, `SELECT * FROM ${c.table} WHERE id = ?1`, id);
  if (!row) throw userError('NOT_FOUND', `id: no ${c.what} with that id`, 'id');
  return row;
}

/** Refuses with CONFLICT when anything (anything public, for a retraction) still points at the record. */
async function refuseIfReferenced({ tx }: WriteScope, c: Correctable, id: number, onlyPublic: boolean): Promise<void> {
  const found: string[] = [];
  for (const ref of c.references) {
    // PostgreSQL wants a name for a subquery in FROM.
    const query = onlyPublic ? `SELECT count(*) AS n FROM (${ref.sql} AND ${ref.public}) refs` : `SELECT count(*) AS n FROM (${ref.sql}) refs`;
    const n = (await byId<{ n: number }>(tx, query, id))[0]!.n;
    if (n > 0) found.push(`${n} ${ref.label}`);
  }
  if (found.length) {
    const verb = onlyPublic ? 'retracted' : 'deleted';
    throw userError('CONFLICT', `id: this ${c.what} cannot be ${verb} while ${onlyPublic ? 'public ' : ''}records refer to it: ${found.join(', ')}`, 'id');
  }
}

export interface CorrectionResult {
  entity: string;
  id: number;
  globalId: string;
  at: string;
  by: string;
  reason: string;
}

function checkReason(reason: string): string {
  const r = reason.trim();
  if (!r) throw userError('BAD_USER_INPUT', 'reason: must not be empty', 'reason');
  return r;
}

/** Retracts a record: kept with who, when and why; hidden from every public read. */
export async function retractRecord(ctx: CommandContext, entity: string, id: number, reason: string): Promise<CorrectionResult> {
  const c = spec(entity);
  const why = checkReason(reason);
  return write(ctx, async (scope) => {
    const before = await load(scope, c, id);
    if (before.retracted_at) throw userError('CONFLICT', `id: this ${c.what} was already retracted on ${before.retracted_at}`, 'id');
    await refuseIfReferenced(scope, c, id, true);
    const at = new Date().toISOString();
    const status = c.status ? sql`, status = ${c.status.value}` : sql``;
    // RETURNING: rawRows reads rows on both engines, and a statement that returns none cannot be read on SQLite.
    await rawRows(
      scope.tx,
      sql`UPDATE ${sql.identifier(c.table)} SET retracted_at = ${at}, retracted_by = ${scope.who}, retraction_reason = ${why}${status} WHERE id = ${id} RETURNING id`,
    );
    scope.log(entity, id, 'retract', before, await load(scope, c, id));
    if (entity === 'Statement' && before.status === 'PUBLISHED') scope.publish('statementWithdrawn', id);
    return { entity, id, globalId: globalId(entity, id), at, by: scope.who, reason: why };
  });
}

async function bury(scope: WriteScope, entity: string, id: number, before: Row, reason: string): Promise<void> {
  await scope.tx.insert(tombstones).values({ entity, entityId: id, globalId: globalId(entity, id), who: scope.who, reason });
  scope.log(entity, id, 'delete', before, null);
  scope.deleted(entity, id, reason);
}

/** Deletes a record and its parts, leaving a tombstone for each. */
export async function deleteRecord(ctx: CommandContext, entity: string, id: number, reason: string): Promise<CorrectionResult> {
  const c = spec(entity);
  const why = checkReason(reason);
  return write(ctx, async (scope) => {
    const before = await load(scope, c, id);
    await refuseIfReferenced(scope, c, id, false);
    for (const [part, query] of c.parts ?? []) {
      for (const row of await byId<Row>(scope.tx, query.replace('SELECT id', 'SELECT *'), id)) {
        await bury(scope, part, row.id, row, `part of ${c.what} ${globalId(entity, id)}: ${why}`);
      }
    }
    // Parts go by ON DELETE CASCADE; anything else still referring would fail here, which the check prevents.
    await rawRows(scope.tx, sql`DELETE FROM ${sql.identifier(c.table)} WHERE id = ${id} RETURNING id`);
    await bury(scope, entity, id, before, why);
    if (entity === 'Statement' && before.status === 'PUBLISHED') scope.publish('statementWithdrawn', id);
    const at = new Date().toISOString();
    return { entity, id, globalId: globalId(entity, id), at, by: scope.who, reason: why };
  });
}
