import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { planRelationalQueries } from './query-plans.ts';
import { relations } from './relations.ts';
import { applyPragmas, rememberSqlHook } from './writer.ts';
import { rekeyAliases, type RekeyCollision } from './rekey.ts';
import { backfillSync } from '../sync/record.ts';

import { ensureKnownOutlets } from '../outlets/ensure-outlets.ts';

export type ParleyDb = BetterSQLite3Database<typeof relations> & { $client: Database.Database };

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface OpenDatabaseOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Called with every SQL statement SQLite executes; tests count them to prove queries stay bounded. */
  onSql?: (sql: string) => void;
  readonly?: boolean;
  /** Plan relational queries once per shape and reuse the prepared statement (default true; query-plans.ts). */
  planQueries?: boolean;
  /** Told of aliases whose recomputed name key collided with another actor's (see rekeyAliases). */
  onCollision?: (collision: RekeyCollision) => void;
}

/**
 * Opens (creating if missing) an SQLite file with the pragmas Parley relies on and brings its schema up to
 * date. Hosts own the connection: the GraphQL schema only ever sees the db handed to it in the context.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): ParleyDb {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path, {
    readonly: options.readonly ?? false,
    verbose: options.onSql ? (message) => options.onSql?.(String(message)) : undefined,
  });
  // WAL lets readers proceed while a writer commits; several API processes can share one file.
  applyPragmas(sqlite);
  if (options.onSql) rememberSqlHook(sqlite, options.onSql);
  // jit: drizzle compiles each prepared relational query's row mapper once, instead of rebuilding its
  // decoders for every nested row (the largest cost of an uncached read after the plan cache).
  const db = drizzle({ client: sqlite, relations, jit: true }) as ParleyDb;
  if (options.planQueries !== false) planRelationalQueries(db);
  if (options.migrate !== false && !options.readonly) {
    migrate(db, { migrationsFolder });
    ensureKnownOutlets(db);
    const collisions = rekeyAliases(db);
    for (const c of collisions) {
      if (options.onCollision) options.onCollision(c);
      else console.warn(`alias "${c.text}" of actor ${c.actorId} now has the same key as actor ${c.keptBy}'s; it no longer resolves`);
    }
    // A ledger older than the sync feed: announce its public records once (the migration left a flag).
    sqlite
      .transaction(() => {
        if (sqlite.prepare(`SELECT 1 FROM sync_meta WHERE key = 'backfill'`).get()) {
          backfillSync(sqlite);
          sqlite.prepare(`DELETE FROM sync_meta WHERE key = 'backfill'`).run();
        }
      })
      .immediate();
  }
  // Planner statistics: ANALYZE the tables that have none or have grown a lot since (SQLite's advice for
  // long-lived connections). Without them SQLite can answer `status = ? … ORDER BY said_on DESC LIMIT 50`
  // from the status index and sort every published statement on every feed request.
  if (!options.readonly) sqlite.pragma('optimize=0x10002');
  return db;
}
