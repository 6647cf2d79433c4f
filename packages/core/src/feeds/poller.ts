// The feed poller: every tick it polls the feeds that are due, all at once across hosts and one request at a
// time per host (HostQueue). A feed already being polled is not started twice. kick() polls due feeds now
// (a feed just added or resumed), instead of at the next tick.
import { and, asc, eq, lte } from 'drizzle-orm';
import { feeds } from '../db/schema.ts';
import { claimFeedPoll } from '../commands/feeds.ts';
import type { OutboundOptions } from '../net/guarded-fetch.ts';
import type { CommandContext } from '../write/transaction.ts';
import { HostQueue } from './host-queue.ts';
import { pollFeed, type PollReport } from './poll.ts';

export interface FeedPollerOptions {
  ctx: CommandContext;
  net: OutboundOptions;
  tickMs: number;
  onPoll?: (report: PollReport) => void;
  onError?: (error: unknown) => void;
}

export interface FeedPoller {
  kick(): Promise<void>;
  stop(): Promise<void>;
}

export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  const hosts = new HostQueue();
  const running = new Map<number, Promise<void>>();
  let stopped = false;

  const due = () =>
    options.ctx.db
      .select({ id: feeds.id })
      .from(feeds)
      .where(and(eq(feeds.status, 'ACTIVE'), lte(feeds.nextPollAt, new Date().toISOString())))
      .orderBy(asc(feeds.nextPollAt));

  const kick = async () => {
    if (stopped) return;
    const started: Promise<void>[] = [];
    for (const { id } of await due()) {
      if (running.has(id)) continue;
      // Due here may be due on every host: only the process whose claim commits fetches it.
      const job = claimFeedPoll(options.ctx, id)
        .then(async (mine) => {
          if (!mine) return;
          const report = await pollFeed(options.ctx, id, options.net, hosts);
          options.onPoll?.(report);
        })
        .catch((error) => options.onError?.(error))
        .finally(() => running.delete(id));
      running.set(id, job);
      started.push(job);
    }
    await Promise.all(started);
  };

  const timer = setInterval(() => void kick().catch(options.onError), options.tickMs);
  timer.unref();
  void kick().catch(options.onError);
  return {
    kick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await Promise.allSettled(running.values());
    },
  };
}
