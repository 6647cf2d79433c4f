// A PostgreSQL database as Parley's code sees it: drizzle over a node-postgres pool, with relations built from the
// same description as SQLite's, typed as ParleyDb so that code which awaits its queries runs on either engine.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { setPgWriteSession } from '../engine.ts';
import type { ParleyDb } from '../open.ts';
import { planPostgresRelationalQueries } from '../query-plans.ts';
import { ensureKnownOutletsOn } from '../../outlets/ensure-outlets.ts';
import { migratePostgres, withStartupLock } from './migrate.ts';
import { relations } from './relations.ts';

export interface OpenPostgresOptions {
  /** Connections in this process's pool (PARLEY_PG_POOL). */
  poolSize?: number;
  /** Longest a statement may run before PostgreSQL cancels it, in ms (PARLEY_PG_STATEMENT_TIMEOUT); 0: no limit. */
  statementTimeoutMs?: number;
  /** Apply pending migrations under the start-up lock first (default true). */
  migrate?: boolean;
  /** Plan relational queries once per shape, as on SQLite (default true; query-plans.ts). */
  planQueries?: boolean;
}

export interface PostgresDb {
  db: ParleyDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

// count(*) is bigint and avg() numeric on PostgreSQL, which node-postgres hands over as strings; SQLite gives
// numbers. Ledger counts stay far below 2^53, so both are read as numbers and the API answers the same JSON.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number.parseInt(value, 10);
    if (oid === pg.types.builtins.NUMERIC) return (value: string) => Number.parseFloat(value);
    return pg.types.getTypeParser(oid, format);
  },
};

// node-postgres re-emits an idle connection's error on its pool, and an 'error' event nobody listens to ends the
// process: a PostgreSQL restart, or an administrator ending a session, must cost one connection, not the API.
function surviveIdleErrors(pool: pg.Pool, closing: () => boolean): void {
  pool.on('error', (error) => {
    if (!closing()) console.warn(`PostgreSQL closed an idle connection (${error.message}); the pool opens another when needed`);
  });
}

export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<PostgresDb> {
  let closing = false;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  surviveIdleErrors(pool, () => closing);
  try {
    if (options.migrate !== false) {
      await migratePostgres(pool);
      // The shipped outlets (wire agencies, their domains), as SQLite's openDatabase adds them: one transaction
      // under the start-up lock, so processes starting together add each once.
      await withStartupLock(pool, async (client) => {
        await client.query('BEGIN');
        try {
          await ensureKnownOutletsOn(drizzle({ client, relations }) as unknown as ParleyDb);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      });
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzle({ client: pool, relations, jit: true }) as unknown as ParleyDb;
  // Writes commit one at a time on every host (the writers' advisory lock), so one connection serves a process's
  // writes; apart from the readers' pool, a write never queues behind readers for a connection (under 50 readers
  // on a pool of 10, writes fell to a few per second).
  const writer = new pg.Pool({
    connectionString: url,
    max: 1,
    types,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  surviveIdleErrors(writer, () => closing);
  const sessions = new WeakMap<pg.PoolClient, ParleyDb>();
  setPgWriteSession(db, {
    connect: () => writer.connect(),
    over: (client) => {
      const pooled = client as pg.PoolClient;
      let session = sessions.get(pooled);
      if (!session) sessions.set(pooled, (session = drizzle({ client: pooled, relations, jit: true }) as unknown as ParleyDb));
      return session;
    },
  });
  if (options.planQueries !== false) planPostgresRelationalQueries(db as unknown as { query: Record<string, unknown> });
  const close = () => {
    closing = true;
    return Promise.all([pool.end(), writer.end()]).then(() => {});
  };
  return { db, pool, close };
}
