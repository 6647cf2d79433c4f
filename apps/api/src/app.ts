import { DEFAULT_RETRY, type Engine, type ParleyDb } from '@parley/core';
import { createParleyYoga, type ParleyPubSub } from '@parley/schema';
import cluster from 'node:cluster';
import type { Config } from './config.ts';
import { openConfiguredDatabase } from './database.ts';
import { runFeedPoller } from './feed-poller.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { createPubSubBackend, type PubSubBackend } from './pubsub.ts';
import { startWatchEngine, type WatchEngine } from './watch-engine.ts';

export interface App {
  db: ParleyDb;
  engine: Engine;
  pubsub: ParleyPubSub;
  /** Where published events travel: this process only, sibling cluster workers, or Redis. */
  pubsubKind: PubSubBackend['kind'];
  /** PINGs Redis on the pubsub's own connection (null without REDIS_URL), for /healthz. */
  pingRedis: PubSubBackend['ping'];
  /** What /metrics serves; null when PARLEY_METRICS=0. */
  metrics: Metrics | null;
  yoga: ReturnType<typeof createParleyYoga>;
  seeded: boolean;
  /** Evaluates watches after commits and delivers their webhooks. */
  watches: WatchEngine;
  /** The feed poller, when this process runs it (PARLEY_FEEDS, default on). */
  poller: { stop(): Promise<void> } | null;
  /** Stops the watch engine and poller and closes the database (PostgreSQL's pool ends asynchronously). */
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), seeds it on first start and bootstraps the admin token. In a cluster
 * the primary does this once, before any worker opens the file; on PostgreSQL every process may, under a lock.
 */
export const prepareDatabase = openConfiguredDatabase;

/**
 * Prepares the database and builds the Yoga instance. Binding a port is server.ts's job, so tests can call
 * app.yoga.fetch directly.
 */
export async function createApp(config: Config, log: (message: string) => void = () => {}): Promise<App> {
  const database = await prepareDatabase(config, log);
  const { db, seeded } = database;
  // SQLite's advice for long-lived connections: refresh planner statistics as tables grow (cheap when
  // nothing changed much). Without current statistics the feed can be planned from the status index.
  // PostgreSQL's autovacuum keeps its own statistics.
  const optimizer = database.engine === 'sqlite' ? setInterval(() => db.$client.pragma('optimize'), 3_600_000) : null;
  optimizer?.unref();
  const metrics = config.metrics ? createMetrics() : null;
  const backend = createPubSubBackend(config, metrics ? { onCutOff: metrics.cutOff, onDropped: metrics.dropped } : {});
  const yoga = createParleyYoga({
    db,
    pubsub: backend.pubsub,
    graphiql: config.graphiql,
    cors: { origin: config.webOrigins, credentials: false, methods: ['GET', 'POST', 'OPTIONS'] },
    outbound: config.outbound,
    responseCache: config.responseCacheTtl > 0 ? { ttlMs: config.responseCacheTtl * 1000 } : false,
    introspection: config.introspection,
    authFailuresPerMinute: config.authFailuresPerMinute,
    observer: metrics?.observer,
    // server.ts refuses a POST without Content-Length or over PARLEY_BODY_LIMIT before Yoga sees it, and
    // Node's parser holds a body to its Content-Length: Yoga's own byte counter would only cost each request.
    maxRequestBodySize: false,
  });
  metrics?.watchLive(yoga.liveSubscribers);
  metrics?.watchDatabase(db, database.pool);
  const watches = startWatchEngine(db, backend.pubsub, {
    pollMs: config.watchPollMs,
    retry: { ...DEFAULT_RETRY, baseMs: config.webhookRetryBaseMs },
  });
  // One poller per deployment: the lone process, or the cluster worker the primary named for it.
  const poller = config.feedPoller && (cluster.isPrimary || process.env.PARLEY_FEED_WORKER === '1') ? runFeedPoller(db, backend.pubsub, config, log) : null;
  return {
    db,
    engine: database.engine,
    pubsub: backend.pubsub,
    pubsubKind: backend.kind,
    pingRedis: backend.ping,
    metrics,
    yoga,
    seeded,
    watches,
    poller,
    close: async () => {
      void watches.stop();
      void poller?.stop();
      if (optimizer) clearInterval(optimizer);
      backend.close();
      await database.close();
    },
  };
}
