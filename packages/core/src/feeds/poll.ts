// One poll of one feed: a conditional GET, then every item not seen before fetched, read and ingested into
// the review queue. Items are deduplicated by URL (this feed's log, and any source already at that address)
// and by content (ingestArticle answers the stored source for text it has seen).
import { eq } from 'drizzle-orm';
import { feeds } from '../db/schema.ts';
import { isParleyError } from '../errors.ts';
import { ingestArticle } from '../commands/ingest.ts';
import { readPage, sourceByUrl } from '../commands/ingest-url.ts';
import { recordFeedItem, recordFeedPoll, settledItemUrls } from '../commands/feeds.ts';
import type { OutboundOptions } from '../net/guarded-fetch.ts';
import { OutboundError } from '../net/outbound-guard.ts';
import { parseFeed } from '../web/feed.ts';
import { fetchFeed } from '../web/fetch-page.ts';
import { first, type CommandContext } from '../write/transaction.ts';
import type { HostQueue } from './host-queue.ts';

export interface PollReport {
  feedId: number;
  ok: boolean;
  notModified: boolean;
  items: number;
  ingested: number;
  duplicates: number;
  noQuotes: number;
  failed: number;
  error?: string;
}

const messageOf = (error: unknown) =>
  error instanceof OutboundError
    ? error.reason
    : isParleyError(error)
      ? (error.extensions.reason ?? error.message).replace(/^[\w.]+: /, '')
      : (error as Error).message;

export async function pollFeed(ctx: CommandContext, feedId: number, net: OutboundOptions, hosts: HostQueue): Promise<PollReport> {
  const report: PollReport = { feedId, ok: false, notModified: false, items: 0, ingested: 0, duplicates: 0, noQuotes: 0, failed: 0 };
  const feed = await first(ctx.db.select().from(feeds).where(eq(feeds.id, feedId)).limit(1));
  if (!feed) return report;
  const conditional: Record<string, string> = {};
  if (feed.etag) conditional['if-none-match'] = feed.etag;
  if (feed.lastModified) conditional['if-modified-since'] = feed.lastModified;
  let parsed: ReturnType<typeof parseFeed>;
  let response: Awaited<ReturnType<typeof fetchFeed>>;
  try {
    response = await hosts.run(feed.url, () => fetchFeed(feed.url, net, conditional));
    if (response.status === 304) {
      await recordFeedPoll(ctx, feedId, { ok: true });
      return { ...report, ok: true, notModified: true };
    }
    parsed = parseFeed(response.text, response.url);
  } catch (error) {
    await recordFeedPoll(ctx, feedId, { ok: false, error: messageOf(error) });
    return { ...report, error: messageOf(error) };
  }
  const seen = await settledItemUrls(
    ctx,
    feedId,
    parsed.items.map((i) => i.url),
  );
  const fresh = parsed.items.filter((i) => !seen.has(i.url));
  report.items = fresh.length;
  // Oldest first (by the feed's dates; undated items in reverse feed order, as feeds list newest first), so
  // an agency's story published before its copies is ingested before them and stays the original.
  const when = (i: { published: string | null }, index: number) => Date.parse(i.published ?? '') || -index;
  const ordered = fresh.map((item, index) => ({ item, at: when(item, index) })).sort((a, b) => a.at - b.at);
  for (const { item } of ordered) {
    const known = await sourceByUrl(ctx, item.url);
    if (known !== null) {
      await recordFeedItem(ctx, feedId, {
        url: item.url,
        title: item.title,
        outcome: 'DUPLICATE',
        note: 'already a source at this address',
        sourceId: known,
      });
      report.duplicates++;
      continue;
    }
    try {
      const { url, article } = await hosts.run(item.url, () => readPage(item.url, net, 'url'));
      const canonical = article.canonicalUrl ?? url;
      const already = await sourceByUrl(ctx, canonical, url);
      if (already !== null) {
        await recordFeedItem(ctx, feedId, {
          url: item.url,
          title: item.title,
          outcome: 'DUPLICATE',
          note: 'already a source at its canonical address',
          sourceId: already,
        });
        report.duplicates++;
        continue;
      }
      const result = await ingestArticle(ctx, {
        text: article.text,
        title: article.title ?? item.title ?? canonical,
        outlet: feed.outlet,
        url: canonical,
        publisher: article.publisher,
        publishedOn: article.publishedOn,
        publishedPrecision: article.publishedPrecision,
        language: article.language ?? 'en',
      });
      const outcome = result.created ? 'INGESTED' : 'DUPLICATE';
      await recordFeedItem(ctx, feedId, {
        url: item.url,
        title: item.title,
        outcome,
        note: result.created ? `${result.quoteIds.length} quotes proposed` : 'same text as an earlier source',
        sourceId: result.sourceId,
      });
      report[result.created ? 'ingested' : 'duplicates']++;
    } catch (error) {
      // No quotations is a normal answer for a feed (sport, weather): seen, not retried.
      const noQuotes = isParleyError(error) && error.extensions.field === 'input.text';
      await recordFeedItem(ctx, feedId, { url: item.url, title: item.title, outcome: noQuotes ? 'NO_QUOTES' : 'FAILED', note: messageOf(error) });
      report[noQuotes ? 'noQuotes' : 'failed']++;
    }
  }
  const header = (name: string) => {
    const v = response.response.headers[name];
    return typeof v === 'string' ? v : null;
  };
  await recordFeedPoll(ctx, feedId, { ok: true, etag: header('etag'), lastModified: header('last-modified'), title: parsed.title });
  return { ...report, ok: true };
}
