// What differs between the two engines for code that otherwise runs on either: raw SQL's entry point. Drizzle's
// query builders and relational queries are awaited the same way on both; a raw `sql` query is `db.all` on
// better-sqlite3 and `db.execute` on node-postgres.
import type { SQL } from 'drizzle-orm';
import type { ParleyDb } from './open.ts';
import { prepared } from './prepared.ts';

export type Engine = 'sqlite' | 'postgres';

/** True for an SQLite database (better-sqlite3); false for PostgreSQL. */
export function isSqlite(db: ParleyDb): boolean {
  return typeof (db.$client as { prepare?: unknown } | undefined)?.prepare === 'function';
}

/** What openPostgres leaves on its database so that a write can run on one pooled connection of its own. */
export interface PgWriteSession {
  connect(): Promise<{ query(text: string, values?: unknown[]): Promise<unknown>; release(destroy?: boolean): void }>;
  /** A drizzle database over that one connection: its queries are the transaction's. */
  over(client: unknown): ParleyDb;
}

const PG_SESSION = Symbol.for('parley.pgWriteSession');

export function setPgWriteSession(db: ParleyDb, session: PgWriteSession): void {
  (db as unknown as Record<symbol, PgWriteSession>)[PG_SESSION] = session;
}

export function pgWriteSession(db: ParleyDb): PgWriteSession {
  const session = (db as unknown as Record<symbol, PgWriteSession | undefined>)[PG_SESSION];
  if (!session) throw new Error('this PostgreSQL database was not opened by openPostgres: it cannot run writes');
  return session;
}

/** Runs one statement that returns nothing (BEGIN, SAVEPOINT…) on either engine, inside the caller's connection. */
export async function execute(db: ParleyDb, text: string): Promise<void> {
  if (isSqlite(db)) db.$client.exec(text);
  else await (db.$client as unknown as { query(text: string): Promise<unknown> }).query(text);
}

export const engineOf = (db: ParleyDb): Engine => (isSqlite(db) ? 'sqlite' : 'postgres');

/**
 * The rows of a raw SQL query, on either engine. On SQLite its text is prepared once per connection, as
 * queryRows' is: `db.all` would prepare it again on every call (a node lookup spent 4% of its CPU there).
 */
export async function rawRows<T>(db: ParleyDb, query: SQL): Promise<T[]> {
  if (isSqlite(db)) {
    const { dialect } = db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } };
    const { sql: text, params } = dialect.sqlToQuery(query);
    return prepared(db, text).all(...params) as T[];
  }
  const result = await (db as unknown as { execute(q: SQL): Promise<{ rows: T[] }> }).execute(query);
  return result.rows;
}

/**
 * Hand-written SQL with `?` placeholders, on either engine: prepared once per connection on SQLite, numbered
 * ($1, $2…) for PostgreSQL. The SQL must be portable (counts and averages come back as numbers on both: see
 * pg/open.ts) and hold no literal question mark.
 */
export async function queryRows<T>(db: ParleyDb, text: string, ...params: unknown[]): Promise<T[]> {
  if (isSqlite(db)) return prepared(db, text).all(...params) as T[];
  let n = 0;
  const numbered = text.replace(/\?/g, () => `$${++n}`);
  const pool = db.$client as unknown as { query(text: string, values: unknown[]): Promise<{ rows: T[] }> };
  return (await pool.query(numbered, params)).rows;
}
