import cluster from 'node:cluster';
import { queryPlanStats } from '@parley/core';
import { storageFault, type OperationEvent, type ParleyDb, type ParleyObserver } from '@parley/schema';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { joinClusterMetrics, scrapeCluster } from './metrics-cluster.ts';
import type { Limiter } from './overload.ts';

/** Distinct operation names counted per process; later ones are counted as `other`. */
export const MAX_OPERATION_NAMES = 200;
const MAX_NAME_LENGTH = 100;
const MAX_CODES = 50;
const MAX_TOPICS = 20;

export interface Metrics {
  readonly contentType: string;
  /** Prometheus text: this process's metrics, or in a cluster worker the whole cluster's, summed. */
  scrape(): Promise<string>;
  /** What createParleyYoga reports into. */
  readonly observer: ParleyObserver;
  /** What the pubsub reports into: subscribers cut off, events their queues dropped. */
  cutOff(topic: string): void;
  dropped(topic: string, events: number): void;
  watchLive(read: () => number): void;
  watchDatabase(db: ParleyDb, pool?: PoolCounts | null): void;
  watchLimiter(limiter: Limiter): void;
}

/** A node-postgres pool's own counts. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** A label's values first come, first kept; beyond `max` distinct values (or an unfit one) it reads `fallback`. */
function bounded(max: number, fallback: string, fits: (value: string) => boolean = () => true) {
  const seen = new Set<string>();
  return (value: string) => {
    if (seen.has(value)) return value;
    if (seen.size >= max || !fits(value)) return fallback;
    seen.add(value);
    return value;
  };
}

// Node's own process metrics (CPU, memory, event-loop lag, GC, handles) under their usual names, so stock
// Node.js dashboards work. Once per process: an app built twice (tests) must not observe the GC twice.
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** A counter that follows a running total kept elsewhere (the limiter's, the query planner's). */
function followingCounter(registry: Registry, name: string, help: string, read: () => number) {
  let seen = 0;
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const now = read();
      if (now > seen) this.inc(now - seen);
      seen = now;
    },
  });
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const operationName = bounded(MAX_OPERATION_NAMES, 'other', (name) => name.length <= MAX_NAME_LENGTH);
  const code = bounded(MAX_CODES, 'OTHER', (value) => /^[A-Z][A-Z0-9_]{0,63}$/.test(value));
  const topic = bounded(MAX_TOPICS, 'other', (value) => /^[A-Za-z]\w{0,63}$/.test(value));

  const requests = new Counter({
    name: 'parley_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name, operation type and outcome (ok, or the first error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers,
  });
  // Outcome is left out of the histogram: it would multiply every bucket by every error code.
  const duration = new Histogram({
    name: 'parley_graphql_request_duration_seconds',
    help: 'Time from Yoga receiving a GraphQL request to its answer being ready (time queued for a slot excluded)',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const writeErrors = new Counter({
    name: 'parley_write_errors_total',
    help: 'Mutations answered with an error, by extensions.code (a mutation with two codes counts under each)',
    labelNames: ['code'] as const,
    registers,
  });
  const cacheHits = new Counter({ name: 'parley_response_cache_hits_total', help: 'Anonymous reads answered from the response cache', registers });
  const cacheMisses = new Counter({
    name: 'parley_response_cache_misses_total',
    help: 'Anonymous requests the response cache could not answer (computed, then cached if cacheable)',
    registers,
  });
  const delivered = new Counter({
    name: 'parley_live_events_delivered_total',
    help: 'Live events written to SSE subscribers, one per event per subscriber',
    labelNames: ['topic'] as const,
    registers,
  });
  const dropped = new Counter({
    name: 'parley_live_events_dropped_total',
    help: 'Live events a subscriber did not get on its stream because it fell behind and was cut off',
    labelNames: ['topic'] as const,
    registers,
  });
  const cutOffs = new Counter({
    name: 'parley_live_subscribers_cut_off_total',
    help: 'Subscribers cut off for falling more than their backlog limit behind',
    labelNames: ['topic'] as const,
    registers,
  });

  let liveSubscribers = () => 0;
  new Gauge({
    name: 'parley_live_subscribers',
    help: 'SSE subscribers currently connected',
    registers,
    collect() {
      this.set(liveSubscribers());
    },
  });

  let limiterStats: Limiter['stats'] | null = null;
  const limiter = () => limiterStats?.() ?? { active: 0, queued: 0, rejected: 0, abandoned: 0 };
  new Gauge({
    name: 'parley_http_requests_queued',
    help: 'GraphQL requests waiting for a slot (PARLEY_MAX_CONCURRENT)',
    registers,
    collect() {
      this.set(limiter().queued);
    },
  });
  new Gauge({
    name: 'parley_http_requests_active',
    help: 'GraphQL requests executing now (live streams excluded)',
    registers,
    collect() {
      this.set(limiter().active);
    },
  });
  followingCounter(
    registry,
    'parley_http_requests_rejected_total',
    'Requests answered 503 because the queue was full or their wait timed out',
    () => limiter().rejected,
  );

  let database: ParleyDb | null = null;
  const plans = () => (database ? queryPlanStats(database) : { hits: 0, misses: 0, unplannable: 0, size: 0 });
  followingCounter(registry, 'parley_db_query_plan_cache_hits_total', 'Relational queries served by an already prepared plan', () => plans().hits);
  followingCounter(registry, 'parley_db_query_plan_cache_misses_total', 'Relational queries whose shape was planned for the first time', () => plans().misses);
  followingCounter(
    registry,
    'parley_db_query_plan_unplannable_total',
    'Relational queries built the ordinary way (shape not plannable)',
    () => plans().unplannable,
  );
  new Gauge({
    name: 'parley_db_query_plan_cache_size',
    help: 'Prepared relational query plans kept',
    registers,
    collect() {
      this.set(plans().size);
    },
  });
  new Gauge({
    name: 'parley_db_storage_fault',
    help: '1 while the database cannot store writes (read-only, full, I/O error), else 0',
    // In a cluster: 1 if any worker is in a fault, not how many.
    aggregator: 'max',
    registers,
    collect() {
      this.set(database && storageFault(database) ? 1 : 0);
    },
  });
  let pool: PoolCounts | null = null;
  new Gauge({
    name: 'parley_db_pool_connections',
    help: 'PostgreSQL pool connections by state: total open, idle, and requests waiting for one (absent on SQLite)',
    labelNames: ['state'],
    registers,
    collect() {
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });

  const observer: ParleyObserver = {
    operation(event: OperationEvent) {
      const operation = event.name === null ? 'anonymous' : operationName(event.name);
      const type = event.type ?? 'unknown';
      const outcome = event.codes.length ? code(event.codes[0]!) : 'ok';
      requests.inc({ operation, type, outcome });
      duration.observe({ operation, type }, event.seconds);
      if (event.type === 'mutation') for (const c of event.codes) writeErrors.inc({ code: code(c) });
    },
    responseCache: (hit) => (hit ? cacheHits : cacheMisses).inc(),
    liveDelivered: (t, events) => delivered.inc({ topic: topic(t) }, events),
    liveDropped: (t, events) => dropped.inc({ topic: topic(t) }, events),
  };

  const inCluster = cluster.isWorker;
  if (inCluster) joinClusterMetrics([processMetrics(), registry]);
  else processMetrics();
  return {
    contentType: registry.contentType,
    async scrape() {
      if (inCluster) return scrapeCluster();
      return (await processMetrics().metrics()) + (await registry.metrics());
    },
    observer,
    cutOff: (t) => cutOffs.inc({ topic: topic(t) }),
    dropped: (t, events) => dropped.inc({ topic: topic(t) }, events),
    watchLive(read) {
      liveSubscribers = read;
    },
    watchDatabase(db, counts) {
      database = db;
      pool = counts ?? null;
    },
    watchLimiter(l) {
      limiterStats = () => l.stats();
    },
  };
}
