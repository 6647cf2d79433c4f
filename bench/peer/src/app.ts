// The peer's GraphQL endpoint: drizzle-graphql's auto-generated schema over the benchmark's SQLite file,
// served by graphql-yoga — the setup drizzle-graphql's README shows.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { buildSchema } from 'drizzle-graphql';
import { createYoga } from 'graphql-yoga';
import * as tables from './tables.ts';

export function createPeer(path: string, onSql?: (sql: string) => void) {
  const sqlite = new Database(path, { readonly: true, verbose: onSql ? (m) => onSql(String(m)) : undefined });
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema: tables });
  const { schema } = buildSchema(db);
  const yoga = createYoga({ schema, graphiql: false, landingPage: false, logging: false });
  return { yoga, schema, close: () => sqlite.close() };
}
