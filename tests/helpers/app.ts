import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, loadConfig, type App } from '@parley/api';
import { isSqlite, queryRows } from '@parley/core';
import { createApiToken, type ParleyDb } from '@parley/schema';
import { type FreshDatabase, freshDatabase } from './postgres.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestApp extends App {
  dir: string;
  editorToken: string;
  dispose(): Promise<void>;
}

/** The engine the integration suites run on: the `postgres` project sets PARLEY_TEST_ENGINE (vitest.config.ts). */
export const TEST_ENGINE = process.env.PARLEY_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export function tempDir(prefix = 'parley-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A real app on a fresh, empty database (a SQLite file in a temp folder, or a new PostgreSQL database when the run
 * is on PostgreSQL), migrated and seeded exactly as on first start.
 */
export async function makeApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = tempDir();
  let database: FreshDatabase | null = null;
  const where: Record<string, string> = { DATABASE_PATH: join(dir, 'parley.db') };
  if (TEST_ENGINE === 'postgres' && !env.DATABASE_PATH) {
    database = await freshDatabase('app');
    where.DATABASE_URL = database.url;
    // Each test file holds a handful of apps at once: the default pool of ten each would crowd the server.
    where.PARLEY_PG_POOL = '4';
  }
  const config = loadConfig({ ...where, PARLEY_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
  const app = await createApp(config);
  if (!env.DATABASE_PATH && app.engine !== TEST_ENGINE) throw new Error(`makeApp: wanted ${TEST_ENGINE}, got ${app.engine}`);
  const editorToken = (await createApiToken(app.db, 'test editor', 'EDITOR')).secret;
  return {
    ...app,
    dir,
    editorToken,
    async dispose() {
      await app.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Runs one operation through yoga.fetch, the same handler the HTTP server uses. */
export async function gql<T = any>(app: Pick<App, 'yoga'>, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> {
  const response = await app.yoga.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...(await response.json()) };
}

const TABLES_SQLITE = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search_index_%' AND name NOT LIKE '__drizzle%'`;
const TABLES_PG = `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '__drizzle%'`;

/** Every table's row count, to prove a failed write left nothing behind. */
export async function rowCounts(db: ParleyDb): Promise<Record<string, number>> {
  const names = await queryRows<{ name: string }>(db, isSqlite(db) ? TABLES_SQLITE : TABLES_PG);
  const counts = await Promise.all(names.map(({ name }) => countRows(db, `SELECT count(*) AS n FROM "${name}"`)));
  return Object.fromEntries(names.map(({ name }, i) => [name, counts[i]!]));
}

/** The `n` of a one-row count query (`?` placeholders), on either engine. */
export async function countRows(db: ParleyDb, text: string, ...params: unknown[]): Promise<number> {
  return Number((await queryRows<{ n: number | string }>(db, text, ...params))[0]!.n);
}

export const codes = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions?.code);
