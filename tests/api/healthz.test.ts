import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sqliteWriter } from '@parley/core';
import { afterAll, expect, test } from 'vitest';
import { ADMIN_TOKEN, gql, makeApp, tempDir } from '../helpers/app.ts';
import { serve } from '../helpers/http.ts';
import { ensureRedis, REDIS_URL, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

const dir = tempDir();
const children: ChildProcess[] = [];
afterAll(async () => {
  await Promise.all(children.map(stop));
  rmSync(dir, { recursive: true, force: true });
});

async function api(name: string, env: Record<string, string>) {
  const started = await startApi({ DATABASE_PATH: join(dir, `${name}.db`), PORT: '0', PARLEY_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
  children.push(started.child);
  return started.url;
}

async function health(url: string) {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: await response.json() };
}

/** A port nothing listens on: bound by the kernel's choice, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('without Redis: the database is reported, Redis is `not configured`, 200', async () => {
  const { status, body } = await health(await api('plain', { REDIS_URL: '' }));
  expect(status).toBe(200);
  expect(body.status).toBe('ok');
  expect(body.database).toMatchObject({ status: 'ok', engine: 'sqlite' });
  expect(body.database.statements).toBeGreaterThan(10);
  expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  expect(body.redis).toEqual({ status: 'not configured' });
});

test('with REDIS_URL at a closed port: Redis `unavailable`, status `degraded`, still 200, and no address in the answer', async () => {
  const port = await closedPort();
  const { status, body } = await health(await api('no-redis', { REDIS_URL: `redis://127.0.0.1:${port}` }));
  expect(status).toBe(200);
  expect(body.status).toBe('degraded');
  expect(body.database.status).toBe('ok');
  expect(body.redis.status).toBe('unavailable');
  expect(JSON.stringify(body)).not.toContain(String(port));
});

test('with Redis up: Redis `ok` with its PING latency', async (ctx) => {
  if (!(await ensureRedis())) {
    // CI machines run Redis: there a missing one is a failure, not a reason to skip.
    if (process.env.CI === 'true') throw new Error(`Redis is not reachable at ${REDIS_URL}`);
    console.warn('Skipping the Redis health test: no redis-server on this machine (apt-get install redis-server)');
    ctx.skip();
  }
  const url = await api('redis', { REDIS_URL, PARLEY_REDIS_PREFIX: `parley-health-${process.pid}-${Date.now()}:` });
  // The publishing connection becomes ready just after start-up.
  let answer = await health(url);
  for (let i = 0; i < 50 && answer.body.redis.status !== 'ok'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    answer = await health(url);
  }
  expect(answer.status).toBe(200);
  expect(answer.body.status).toBe('ok');
  expect(answer.body.redis.status).toBe('ok');
  expect(answer.body.redis.latencyMs).toBeGreaterThanOrEqual(0);
});

test('a storage fault: 503, the database `unavailable` with the reason, back to 200 once a write succeeds', async () => {
  const app = await makeApp();
  const http = await serve(app);
  try {
    // A full disk, made per connection: on the writer (where writes go) and the readers' connection alike.
    const connections = [app.db.$client, sqliteWriter(app.db).$client];
    const pages = app.db.$client.pragma('page_count', { simple: true }) as number;
    for (const c of connections) c.pragma(`max_page_count = ${pages}`);
    const SOURCE = `mutation($b: String!) { createSource(input: { title: "Filler", outlet: "Test", body: $b }) { id } }`;
    const original = console.error;
    console.error = () => {}; // the fault's one log line
    try {
      const failed = await gql(app, SOURCE, { b: 'A long body that needs new pages. '.repeat(4000) }, app.editorToken);
      expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const down = await health(http.url);
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('unavailable');
      expect(down.body.database).toMatchObject({ status: 'unavailable', engine: 'sqlite' });
      expect(down.body.database.reason).toMatch(/^SQLITE_FULL/);
      expect(down.body.reason).toMatch(/^SQLITE_FULL/);
      for (const c of connections) c.pragma('max_page_count = 1073741823');
      expect((await gql(app, SOURCE, { b: 'Space again.' }, app.editorToken)).errors).toBeUndefined();
    } finally {
      console.error = original;
    }
    const up = await health(http.url);
    expect(up.status).toBe(200);
    expect(up.body.database.status).toBe('ok');
  } finally {
    await http.close();
    await app.dispose();
  }
});
