import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureBuild, webRoot } from '../../apps/web/scripts/build.mjs';
import { tempDir } from '../helpers/app.ts';
import { startApi } from '../helpers/spawn.ts';

export const ADMIN = 'e2e-admin-token-0123456789abcdef';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The API on a fresh temporary database and the production dashboard in front of it. */
export interface Stack {
  web: string;
  api: string;
  editorToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }>;
  restartApi(): Promise<void>;
  stopApi(): Promise<void>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Writes the database before the API first opens it (which then skips its first-start seed). */
  prepareDatabase?: (databasePath: string) => void | Promise<void>;
  /** More settings for the API process (PARLEY_FETCH_ALLOW for a local site, …). */
  apiEnv?: Record<string, string>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  await ensureBuild({ log: () => {} });
  const dir = tempDir('parley-e2e-');
  await options.prepareDatabase?.(join(dir, 'parley.db'));
  const apiPort = await freePort();
  const webPort = await freePort();
  const apiEnv = { PORT: String(apiPort), DATABASE_PATH: join(dir, 'parley.db'), PARLEY_ADMIN_TOKEN: ADMIN, WEB_PORT: String(webPort), ...options.apiEnv };
  let api = (await startApi(apiEnv)).child;
  const apiUrl = `http://127.0.0.1:${apiPort}`;

  const next = spawn(process.execPath, [join(webRoot, 'node_modules/next/dist/bin/next'), 'start', '--port', String(webPort), '--hostname', '127.0.0.1'], {
    cwd: webRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PARLEY_API_URL: apiUrl },
  });
  let nextOutput = '';
  next.stdout!.on('data', (c) => (nextOutput += c));
  next.stderr!.on('data', (c) => (nextOutput += c));
  const web = `http://127.0.0.1:${webPort}`;
  // Next can take well over 30 s to answer on 2 cores busy with other test files (a CI run timed out at 30 s).
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`${web}/api/graphql?query=%7B__typename%7D`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || next.exitCode !== null) {
      const why = next.exitCode !== null ? `exited with ${next.exitCode}` : 'no answer in 90 s';
      throw new Error(`dashboard did not start (${why}):\n${nextOutput}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const r = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return r.json() as Promise<any>;
  };
  const minted = await gql(`mutation { createApiToken(name: "e2e editor", role: EDITOR) { token } }`, {}, ADMIN);
  const editorToken: string = minted.data.createApiToken.token;

  return {
    web,
    api: apiUrl,
    editorToken,
    gql,
    stopApi: () => stopChild(api),
    async restartApi() {
      await stopChild(api);
      api = (await startApi(apiEnv)).child;
    },
    async close() {
      await Promise.all([stopChild(api), stopChild(next)]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
