import { engineOf, tables } from '@parley/core';
import { storageFault } from '@parley/schema';
import type { App } from './app.ts';

/** How long /healthz waits for Redis to answer PING: a load balancer's probe must not hang on it. */
export const REDIS_PING_TIMEOUT_MS = 500;

export interface Health {
  status: 'ok' | 'degraded' | 'unavailable';
  /** Why the database is unavailable (a storage fault's code and message), when it is. */
  reason?: string;
  since?: string;
  database: { status: 'ok' | 'unavailable'; engine: 'sqlite' | 'postgres'; statements?: number; latencyMs?: number; reason?: string };
  redis: { status: 'ok' | 'unavailable' | 'not configured'; latencyMs?: number };
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

async function database(app: Pick<App, 'db'>): Promise<Health['database']> {
  const start = performance.now();
  const engine = engineOf(app.db);
  const fault = storageFault(app.db);
  if (fault) return { status: 'unavailable', engine, reason: `${fault.code}: ${fault.message}` };
  try {
    // On PostgreSQL this is a round trip through the pool: a database that is down, or a pool that is
    // exhausted past the statement timeout, answers unavailable.
    const statements = await app.db.$count(tables.statements);
    return { status: 'ok', engine, statements, latencyMs: elapsed(start) };
  } catch {
    return { status: 'unavailable', engine, latencyMs: elapsed(start) };
  }
}

async function redis(app: Pick<App, 'pingRedis'>): Promise<Health['redis']> {
  if (!app.pingRedis) return { status: 'not configured' };
  const start = performance.now();
  try {
    await app.pingRedis(REDIS_PING_TIMEOUT_MS);
    return { status: 'ok', latencyMs: elapsed(start) };
  } catch {
    // The cause (host, port, ioredis's wording) stays out of a public answer.
    return { status: 'unavailable', latencyMs: elapsed(start) };
  }
}

/**
 * What /healthz answers, and with which HTTP status.
 *
 * 503 only when this process cannot serve: its database is unavailable. Redis being unreachable is 200 with
 * status `degraded`. Redis is shared by every host; were it a reason for 503, one Redis hiccup would make a
 * load balancer take every host out at once, and reads, writes and same-process subscriptions (none of
 * which need Redis) would stop everywhere along with the cross-host events that did. Alert on `degraded`
 * (or on the metrics) instead.
 */
export async function checkHealth(app: Pick<App, 'db' | 'pingRedis'>): Promise<{ httpStatus: number; body: Health }> {
  const [db, cache] = await Promise.all([database(app), redis(app)]);
  if (db.status !== 'ok') {
    const fault = storageFault(app.db);
    const body: Health = { status: 'unavailable', database: db, redis: cache };
    if (fault) Object.assign(body, { reason: db.reason, since: fault.since });
    return { httpStatus: 503, body };
  }
  return { httpStatus: 200, body: { status: cache.status === 'unavailable' ? 'degraded' : 'ok', database: db, redis: cache } };
}
