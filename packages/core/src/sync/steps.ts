// The sync feed's bookkeeping is written once, as generators that yield each query they need answered, and run
// by a driver: recordSync's answers them asynchronously on either engine (queryRows on the write's own
// connection); backfillSync's answers them synchronously on an SQLite connection, from inside openDatabase,
// which cannot wait. Both prepare each text once per connection (db/prepared.ts) and share those statements.
import type Database from 'better-sqlite3';
import { queryRows } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type Row = Record<string, any>;

/** One query: `?` placeholders, as queryRows takes them. Every one returns rows (writes say RETURNING). */
export interface Ask {
  sql: string;
  params: unknown[];
}

/** A computation that yields queries and is resumed with their rows. */
export type Steps<T> = Generator<Ask, T, Row[]>;

export const ask = (sql: string, ...params: unknown[]): Ask => ({ sql, params });

/** Tagged, so SQL logs (and the tests that count reads) can tell the feed's bookkeeping from other queries. */
export const tagged = (sql: string): string => `/* sync feed */ ${sql}`;

/** Runs `steps` on `db` (the write's transaction), on either engine. */
export async function drive<T>(db: ParleyDb, steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await queryRows<Row>(db, next.value.sql, ...next.value.params));
  return next.value;
}

/** Runs `steps` at once on an SQLite connection: for code that cannot wait (openDatabase's backfill). */
export function driveSqlite<T>(client: Database.Database, steps: Steps<T>): T {
  // prepared() reads only the connection, so these statements are the ones queryRows prepares for it.
  const db = { $client: client } as unknown as ParleyDb;
  let next = steps.next();
  while (!next.done) next = steps.next(prepared(db, next.value.sql).all(...next.value.params) as Row[]);
  return next.value;
}
