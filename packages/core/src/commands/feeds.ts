// Feeds as records: added, paused, resumed, removed by an editor; every poll and every item seen recorded
// by the poller through the same write() so the change log and the dashboard see both.
import { and, eq, inArray, lte } from 'drizzle-orm';
import { feedItems, feeds } from '../db/schema.ts';
import type { FeedItemOutcome, FeedStatus } from '../domain/enums.ts';
import { badInput, userError } from '../errors.ts';
import { resolveOutlet } from '../outlets/resolve.ts';
import { first, mustFind, write, type CommandContext } from '../write/transaction.ts';

export interface AddFeedInput {
  url: string;
  outlet: string;
  intervalMinutes?: number | null;
}

const MAX_BACKOFF_MINUTES = 24 * 60;

export async function addFeed(ctx: CommandContext, input: AddFeedInput): Promise<number> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw badInput('input.url', 'must be a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('input.url', 'must be an http or https URL');
  const interval = input.intervalMinutes ?? 30;
  if (!Number.isInteger(interval) || interval < 1 || interval > 7 * 24 * 60)
    throw badInput('input.intervalMinutes', 'must be a whole number of minutes from 1 to 10080');
  return write(ctx, async (scope) => {
    if (await first(scope.tx.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, url.toString())).limit(1)))
      throw userError('CONFLICT', 'input.url: this feed is already followed', 'input.url');
    const outletId = await resolveOutlet(scope, { url: null, outlet: input.outlet });
    // Due now: a new feed is polled at once.
    const row = (await first(
      scope.tx
        .insert(feeds)
        .values({
          url: url.toString(),
          outlet: input.outlet.trim(),
          outletId,
          intervalMinutes: interval,
          nextPollAt: new Date().toISOString(),
        })
        .returning(),
    ))!;
    scope.log('Feed', row.id, 'create', null, row);
    scope.publish('feedChanged', row.id);
    return row.id;
  });
}

export async function setFeedStatus(ctx: CommandContext, id: number, status: FeedStatus): Promise<number> {
  return write(ctx, async (scope) => {
    const before = await mustFind(scope.tx, feeds, id, 'id', 'feed');
    if (before.status === status) return id;
    // Resuming polls at once and forgets the backoff: the editor has presumably fixed what was wrong.
    const patch = status === 'ACTIVE' ? { status, failures: 0, nextPollAt: new Date().toISOString() } : { status };
    const after = await first(scope.tx.update(feeds).set(patch).where(eq(feeds.id, id)).returning());
    scope.log('Feed', id, status === 'ACTIVE' ? 'resume' : 'pause', before, after);
    scope.publish('feedChanged', id);
    return id;
  });
}

export const pauseFeed = (ctx: CommandContext, id: number) => setFeedStatus(ctx, id, 'PAUSED');
export const resumeFeed = (ctx: CommandContext, id: number) => setFeedStatus(ctx, id, 'ACTIVE');

/** Removes a feed and its item log; the sources it brought in stay (they are the ledger's, not the feed's). */
export async function removeFeed(ctx: CommandContext, id: number): Promise<number> {
  return write(ctx, async (scope) => {
    const before = await mustFind(scope.tx, feeds, id, 'id', 'feed');
    await scope.tx.delete(feeds).where(eq(feeds.id, id));
    scope.log('Feed', id, 'remove', before, null);
    scope.publish('feedChanged', id);
    return id;
  });
}

export interface FeedPollRecord {
  ok: boolean;
  error?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
}

/** One poll's outcome: success schedules the next poll an interval on; failure doubles the wait (capped). */
/**
 * Takes a due feed's next poll for this process, so that of several processes or hosts polling one database only
 * one fetches it: the feed's next poll moves `leaseMinutes` ahead (the retry if this process dies mid-poll) and
 * recordFeedPoll then sets the real one. False when the feed is not due (another process took it).
 */
export async function claimFeedPoll(ctx: CommandContext, id: number, leaseMinutes = 10, now = new Date()): Promise<boolean> {
  return write(
    ctx,
    async ({ tx }) => {
      const at = now.toISOString();
      const taken = await tx
        .update(feeds)
        .set({ nextPollAt: new Date(now.getTime() + leaseMinutes * 60_000).toISOString() })
        .where(and(eq(feeds.id, id), eq(feeds.status, 'ACTIVE'), lte(feeds.nextPollAt, at)))
        .returning({ id: feeds.id });
      return taken.length === 1;
    },
    'feed poller',
  );
}

export async function recordFeedPoll(ctx: CommandContext, id: number, poll: FeedPollRecord, now = new Date()): Promise<void> {
  await write(
    ctx,
    async ({ tx }) => {
      const feed = await first(tx.select().from(feeds).where(eq(feeds.id, id)).limit(1));
      if (!feed) return; // removed while it was being polled
      const at = now.toISOString();
      const failures = poll.ok ? 0 : feed.failures + 1;
      const wait = poll.ok ? feed.intervalMinutes : Math.min(feed.intervalMinutes * 2 ** failures, MAX_BACKOFF_MINUTES);
      await tx
        .update(feeds)
        .set({
          lastPolledAt: at,
          failures,
          nextPollAt: new Date(now.getTime() + wait * 60_000).toISOString(),
          ...(poll.ok
            ? {
                lastSuccessAt: at,
                lastError: null,
                etag: poll.etag ?? feed.etag,
                lastModified: poll.lastModified ?? feed.lastModified,
                title: poll.title ?? feed.title,
              }
            : { lastError: poll.error ?? 'failed' }),
        })
        .where(eq(feeds.id, id));
    },
    'feed poller',
  );
}

export interface FeedItemRecord {
  url: string;
  title?: string | null;
  outcome: FeedItemOutcome;
  note?: string | null;
  sourceId?: number | null;
}

export async function recordFeedItem(ctx: CommandContext, feedId: number, item: FeedItemRecord): Promise<void> {
  await write(
    ctx,
    async ({ tx }) => {
      if (!(await first(tx.select({ id: feeds.id }).from(feeds).where(eq(feeds.id, feedId)).limit(1)))) return;
      const values = {
        feedId,
        url: item.url,
        title: item.title ?? null,
        outcome: item.outcome,
        note: item.note ?? null,
        sourceId: item.sourceId ?? null,
      };
      await tx
        .insert(feedItems)
        .values(values)
        .onConflictDoUpdate({
          target: [feedItems.feedId, feedItems.url],
          set: { ...values, seenAt: new Date().toISOString() },
        });
    },
    'feed poller',
  );
}

/** Which of these item URLs this feed has already settled (anything but a failure, which is retried). */
export async function settledItemUrls(ctx: CommandContext, feedId: number, urls: string[]): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const rows = await ctx.db
    .select({ url: feedItems.url, outcome: feedItems.outcome })
    .from(feedItems)
    .where(and(eq(feedItems.feedId, feedId), inArray(feedItems.url, urls)));
  return new Set(rows.filter((r) => r.outcome !== 'FAILED').map((r) => r.url));
}
