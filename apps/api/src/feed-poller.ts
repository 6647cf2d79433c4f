import { startFeedPoller, type FeedPoller, type ParleyDb } from '@parley/core';
import type { ParleyPubSub } from '@parley/schema';
import type { Config } from './config.ts';

/**
 * Runs the feed poller inside the API process (one per deployment: the single process, or the first
 * cluster worker). A feed added or resumed through any process is announced on feedChanged, which the
 * cluster relay or Redis carries here, so it is polled at once; a feed added with the CLI waits for the
 * next tick (PARLEY_FEED_TICK_MS).
 */
export function runFeedPoller(db: ParleyDb, pubsub: ParleyPubSub, config: Config, log: (m: string) => void): { stop(): Promise<void> } {
  const poller: FeedPoller = startFeedPoller({
    ctx: { db, pubsub, viewer: { tokenId: null, name: 'feed poller', role: 'EDITOR' } },
    net: config.outbound,
    tickMs: config.feedTickMs,
    onPoll: (r) => {
      if (!r.ok) log(`feed ${r.feedId}: ${r.error}`);
      else if (r.items > 0) log(`feed ${r.feedId}: ${r.ingested} new, ${r.duplicates} known, ${r.noQuotes} without quotes, ${r.failed} failed`);
    },
    onError: (error) => log(`feed poller: ${(error as Error).message}`),
  });
  const changes = pubsub.subscribe('feedChanged')[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await changes.next();
      if (next.done) return;
      void poller.kick();
    }
  })();
  return {
    stop: async () => {
      await changes.return?.();
      await poller.stop();
    },
  };
}
