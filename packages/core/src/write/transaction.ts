import { eq, getTableColumns, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Viewer } from '../auth/viewer.ts';
import type { ParleyDb } from '../db/open.ts';
import { changes, idempotencyKeys } from '../db/schema.ts';
import { notFound, userError } from '../errors.ts';
import type { EventSink, ParleyTopics } from '../events.ts';
import { recordSync, touch, type Touched } from '../sync/record.ts';

export type Tx = Parameters<Parameters<ParleyDb['transaction']>[0]>[0];

/** What a command needs from its caller: the database, who is writing, and where committed events go. */
export interface CommandContext {
  db: ParleyDb;
  viewer?: Viewer | null;
  pubsub?: EventSink | null;
  /**
   * The request's idempotency key. The first write of the request claims it in its own transaction, so a
   * retry can tell that the write committed even when its answer never reached the client.
   */
  idempotency?: IdempotencyClaim | null;
}

export interface IdempotencyClaim {
  key: string;
  who: string;
  claimed?: boolean;
}

export interface WriteScope {
  tx: Tx;
  /** Appends to the change log inside the same transaction. */
  log(entity: string, entityId: number, action: string, before: unknown, after: unknown): void;
  /** Queues a publication; it goes out only after the transaction commits. */
  publish<K extends keyof ParleyTopics>(topic: K, ...args: ParleyTopics[K]): void;
  /** Marks a record whose public form may have changed without a change-log row of its own (sync feed). */
  touch(entity: string, entityId: number): void;
  /** Says why a record was deleted, for the sync feed's DELETED entry. */
  deleted(entity: string, entityId: number, reason: string): void;
  /** Who is writing, as the change log names them. */
  who: string;
}

/**
 * Every command runs here: one SQLite transaction for its rows and their change-log entries, so a failure
 * anywhere leaves nothing half-written; subscribers hear of it only once it has committed.
 */
export function write<T>(ctx: CommandContext, fn: (scope: WriteScope) => T, who = ctx.viewer?.name ?? 'system'): T {
  const queued: Array<() => void> = [];
  const tokenId = ctx.viewer?.tokenId ?? null;
  const claim = ctx.idempotency && !ctx.idempotency.claimed ? ctx.idempotency : null;
  const result = ctx.db.transaction((tx): any => {
    if (claim) {
      const taken = tx.insert(idempotencyKeys).values({ key: claim.key, who: claim.who }).onConflictDoNothing().returning().get();
      if (!taken) throw userError('CONFLICT', 'Idempotency-Key: a write with this key was already applied', 'Idempotency-Key');
    }
    const touched: Touched = new Map();
    const reasons = new Map<string, string>();
    const value = fn({
      tx,
      who,
      log: (entity, entityId, action, before, after) => {
        tx.insert(changes)
          .values({ who, tokenId, entity, entityId, action, before: before ?? null, after: after ?? null })
          .run();
        touch(touched, entity, entityId);
      },
      publish: (topic, ...args) => {
        queued.push(() => ctx.pubsub?.publish(topic, ...args));
      },
      touch: (entity, entityId) => touch(touched, entity, entityId),
      deleted: (entity, entityId, reason) => reasons.set(`${entity}:${entityId}`, reason),
    });
    // The sync feed is written in the same transaction, after the rows: it can never disagree with them.
    if (touched.size) recordSync(ctx.db.$client, touched, reasons);
    return value;
  });
  if (claim) claim.claimed = true;
  // The write has committed: a failing publication must not turn it into an error for the writer.
  for (const send of queued) {
    try {
      send();
    } catch {
      // subscribers catch up through Last-Event-ID
    }
  }
  return result as T;
}

type WithId = SQLiteTable & { id: any };

/** Loads a row by primary key inside the transaction or fails with NOT_FOUND naming the field. */
export function mustFind<T extends WithId>(tx: Tx, table: T, id: number, field: string, what: string): InferSelectModel<T> {
  const row = tx
    .select()
    .from(table as any)
    .where(eq(getTableColumns(table as any).id as any, id))
    .get();
  if (!row) throw notFound(field, what);
  return row as InferSelectModel<T>;
}

/** An optional reference: null stays null, a given id must name an existing row of that table. */
export function optionalRef<T extends WithId>(tx: Tx, table: T, id: number | null | undefined, field: string, what: string): number | null {
  if (id == null) return null;
  mustFind(tx, table, id, field, what);
  return id;
}
