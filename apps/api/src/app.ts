import { DEFAULT_RETRY, ensureApiToken, isEmpty, loadSeed, openDatabase, type ParleyDb } from '@parley/core';
import { createParleyYoga, type ParleyPubSub } from '@parley/schema';
import { seedDir } from '@parley/seed';
import cluster from 'node:cluster';
import type { Config } from './config.ts';
import { runFeedPoller } from './feed-poller.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { createPubSubBackend, type PubSubBackend } from './pubsub.ts';
import { startWatchEngine, type WatchEngine } from './watch-engine.ts';

export interface App {
  db: ParleyDb;
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
  close(): void;
}

/**
 * Opens the database (migrating it), seeds it on first start and bootstraps the admin token. In a cluster
 * the primary does this once, before any worker opens the file.
 */
export function prepareDatabase(config: Config, log: (message: string) => void = () => {}): { db: ParleyDb; seeded: boolean } {
  const db = openDatabase(config.databasePath);
  let seeded = false;
  if (config.seedOnFirstStart && isEmpty(db)) {
    log('First start: loading the seed dataset…');
    const report = loadSeed(db, { dir: seedDir, onProgress: (m) => log(`  ${m}`) });
    const added = Object.entries(report)
      .map(([entity, { added }]) => `${added} ${entity}`)
      .join(', ');
    log(`Seeded: ${added}`);
    seeded = true;
  }
  if (config.adminToken) ensureApiToken(db, 'admin (PARLEY_ADMIN_TOKEN)', 'ADMIN', config.adminToken);
  return { db, seeded };
}

/**
 * Prepares the database and builds the Yoga instance. Binding a port is server.ts's job, so tests can call
 * app.yoga.fetch directly.
 */
export function createApp(config: Config, log: (message: string) => void = () => {}): App {
  const { db, seeded } = prepareDatabase(config, log);
  // SQLite's advice for long-lived connections: refresh planner statistics as tables grow (cheap when
  // nothing changed much). Without current statistics the feed can be planned from the status index.
  const optimizer = setInterval(() => db.$client.pragma('optimize'), 3_600_000);
  optimizer.unref();
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
  });
  metrics?.watchLive(yoga.liveSubscribers);
  metrics?.watchDatabase(db);
  const watches = startWatchEngine(db, backend.pubsub, {
    pollMs: config.watchPollMs,
    retry: { ...DEFAULT_RETRY, baseMs: config.webhookRetryBaseMs },
  });
  // One poller per deployment: the lone process, or the cluster worker the primary named for it.
  const poller = config.feedPoller && (cluster.isPrimary || process.env.PARLEY_FEED_WORKER === '1') ? runFeedPoller(db, backend.pubsub, config, log) : null;
  return {
    db,
    pubsub: backend.pubsub,
    pubsubKind: backend.kind,
    pingRedis: backend.ping,
    metrics,
    yoga,
    seeded,
    watches,
    poller,
    close: () => {
      void watches.stop();
      void poller?.stop();
      clearInterval(optimizer);
      backend.close();
      db.$client.close();
    },
  };
}
