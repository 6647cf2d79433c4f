import { eq } from 'drizzle-orm';
import { extractQuotes, linkVariant, type QuoteCandidate } from '@parley/extract';
import * as T from '../db/schema.ts';
import { checkCalendarDate } from '../domain/calendar-date.ts';
import { contentHash } from '../domain/content-hash.ts';
import type { Act, Channel, DatePrecision } from '../domain/enums.ts';
import { badInput, isParleyError } from '../errors.ts';
import { attachOrigin } from '../outlets/origin.ts';
import { first, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
import { chooseSpeaker, speakerBook, type SpeakerBook } from './ingest-speakers.ts';
import { insertOccasion } from './occasions.ts';
import { confirmQuoteIn } from './review.ts';
import { insertStatement } from './statements.ts';

export interface IngestInput {
  text: string;
  title: string;
  outlet: string;
  url?: string | null;
  publishedOn?: string | null;
  language?: string | null;
  publishedPrecision?: DatePrecision | null;
  /** The publisher as the page names itself (og:site_name, JSON-LD), to find the outlet's record. */
  publisher?: string | null;
  /** Confirm at once every candidate whose extraction confidence is at least this (trusted batches). */
  autoConfirmAbove?: number | null;
}

export interface IngestProblem {
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface IngestResult {
  sourceId: number;
  created: boolean;
  quoteIds: number[];
  /** Quotations found but not attributable to anyone: shown to the reviewer, stored nowhere. */
  unattributed: { text: string; start: number; end: number }[];
  /** Candidates that could not be stored; the source and every other candidate were. */
  problems: IngestProblem[];
  confirmed: number;
}

type Candidate = QuoteCandidate;

const DAY = 86_400_000;
const shiftDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * Turns an article into a source plus pending statements and SUGGESTED quotes, in one transaction. The same
 * text again returns the stored source and its quotes. Nothing here is public until an editor confirms it.
 * Each candidate is stored under a savepoint of its own: one that cannot be stored is reported, and the
 * source and every other candidate are kept.
 */
export async function ingestArticle(ctx: CommandContext, input: IngestInput): Promise<IngestResult> {
  // Before the lookup: a repeat of a stored text must not make an impossible date look accepted.
  checkCalendarDate('input.publishedOn', input.publishedOn);
  if (!/\p{L}/u.test(input.text)) throw badInput('input.text', 'contains no words');
  const hash = contentHash(input.text);
  const existing = await first(ctx.db.select({ id: T.sources.id }).from(T.sources).where(eq(T.sources.contentHash, hash)).limit(1));
  const publishedOn = input.publishedOn ?? undefined;
  const candidates: Candidate[] = extractQuotes(input.text, { publishedOn, outlet: input.outlet, title: input.title });
  const unattributed = candidates.filter((c) => !c.speaker).map(({ text, start, end }) => ({ text, start, end }));
  if (existing) {
    // Extraction is cheap and pure, so a repeat shows the same unattributed quotations as the first time.
    const rows = await ctx.db.select({ id: T.quotes.id }).from(T.quotes).where(eq(T.quotes.sourceId, existing.id));
    const quoteIds = rows.map((q) => q.id);
    return { sourceId: existing.id, created: false, quoteIds, unattributed, problems: [], confirmed: 0 };
  }
  if (candidates.length === 0) throw badInput('input.text', 'no quotations or attributed statements were found in it');
  const attributed = candidates.filter((c) => c.speaker);
  if (attributed.length === 0) throw badInput('input.text', 'quotations were found, but none could be attributed to a speaker');

  return write(ctx, async (scope) => {
    const source = (await first(
      scope.tx
        .insert(T.sources)
        .values({
          title: input.title,
          outlet: input.outlet,
          kind: 'NEWS_ARTICLE',
          url: input.url ?? null,
          publishedOn: input.publishedOn ?? null,
          publishedPrecision: input.publishedPrecision ?? 'DAY',
          language: input.language ?? 'en',
          body: input.text,
          contentHash: hash,
        })
        .returning(),
    ))!;
    scope.log('Source', source.id, 'ingest', null, { ...source, body: `${source.body.length} characters` });
    await attachOrigin(scope, { sourceId: source.id, body: input.text, url: input.url, outlet: input.outlet, publisher: input.publisher });

    const book = await speakerBook(scope, input.text);
    const occasions = new Map<string, number>();
    const quoteIds: number[] = [];
    const problems: IngestProblem[] = [];
    let confirmed = 0;
    for (const candidate of attributed) {
      // What a rolled-back candidate added to the article's memo must go with it (the savepoint takes its rows,
      // change-log entries and publications).
      const memo = { occasions: new Map(occasions), proposed: new Map(book.proposed), actors: book.actors.length };
      try {
        const quoteId = await scope.savepoint((inner) => storeCandidate(inner, book, occasions, candidate, source.id, input.publishedOn ?? null));
        if (quoteId === null) continue;
        quoteIds.push(quoteId);
        if (input.autoConfirmAbove != null && candidate.confidence >= input.autoConfirmAbove && (await confirmIfKnownSpeaker(scope, quoteId))) confirmed++;
      } catch (error) {
        if (!isParleyError(error)) throw error;
        occasions.clear();
        for (const [k, v] of memo.occasions) occasions.set(k, v);
        book.proposed = memo.proposed;
        book.actors.length = memo.actors;
        problems.push({ text: candidate.text, start: candidate.start, end: candidate.end, reason: error.message });
      }
    }
    if (quoteIds.length > confirmed) scope.publish('reviewQueueChanged', source.id);
    return { sourceId: source.id, created: true, quoteIds, unattributed, problems, confirmed };
  });
}

/** Trusted batches confirm only what names a known actor: a proposed speaker always waits for an editor. */
async function confirmIfKnownSpeaker(scope: WriteScope, quoteId: number): Promise<boolean> {
  const row = await first(
    scope.tx
      .select({ status: T.actors.status })
      .from(T.quotes)
      .innerJoin(T.statements, eq(T.statements.id, T.quotes.statementId))
      .innerJoin(T.actors, eq(T.actors.id, T.statements.speakerId))
      .where(eq(T.quotes.id, quoteId))
      .limit(1),
  );
  if (row?.status !== 'ACTIVE') return false;
  await confirmQuoteIn(scope, quoteId);
  return true;
}

async function storeCandidate(
  scope: WriteScope,
  book: SpeakerBook,
  occasions: Map<string, number>,
  candidate: Candidate,
  sourceId: number,
  publishedOn: string | null,
): Promise<number | null> {
  const speaker = candidate.speaker!;
  const { actorId: speakerId, method } = await chooseSpeaker(scope, book, speaker);
  const saidOn = candidate.saidOn ?? publishedOn ?? new Date().toISOString().slice(0, 10);
  const link = await findVariant(scope, candidate, speakerId, saidOn);
  const statementId = link ? Number(link.statementId) : await newPendingStatement(scope, occasions, candidate, speakerId, saidOn, sourceId);
  const quote = await first(
    scope.tx
      .insert(T.quotes)
      .values({
        statementId,
        sourceId,
        text: candidate.text,
        kind: candidate.kind,
        start: candidate.start,
        end: candidate.end,
        link: 'SUGGESTED',
      })
      .onConflictDoNothing()
      .returning(),
  );
  if (!quote) return null;
  await scope.tx.insert(T.quoteCandidates).values({
    quoteId: quote.id,
    speakerText: speaker.text,
    speakerStart: speaker.start,
    speakerEnd: speaker.end,
    speakerName: speaker.name,
    resolution: method,
    verb: candidate.verb,
    confidence: candidate.confidence,
    similarity: link?.score ?? null,
    act: actOf(candidate),
    actConfidence: candidate.actConfidence,
    speakerKind: speaker.kind ?? null,
  });
  scope.log('Quote', quote.id, 'ingest', null, quote);
  return quote.id;
}

const actOf = (candidate: Candidate): Act => candidate.act;

/** The statement this quote prints, if the same speaker said something close enough within a few days. */
async function findVariant({ tx }: WriteScope, candidate: Candidate, speakerId: number, saidOn: string) {
  const window = 3;
  const nearby = await tx.query.statements.findMany({
    columns: { id: true, text: true, saidOn: true, speakerId: true },
    where: {
      speakerId,
      status: { in: ['PUBLISHED', 'PENDING'] },
      saidOn: { gte: shiftDay(saidOn, -window), lte: shiftDay(saidOn, window) },
    },
    with: { quotes: { columns: { text: true }, where: { link: { ne: 'REJECTED' } } } },
  });
  const records = nearby.map((s) => ({
    id: String(s.id),
    speakerId: String(s.speakerId),
    saidOn: s.saidOn,
    text: s.text,
    quotes: s.quotes.map((q) => q.text),
  }));
  return linkVariant(candidate.text, records, { speakerId: String(speakerId), saidOn, windowDays: window });
}

async function newPendingStatement(
  scope: WriteScope,
  occasions: Map<string, number>,
  candidate: Candidate,
  speakerId: number,
  saidOn: string,
  sourceId: number,
): Promise<number> {
  const channel = candidate.channel as Channel;
  const key = `${speakerId}|${saidOn}|${channel}`;
  let occasionId = occasions.get(key);
  if (occasionId === undefined) {
    const fields = {
      speakerId,
      saidOn,
      datePrecision: candidate.datePrecision as DatePrecision,
      channel,
      note: `Proposed by ingestion of source ${sourceId}`,
    };
    occasionId = (await insertOccasion(scope, fields, 'speaker', 'ingest')).id;
    occasions.set(key, occasionId);
  }
  const occasion = { id: occasionId, speakerId, saidOn, channel };
  const text = candidate.canonicalText?.trim() || candidate.text;
  const fields = { text, act: actOf(candidate), conditional: candidate.conditional, status: 'PENDING' as const };
  return (await insertStatement(scope, occasion, fields, 'candidate', 'ingest')).id;
}
