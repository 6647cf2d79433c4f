// An article by its address: fetched through the outbound guard, read with Readability, then stored like a
// pasted article (ingestArticle) with the page's own metadata. Fetching happens before the write begins,
// so a slow site never holds the write lock (SQLite's, or PostgreSQL's advisory one), and a failed fetch
// writes nothing.
import { eq, or } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import { checkCalendarDate } from '../domain/calendar-date.ts';
import type { DatePrecision } from '../domain/enums.ts';
import { badInput, isParleyError } from '../errors.ts';
import type { OutboundOptions } from '../net/guarded-fetch.ts';
import { OutboundError } from '../net/outbound-guard.ts';
import { outletByDomain } from '../outlets/resolve.ts';
import { readArticle, type PageArticle } from '../web/article.ts';
import { fetchPage } from '../web/fetch-page.ts';
import { first, type CommandContext } from '../write/transaction.ts';
import { ingestArticle, type IngestResult } from './ingest.ts';

export interface IngestUrlInput {
  url: string;
  title?: string | null;
  outlet?: string | null;
  publishedOn?: string | null;
  language?: string | null;
  autoConfirmAbove?: number | null;
}

export interface IngestUrlResult extends IngestResult {
  url: string;
  page: Omit<PageArticle, 'text'>;
}

/** Turns a fetch failure into an input error naming the field that carried the address. */
export function outboundProblem(error: unknown, field: string): unknown {
  if (error instanceof OutboundError) return badInput(field, error.reason);
  return error;
}

export async function sourceByUrl(ctx: CommandContext, ...urls: (string | null | undefined)[]): Promise<number | null> {
  const wanted = urls.filter((u): u is string => !!u);
  if (wanted.length === 0) return null;
  const row = await first(
    ctx.db
      .select({ id: T.sources.id })
      .from(T.sources)
      .where(or(...wanted.map((u) => eq(T.sources.url, u))))
      .limit(1),
  );
  return row?.id ?? null;
}

/** Fetches and reads a page without storing anything: the feed poller and ingestUrl share it. */
export async function readPage(url: string, net: OutboundOptions, field = 'input.url'): Promise<{ url: string; article: PageArticle }> {
  try {
    const page = await fetchPage(url, net);
    const article = readArticle(page.text, page.url);
    if (!article) throw badInput(field, 'not an article: the page holds no readable article text');
    return { url: page.url, article };
  } catch (error) {
    throw outboundProblem(error, field);
  }
}

export async function ingestUrl(ctx: CommandContext, input: IngestUrlInput, net: OutboundOptions, field = 'input.url'): Promise<IngestUrlResult> {
  // Before the fetch, so a mistyped date costs no request to someone else's site.
  checkCalendarDate('input.publishedOn', input.publishedOn);
  const { url: finalUrl, article } = await readPage(input.url, net, field);
  const url = article.canonicalUrl ?? finalUrl;
  const { text: _text, ...page } = article;
  const known = await sourceByUrl(ctx, url, finalUrl, input.url);
  if (known !== null) {
    const rows = await ctx.db.select({ id: T.quotes.id }).from(T.quotes).where(eq(T.quotes.sourceId, known));
    const quoteIds = rows.map((q) => q.id);
    return { sourceId: known, created: false, quoteIds, unattributed: [], problems: [], confirmed: 0, url, page };
  }
  const outlet = input.outlet?.trim() || (await outletNameFor(ctx, url)) || article.publisher || new URL(url).hostname.replace(/^www\./, '');
  try {
    const result = await ingestArticle(ctx, {
      text: article.text,
      title: input.title?.trim() || article.title || url,
      outlet,
      url,
      publisher: article.publisher,
      publishedOn: input.publishedOn ?? article.publishedOn,
      publishedPrecision: input.publishedOn ? 'DAY' : (article.publishedPrecision as DatePrecision),
      language: input.language ?? article.language ?? 'en',
      autoConfirmAbove: input.autoConfirmAbove,
    });
    return { ...result, url, page };
  } catch (error) {
    // "No quotations in input.text" is about the page the URL names: say so on the field the user filled.
    if (isParleyError(error) && error.extensions.field === 'input.text')
      throw badInput(field, `the article ${error.extensions.reason?.replace(/^input\.text: /, '')}`);
    throw error;
  }
}

/** A known outlet's own name for the domain, so "apnews.com" is filed as "Associated Press". */
async function outletNameFor(ctx: CommandContext, url: string): Promise<string | null> {
  const id = await outletByDomain({ tx: ctx.db }, url);
  if (id === null) return null;
  return (await first(ctx.db.select({ name: T.outlets.name }).from(T.outlets).where(eq(T.outlets.id, id)).limit(1)))?.name ?? null;
}
