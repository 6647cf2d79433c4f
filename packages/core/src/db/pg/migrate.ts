// Start-up on PostgreSQL: many API processes (on many hosts) may start at once against one database; exactly one
// of them applies the pending migrations while the others wait, then find nothing left to do.
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

/** The PostgreSQL migrations, beside SQLite's (same depth from src/ and from dist/). */
export const pgMigrationsFolder = fileURLToPath(new URL('../../../drizzle-pg', import.meta.url));

/** drizzle's record of applied migrations on PostgreSQL. */
export const PG_MIGRATIONS_TABLE = 'drizzle.__drizzle_migrations';

/**
 * The advisory lock key of start-up work that must run once per database: 'parley' in ASCII. Seeding an empty
 * database will take the same lock, so that the process that migrated also seeds and the others wait for it.
 */
export const STARTUP_LOCK = 0x7061726c6579n;

// SQLite compares text byte by byte; lists and cursors order by names and ISO dates. A database whose collation
// sorts by language rules ("a" < "B") would page differently, so only byte or code-point order is accepted.
const ORDERED_AS_SQLITE = new Set(['C', 'POSIX', 'C.UTF-8', 'C.utf8']);

/**
 * Runs `work` on one dedicated connection while holding the start-up lock: a session-level advisory lock, so the
 * connection is released to the pool only after unlocking, and destroyed if unlocking failed.
 */
export async function withStartupLock<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let held = false;
  let unlocked = false;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK.toString()]);
    held = true;
    return await work(client);
  } finally {
    if (held)
      unlocked = await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK.toString()]).then(
        () => true,
        () => false,
      );
    // A connection that may still hold the lock must not go back to the pool: destroy it, which ends the session.
    client.release(!unlocked);
  }
}

export interface PgMigrateReport {
  /** Migrations this call applied: all pending ones in the process that won the lock, none in the others. */
  applied: number;
}

/**
 * Brings a PostgreSQL database's schema up to date with drizzle's migrator, under the start-up lock. Takes a
 * connection URL (a pool of one is opened and closed here) or the host's pool.
 */
export async function migratePostgres(target: string | pg.Pool): Promise<PgMigrateReport> {
  const pool = typeof target === 'string' ? new pg.Pool({ connectionString: target, max: 1 }) : target;
  try {
    return await withStartupLock(pool, async (client) => {
      await checkCollation(client);
      const before = await appliedCount(client);
      await migrate(drizzle({ client }), { migrationsFolder: pgMigrationsFolder });
      return { applied: (await appliedCount(client)) - before };
    });
  } finally {
    if (pool !== target) await pool.end();
  }
}

async function appliedCount(client: pg.PoolClient): Promise<number> {
  const exists = await client.query<{ table: string | null }>(`SELECT to_regclass('${PG_MIGRATIONS_TABLE}')::text AS table`);
  if (!exists.rows[0]?.table) return 0;
  return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${PG_MIGRATIONS_TABLE}`)).rows[0]!.n;
}

async function checkCollation(client: pg.PoolClient): Promise<void> {
  // to_jsonb reads datlocprovider where it exists (PostgreSQL 15+: 'i' means ICU collation, whatever datcollate says).
  const { rows } = await client.query<{ name: string; collation: string; provider: string | null; icu: string | null }>(
    `SELECT datname AS name, datcollate AS collation, to_jsonb(d) ->> 'datlocprovider' AS provider, to_jsonb(d) ->> 'daticulocale' AS icu
       FROM pg_database d WHERE datname = current_database()`,
  );
  const { name, collation, provider, icu } = rows[0]!;
  const sorting = provider === 'i' ? `ICU "${icu}"` : ORDERED_AS_SQLITE.has(collation) ? null : `"${collation}"`;
  if (sorting)
    throw new Error(
      `PostgreSQL database "${name}" sorts text by the ${sorting} collation; Parley needs byte order, as on SQLite. ` +
        `Create it with: CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER libc LC_COLLATE 'C'`,
    );
}
