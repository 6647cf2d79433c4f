import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/**
 * Where tests create their databases. `.ci/run` points it at a database made for the run; per-test databases are
 * named after it, so the run can drop every one left behind.
 */
export const PG_URL = process.env.PARLEY_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why PostgreSQL cannot be used, or null when it answers. */
export async function postgresProblem(url = PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

export interface FreshDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function onBase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The run's prefix: the base database's own name when it is a run database, else a fixed one. */
function prefix(): string {
  const base = decodeURIComponent(new URL(PG_URL).pathname.slice(1));
  return base.startsWith('parley') ? base : 'parley_test';
}

/**
 * A new, empty database with a unique name, created with byte-order collation as Parley requires (see
 * migratePostgres) unless `options` (CREATE DATABASE's) say otherwise. Drop it in afterAll; FORCE ends connections
 * a test left open.
 */
export async function freshDatabase(label = 'db', options = `TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`): Promise<FreshDatabase> {
  const name = `${prefix()}_${label}_${process.pid}_${randomBytes(3).toString('hex')}`.toLowerCase().slice(0, 63);
  await onBase((c) => c.query(`CREATE DATABASE "${name}" ${options}`));
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onBase((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}) };
}

/**
 * A fresh database for one test file, created before its tests and dropped after. Each test calls `ready(ctx)`
 * first: without PostgreSQL it skips and says why, except under CI=true, where it fails instead.
 */
export function usePostgres(label: string) {
  let problem: string | null = null;
  let db: FreshDatabase | null = null;
  beforeAll(async () => {
    problem = await postgresProblem();
    if (!problem) db = await freshDatabase(label);
  });
  afterAll(async () => {
    await db?.drop();
  });
  return {
    get url(): string {
      if (!db) throw new Error('usePostgres: no database (call ready(ctx) first)');
      return db.url;
    },
    get name(): string {
      return db?.name ?? '';
    },
    ready(ctx: { skip: (note?: string) => void }): void {
      if (!problem) return;
      const message = `PostgreSQL is not reachable at ${PG_URL} (${problem})`;
      // CI machines run PostgreSQL: there a missing one is a failure, not a reason to skip.
      if (process.env.CI === 'true') throw new Error(message);
      console.warn(`Skipping: ${message}. Start it, or set PARLEY_TEST_PG_URL.`);
      ctx.skip();
    },
  };
}
