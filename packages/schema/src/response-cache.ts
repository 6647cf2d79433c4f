import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { commitEpoch, type ParleyDb } from '@parley/core';

export interface ResponseCacheOptions {
  /** How long an anonymous read's answer may be served again, in ms (default 300 000). A write ends it sooner. */
  ttlMs?: number;
  /** How many answers are kept; the least recently used go first (default 2 000). */
  maxEntries?: number;
  /** Adds `extensions.responseCache` ({ hit, didCache, … }) to answers, for tests and debugging. */
  metadata?: boolean;
  /** Which requests may share cached answers. Default: those without an Authorization header. */
  cacheable?: (request: Request) => boolean;
  /** Told once per cacheable request whether it was answered from the cache (for metrics). */
  onLookup?: (hit: boolean) => void;
}

interface Entry {
  epoch: string;
  expires: number;
  result: ExecutionResult;
}

/**
 * An in-memory answer cache that can never serve an answer older than the last committed write. Entries are
 * stamped with the epoch seen when their request missed; one stamped before a write is dead at once, in
 * every process. An answer computed while a write committed is not stored at all, since it may straddle it.
 * Coarse on purpose: any write drops every answer. Writes are rare next to reads here, and precise
 * invalidation (which list does a new statement enter?) is where stale reads come from.
 */
export function createEpochCache(epoch: () => string | Promise<string>, maxEntries: number): Cache & { size(): number } {
  const entries = new Map<string, Entry>();
  const missedAt = new Map<string, string>();
  let lastEpoch = '';
  const sweep = (now: string) => {
    if (now === lastEpoch) return;
    lastEpoch = now;
    entries.clear();
    missedAt.clear();
  };
  const lookup = (key: string, now: string) => {
    sweep(now);
    const entry = entries.get(key);
    if (entry && entry.epoch === now && entry.expires > Date.now()) {
      entries.delete(key);
      entries.set(key, entry);
      return entry.result as never;
    }
    if (entry) entries.delete(key);
    if (missedAt.size > maxEntries * 4) missedAt.clear();
    missedAt.set(key, now);
    return undefined;
  };
  // Stored only if the epoch read after executing is the one read before: nothing committed in between.
  const store = (key: string, stamped: string, now: string, result: ExecutionResult, ttl: number) => {
    if (stamped !== now) return;
    entries.set(key, { epoch: stamped, expires: Date.now() + ttl, result });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };
  // SQLite's epoch is read synchronously; PostgreSQL's is a round trip (commitEpoch), awaited only there.
  return {
    get(key) {
      const now = epoch();
      return typeof now === 'string' ? lookup(key, now) : now.then((n) => lookup(key, n));
    },
    set(key, result, _entities, ttl) {
      const stamped = missedAt.get(key);
      missedAt.delete(key);
      if (stamped === undefined) return;
      const now = epoch();
      if (typeof now === 'string') return store(key, stamped, now, result, ttl);
      return now.then((n) => store(key, stamped, n, result, ttl));
    },
    invalidate() {
      entries.clear();
    },
    size: () => entries.size,
  };
}

/** Requests that carry credentials are writers (or about to be): they always get a fresh answer. */
const anonymous = (request: Request) => !request.headers.has('authorization');

/**
 * Response caching for anonymous reads (@graphql-yoga/plugin-response-cache), checked before parsing so a
 * hit skips validation, context and execution. Writers are never cached, and every committed write — by
 * this process or any other on the same database — invalidates every answer (see createEpochCache).
 */
export function parleyResponseCache(db: ParleyDb, options: ResponseCacheOptions = {}): Plugin {
  const cache = createEpochCache(commitEpoch(db), options.maxEntries ?? 2000);
  const cacheable = options.cacheable ?? anonymous;
  const plugin = useResponseCache({
    session: () => null,
    enabled: (request) => !isLiveStream(request) && cacheable(request),
    cache,
    ttl: options.ttlMs ?? 300_000,
    includeExtensionMetadata: options.metadata ?? false,
    // The epoch ends answers, never the entities in them: without these the plugin added an aliased id to
    // every selection set and resolved it on every miss, and rewrote and walked every mutation's answer.
    idFields: [],
    invalidateViaMutation: false,
  });
  // The plugin hashes a key for every request, cached or not, with WebCrypto: an event-loop turn that kept
  // each SSE handshake's garbage alive while a hundred others ran (and into the old generation). A live
  // subscription's answer is never cached, so it skips the plugin altogether.
  const onParams = plugin.onParams!;
  const onLookup = options.onLookup;
  return {
    ...plugin,
    onParams(payload) {
      if (isLiveStream(payload.request)) return;
      if (!onLookup || !cacheable(payload.request)) return onParams(payload);
      // Counted here, once per request: the cache's own get() runs again at execution on a miss.
      let hit = false;
      const done = onParams({
        ...payload,
        setResult: (result) => {
          hit = true;
          payload.setResult(result);
        },
      });
      if (done && typeof (done as Promise<void>).then === 'function') return (done as Promise<void>).then(() => onLookup(hit));
      onLookup(hit);
      return done;
    },
  };
}

const isLiveStream = (request: Request) => (request.headers.get('accept') ?? '').includes('text/event-stream');
