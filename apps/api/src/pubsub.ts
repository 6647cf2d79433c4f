import { setMaxListeners } from 'node:events';
import cluster from 'node:cluster';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createParleyPubSub, type ParleyEventTarget, type ParleyPubSub, type ParleyPubSubConfig } from '@parley/schema';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';

type EventTargetLike = ParleyEventTarget;

export interface PubSubBackend {
  pubsub: ParleyPubSub;
  /** Where events travel: 'memory' (this process), 'cluster' (sibling workers) or 'redis' (every process). */
  kind: 'memory' | 'cluster' | 'redis';
  /** With Redis: a PING on the publishing connection, rejected when it is down or slower than timeoutMs. */
  ping: ((timeoutMs: number) => Promise<void>) | null;
  close(): void;
}

/** Where the pubsub reports subscribers it cut off and the events their queues dropped (the metrics). */
export type PubSubHooks = Pick<ParleyPubSubConfig, 'onCutOff' | 'onDropped'>;

const CLUSTER_MESSAGE = 'parley:pubsub';

/** Namespaces topics, so deployments (or test runs) sharing one Redis never hear each other. */
function prefixed(target: EventTargetLike, prefix: string): EventTargetLike {
  return {
    addEventListener: (type, listener) => target.addEventListener(prefix + type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(prefix + type, listener),
    dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(prefix + event.type, { detail: (event as CustomEvent).detail }) as never),
  };
}

/**
 * Without Redis, workers of one cluster still hear each other: an event is delivered here at once and
 * relayed through the primary to the other workers (see relayClusterEvents).
 */
function clusterEventTarget(): EventTargetLike {
  const local = new EventTarget();
  setMaxListeners(0, local); // one listener per open subscription
  process.on('message', (message: { type?: string; topic?: string; detail?: unknown }) => {
    if (message?.type === CLUSTER_MESSAGE && message.topic) local.dispatchEvent(new CustomEvent(message.topic, { detail: message.detail }));
  });
  return {
    addEventListener: (type, listener) => local.addEventListener(type, listener as EventListener),
    removeEventListener: (type, listener) => local.removeEventListener(type, listener as EventListener),
    dispatchEvent: (event) => {
      const detail = (event as CustomEvent).detail;
      local.dispatchEvent(new CustomEvent(event.type, { detail }));
      process.send?.({ type: CLUSTER_MESSAGE, topic: event.type, detail });
      return true;
    },
  } as EventTargetLike;
}

/** In the cluster primary: passes each worker's events on to its siblings. */
export function relayClusterEvents() {
  cluster.on('message', (from, message: { type?: string }) => {
    if (message?.type !== CLUSTER_MESSAGE) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(message);
    }
  });
}

/**
 * The pubsub for this process: Redis when REDIS_URL is set (a mutation on any process, on any host, reaches
 * subscribers on every process), else the cluster relay when running as a worker, else in-memory.
 */
export function createPubSubBackend(config: Pick<Config, 'redisUrl' | 'redisPrefix'>, hooks: PubSubHooks = {}): PubSubBackend {
  if (config.redisUrl) {
    const publishClient = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    const subscribeClient = new Redis(config.redisUrl);
    const eventTarget = prefixed(createRedisEventTarget({ publishClient, subscribeClient }) as EventTargetLike, config.redisPrefix);
    return {
      pubsub: createParleyPubSub({ eventTarget, ...hooks }),
      kind: 'redis',
      ping: (timeoutMs) => pingWithin(publishClient, timeoutMs),
      close: () => {
        publishClient.disconnect();
        subscribeClient.disconnect();
      },
    };
  }
  if (cluster.isWorker) return { pubsub: createParleyPubSub({ eventTarget: clusterEventTarget(), ...hooks }), kind: 'cluster', ping: null, close: () => {} };
  return { pubsub: createParleyPubSub(hooks), kind: 'memory', ping: null, close: () => {} };
}

/**
 * A connection that is not ready (reconnecting after Redis went away) fails at once: ioredis would queue the
 * PING until it reconnects. A ready one has timeoutMs to answer.
 */
function pingWithin(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status !== 'ready') return Promise.reject(new Error(`Redis connection ${client.status}`));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer PING in time')), timeoutMs);
  });
  return Promise.race([client.ping().then(() => undefined), late]).finally(() => clearTimeout(timer));
}
