import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, parseAllowList, type OutboundOptions } from '@parley/core';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  adminToken: string | null;
  webOrigins: string[];
  bodyLimitBytes: number;
  seedOnFirstStart: boolean;
  graphiql: boolean;
  /** API processes sharing the port (node:cluster) and the SQLite file (WAL). */
  workers: number;
  /** With Redis, subscriptions hear mutations made by any process on any host. */
  redisUrl: string | null;
  /** Prefix of Parley's Redis channels, so deployments sharing one Redis stay apart. */
  redisPrefix: string;
  /** Seconds an anonymous read's answer may be served from the response cache; 0 turns it off. */
  responseCacheTtl: number;
  /** Whether the schema may be introspected. */
  introspection: boolean;
  /** GraphQL requests executing at once; beyond them a short queue, then 503 + Retry-After. */
  maxConcurrent: number;
  maxQueue: number;
  queueTimeoutMs: number;
  /** Failed token checks per client address per minute before 429. */
  authFailuresPerMinute: number;
  /** How often watches look for new commits besides being woken by them, in ms. */
  watchPollMs: number;
  /** First webhook retry delay in ms; each further retry waits twice as long (up to 15 min, 12 attempts). */
  webhookRetryBaseMs: number;
  /** What ingestion may fetch besides public addresses (PARLEY_FETCH_ALLOW), and its limits. */
  outbound: OutboundOptions;
  /** Run the feed poller in this process (PARLEY_FEEDS=0 turns it off), and how often it looks for due feeds. */
  feedPoller: boolean;
  feedTickMs: number;
  /** Serve Prometheus metrics at /metrics (PARLEY_METRICS=0 turns it off: 404). */
  metrics: boolean;
  /** A postgres:// DATABASE_URL: the API serves that PostgreSQL database instead of the SQLite file. */
  databaseUrl: string | null;
  /** Connections in this process's PostgreSQL pool (PARLEY_PG_POOL). */
  pgPoolSize: number;
  /** Longest a PostgreSQL statement may run before it is cancelled, in ms (PARLEY_PG_STATEMENT_TIMEOUT; 0: no limit). */
  pgStatementTimeoutMs: number;
}

/** Every setting Parley's API reads, with its default. The README lists the same. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Relative paths are relative to where the command was typed, even under `pnpm --filter`.
  const cwd = env.INIT_CWD ?? process.cwd();
  const databasePath = env.DATABASE_PATH
    ? isAbsolute(env.DATABASE_PATH) || env.DATABASE_PATH === ':memory:'
      ? env.DATABASE_PATH
      : resolve(cwd, env.DATABASE_PATH)
    : resolve(repoRoot, 'data/parley.db');
  const webPort = int('WEB_PORT', 3000, env);
  const webOrigins = (env.PARLEY_WEB_ORIGIN ?? `http://localhost:${webPort},http://127.0.0.1:${webPort}`)
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const adminToken = env.PARLEY_ADMIN_TOKEN || null;
  if (adminToken !== null && adminToken.length < 24) {
    throw new Error(`PARLEY_ADMIN_TOKEN must be at least 24 characters (got ${adminToken.length}); use a long random secret`);
  }
  return {
    port: int('PORT', 4000, env),
    host: env.HOST ?? '127.0.0.1',
    databasePath,
    adminToken,
    webOrigins,
    bodyLimitBytes: int('PARLEY_BODY_LIMIT', 2 * 1024 * 1024, env),
    seedOnFirstStart: env.PARLEY_SEED !== '0',
    graphiql: env.PARLEY_GRAPHIQL !== '0',
    workers: Math.max(1, int('PARLEY_WORKERS', 1, env)),
    redisUrl: env.REDIS_URL || null,
    redisPrefix: env.PARLEY_REDIS_PREFIX ?? 'parley:',
    responseCacheTtl: int('PARLEY_RESPONSE_CACHE_TTL', 300, env),
    introspection: !['false', '0', 'off'].includes((env.PARLEY_INTROSPECTION ?? '').toLowerCase()),
    maxConcurrent: Math.max(1, int('PARLEY_MAX_CONCURRENT', 32, env)),
    maxQueue: int('PARLEY_MAX_QUEUE', 128, env),
    queueTimeoutMs: int('PARLEY_QUEUE_TIMEOUT_MS', 5000, env),
    authFailuresPerMinute: Math.max(1, int('PARLEY_AUTH_FAILURES_PER_MINUTE', 20, env)),
    watchPollMs: Math.max(50, int('PARLEY_WATCH_POLL_MS', 1000, env)),
    webhookRetryBaseMs: Math.max(10, int('PARLEY_WEBHOOK_RETRY_BASE_MS', 2000, env)),
    outbound: {
      policy: parseAllowList(env.PARLEY_FETCH_ALLOW),
      limits: {
        timeoutMs: int('PARLEY_FETCH_TIMEOUT_MS', DEFAULT_LIMITS.timeoutMs, env),
        maxBytes: int('PARLEY_FETCH_MAX_BYTES', DEFAULT_LIMITS.maxBytes, env),
        maxRedirects: int('PARLEY_FETCH_MAX_REDIRECTS', DEFAULT_LIMITS.maxRedirects, env),
      },
    },
    feedPoller: env.PARLEY_FEEDS !== '0',
    feedTickMs: Math.max(100, int('PARLEY_FEED_TICK_MS', 15_000, env)),
    metrics: env.PARLEY_METRICS !== '0',
    // Another scheme is some other program's setting, left alone.
    databaseUrl: /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '') ? env.DATABASE_URL! : null,
    pgPoolSize: Math.max(2, int('PARLEY_PG_POOL', 10, env)),
    pgStatementTimeoutMs: int('PARLEY_PG_STATEMENT_TIMEOUT', 30_000, env),
  };
}

/** A database URL as it may be printed: the password replaced, so start-up logs do not leak it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
