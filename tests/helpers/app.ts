import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, loadConfig, type App } from '@parley/api';
import { createApiToken, type ParleyDb } from '@parley/schema';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestApp extends App {
  dir: string;
  editorToken: string;
  dispose(): void;
}

export function tempDir(prefix = 'parley-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A real app on a fresh SQLite file in a temp folder, migrated and seeded exactly as on first start. */
export async function makeApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = tempDir();
  const config = loadConfig({ DATABASE_PATH: join(dir, 'parley.db'), PARLEY_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
  const app = await createApp(config);
  const editorToken = (await createApiToken(app.db, 'test editor', 'EDITOR')).secret;
  return {
    ...app,
    dir,
    editorToken,
    dispose() {
      app.close();
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

/** Every table's row count, to prove a failed write left nothing behind. */
export function rowCounts(db: ParleyDb): Record<string, number> {
  const names = db.$client
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search_index_%' AND name NOT LIKE '__drizzle%'`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(names.map(({ name }) => [name, (db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

export const codes = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions?.code);
