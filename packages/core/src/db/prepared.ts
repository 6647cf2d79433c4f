import type Database from 'better-sqlite3';
import type { ParleyDb } from './open.ts';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Hand-written SQL is prepared once per connection and reused on every request. */
export function prepared(db: ParleyDb, sql: string): Database.Statement {
  const client = db.$client;
  let statements = cache.get(client);
  if (!statements) {
    statements = new Map();
    cache.set(client, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = client.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
