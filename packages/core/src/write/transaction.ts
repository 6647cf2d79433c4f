import { AsyncLocalStorage } from 'node:async_hooks';
import { eq, getTableColumns, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Viewer } from '../auth/viewer.ts';
import { execute, isSqlite, pgWriteSession } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { sqliteWriter } from '../db/writer.ts';
import { changes, idempotencyKeys } from '../db/schema.ts';
import { notFound, userError } from '../errors.ts';
import type { EventSink, ParleyTopics } from '../events.ts';
import { recordSync, touch, type Touched } from '../sync/record.ts';
import { first } from './first.ts';

export { first } from './first.ts';

/**
 * The database a command writes through. Typed as the SQLite database for both engines: commands build their
 * queries with drizzle's builders and await them, which renders for whichever engine runs them.
 */
export type Tx = ParleyDb;

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
  /** Appends to the change log inside the same transaction (written in one statement before it commits). */
  log(entity: string, entityId: number, action: string, before: unknown, after: unknown): void;
  /** Queues a publication; it goes out only after the transaction commits. */
  publish<K extends keyof ParleyTopics>(topic: K, ...args: ParleyTopics[K]): void;
  /** Marks a record whose public form may have changed without a change-log row of its own (sync feed). */
  touch(entity: string, entityId: number): void;
  /** Says why a record was deleted, for the sync feed's DELETED entry. */
  deleted(entity: string, entityId: number, reason: string): void;
  /**
   * Runs part of the write so that its failure undoes only that part (a savepoint): its rows, change-log
   * entries and publications go with it, and the error is rethrown.
   */
  savepoint<R>(fn: (scope: WriteScope) => Promise<R>): Promise<R>;
  /** Who is writing, as the change log names them. */
  who: string;
}

interface Running {
  db: ParleyDb;
  scope: WriteScope;
}

// The write running in this async context, so that a command called from inside another joins its transaction
// (as better-sqlite3's nested transactions did) instead of waiting for it to end.
const running = new AsyncLocalStorage<Running>();

// PostgreSQL writers take this transaction-scoped advisory lock first: every writer on every host runs one at
// a time, as SQLite's single writer does, so READ COMMITTED sees everything committed before it and no two
// Parley writes can deadlock or fail serialization against each other.
const WRITER_LOCK = 0x70617231; // 'par1'
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected (against non-Parley writers)
const ATTEMPTS = 5;

interface Pending {
  rows: (typeof changes.$inferInsert)[];
  touched: Touched;
  reasons: Map<string, string>;
  queued: Array<() => void>;
  publisher?: EventSink['publish'];
}

function scopeFor(tx: Tx, who: string, tokenId: number | null, pending: Pending): WriteScope {
  const scope: WriteScope = {
    tx,
    who,
    log: (entity, entityId, action, before, after) => {
      pending.rows.push({ who, tokenId, entity, entityId, action, before: before ?? null, after: after ?? null });
      touch(pending.touched, entity, entityId);
    },
    publish: (topic, ...args) => {
      pending.queued.push(() => pending.publisher?.(topic, ...args));
    },
    touch: (entity, entityId) => touch(pending.touched, entity, entityId),
    deleted: (entity, entityId, reason) => pending.reasons.set(`${entity}:${entityId}`, reason),
    savepoint: async (fn) => {
      const mark = { rows: pending.rows.length, queued: pending.queued.length, touched: copyTouched(pending.touched) };
      const name = `parley_sp_${++savepoints}`;
      await execute(tx, `SAVEPOINT ${name}`);
      try {
        const value = await fn(scope);
        await execute(tx, `RELEASE SAVEPOINT ${name}`);
        return value;
      } catch (error) {
        await execute(tx, `ROLLBACK TO SAVEPOINT ${name}`);
        await execute(tx, `RELEASE SAVEPOINT ${name}`);
        pending.rows.length = mark.rows;
        pending.queued.length = mark.queued;
        pending.touched.clear();
        for (const [k, v] of mark.touched) pending.touched.set(k, v);
        throw error;
      }
    },
  };
  return scope;
}

let savepoints = 0;

const copyTouched = (touched: Touched): Touched => new Map([...touched].map(([k, v]) => [k, new Set(v)]));

/** The body of one attempt: the command's rows, then its change log and sync feed, all on `tx`. */
async function attempt<T>(ctx: CommandContext, tx: Tx, fn: (scope: WriteScope) => T | Promise<T>, who: string, pending: Pending): Promise<T> {
  const claim = ctx.idempotency && !ctx.idempotency.claimed ? ctx.idempotency : null;
  if (claim) {
    const taken = await first(tx.insert(idempotencyKeys).values({ key: claim.key, who: claim.who }).onConflictDoNothing().returning());
    if (!taken) throw userError('CONFLICT', 'Idempotency-Key: a write with this key was already applied', 'Idempotency-Key');
  }
  const scope = scopeFor(tx, who, ctx.viewer?.tokenId ?? null, pending);
  const value = await running.run({ db: ctx.db, scope }, () => fn(scope));
  if (pending.rows.length) await tx.insert(changes).values(pending.rows);
  // The sync feed is written in the same transaction, after the rows: it can never disagree with them.
  if (pending.touched.size) await recordSync(tx, pending.touched, pending.reasons);
  return value;
}

// One SQLite write at a time per database: BEGIN IMMEDIATE cannot nest on the writer connection, and queuing here
// is cheaper than SQLITE_BUSY. The write runs on the writer connection (db/writer.ts), so reads that run while it
// awaits see only committed rows.
const sqliteQueues = new WeakMap<object, Promise<unknown>>();

async function onSqlite<T>(db: ParleyDb, body: (tx: Tx) => Promise<T>): Promise<T> {
  const writer = sqliteWriter(db);
  const client = writer.$client;
  const before = sqliteQueues.get(client) ?? Promise.resolve();
  const mine = before.then(async () => {
    client.exec('BEGIN IMMEDIATE');
    try {
      const value = await body(writer);
      client.exec('COMMIT');
      return value;
    } catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK');
      throw error;
    }
  });
  sqliteQueues.set(
    client,
    mine.catch(() => {}),
  );
  return mine;
}

async function onPostgres<T>(db: ParleyDb, body: (tx: Tx) => Promise<T>): Promise<T> {
  const session = pgWriteSession(db);
  for (let n = 1; ; n++) {
    const client = await session.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
      const value = await body(session.over(client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      if (n < ATTEMPTS && RETRYABLE.has((error as { code?: string }).code ?? '')) {
        await new Promise((r) => setTimeout(r, 5 * 2 ** n * Math.random()));
        continue;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/**
 * Every command runs here: one transaction for its rows and their change-log entries, so a failure anywhere
 * leaves nothing half-written; subscribers hear of it only once it has committed. A command called inside
 * another's write joins that write.
 */
export async function write<T>(ctx: CommandContext, fn: (scope: WriteScope) => T | Promise<T>, who = ctx.viewer?.name ?? 'system'): Promise<T> {
  const outer = running.getStore();
  if (outer && outer.db === ctx.db) return fn(outer.scope);
  let pending!: Pending;
  const run = (tx: Tx) => {
    // A retried attempt starts from nothing: what the failed one queued was rolled back with it.
    pending = { rows: [], touched: new Map(), reasons: new Map(), queued: [], publisher: ctx.pubsub?.publish.bind(ctx.pubsub) };
    return attempt(ctx, tx, fn, who, pending);
  };
  const result = isSqlite(ctx.db) ? await onSqlite(ctx.db, run) : await onPostgres(ctx.db, run);
  if (ctx.idempotency) ctx.idempotency.claimed = true;
  // The write has committed: a failing publication must not turn it into an error for the writer.
  for (const send of pending.queued) {
    try {
      send();
    } catch {
      // subscribers catch up through Last-Event-ID
    }
  }
  return result;
}

type WithId = SQLiteTable & { id: any };

/** Loads a row by primary key inside the transaction or fails with NOT_FOUND naming the field. */
export async function mustFind<T extends WithId>(tx: Tx, table: T, id: number, field: string, what: string): Promise<InferSelectModel<T>> {
  const row = await first(
    tx
      .select()
      .from(table as any)
      .where(eq(getTableColumns(table as any).id as any, id))
      .limit(1),
  );
  if (!row) throw notFound(field, what);
  return row as InferSelectModel<T>;
}

/** An optional reference: null stays null, a given id must name an existing row of that table. */
export async function optionalRef<T extends WithId>(tx: Tx, table: T, id: number | null | undefined, field: string, what: string): Promise<number | null> {
  if (id == null) return null;
  await mustFind(tx, table, id, field, what);
  return id;
}
