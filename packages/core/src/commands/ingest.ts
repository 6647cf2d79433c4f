import { eq } from 'drizzle-orm';
import { articleContext, extractQuotes, linkVariant, resolveActor, type ActorRecord, type QuoteCandidate } from '@parley/extract';

import * as T from '../db/schema.ts';
import { contentHash } from '../domain/content-hash.ts';
import type { Channel, DatePrecision } from '../domain/enums.ts';
import { badInput } from '../errors.ts';
import { addAlias, slugify } from '../write/aliases.ts';
import { write, type CommandContext, type WriteScope } from '../write/transaction.ts';
import { actFromVerb } from '../ingest/acts.ts';
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
  /** Confirm at once every candidate whose extraction confidence is at least this (trusted batches). */
  autoConfirmAbove?: number | null;
}

export interface IngestResult {
  sourceId: number;
  created: boolean;
  quoteIds: number[];
  /** Quotations found but not attributable to anyone: shown to the reviewer, stored nowhere. */
  unattributed: { text: string; start: number; end: number }[];
  confirmed: number;
}

const DAY = 86_400_000;
const shiftDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * Turns an article into a source plus pending statements and SUGGESTED quotes, in one transaction. The same
 * text again returns the stored source and its quotes. Nothing here is public until an editor confirms it.
 */
export function ingestArticle(ctx: CommandContext, input: IngestInput): IngestResult {
  if (!/\p{L}/u.test(input.text)) throw badInput('input.text', 'contains no words');
  const hash = contentHash(input.text);
  const existing = ctx.db.select().from(T.sources).where(eq(T.sources.contentHash, hash)).get();
  const publishedOn = input.publishedOn ?? undefined;
  const candidates = extractQuotes(input.text, { publishedOn, outlet: input.outlet, title: input.title });
  if (existing) {
    // Extraction is cheap and pure, so a repeat shows the same unattributed quotations as the first time.
    const quoteIds = ctx.db.select({ id: T.quotes.id }).from(T.quotes).where(eq(T.quotes.sourceId, existing.id)).all().map((q) => q.id);
    const unattributed = candidates.filter((c) => !c.speaker).map(({ text, start, end }) => ({ text, start, end }));
    return { sourceId: existing.id, created: false, quoteIds, unattributed, confirmed: 0 };
  }

  if (candidates.length === 0) throw badInput('input.text', 'no quotations or attributed statements were found in it');
  const attributed = candidates.filter((c) => c.speaker);
  const unattributed = candidates.filter((c) => !c.speaker).map(({ text, start, end }) => ({ text, start, end }));
  if (attributed.length === 0) throw badInput('input.text', 'quotations were found, but none could be attributed to a speaker');

  return write(ctx, (scope) => {
    const { tx, log } = scope;
    const source = tx
      .insert(T.sources)
      .values({
        title: input.title,
        outlet: input.outlet,
        kind: 'NEWS_ARTICLE',
        url: input.url ?? null,
        publishedOn: input.publishedOn ?? null,
        publishedPrecision: 'DAY',
        language: input.language ?? 'en',
        body: input.text,
        contentHash: hash,
      })
      .returning()
      .get();
    log('Source', source.id, 'ingest', null, { ...source, body: `${source.body.length} characters` });

    const actors = loadActorRecords(scope);
    const context = articleContext(input.text);
    const proposed = new Map<string, number>();
    const occasions = new Map<string, number>();
    const quoteIds: number[] = [];
    let confirmed = 0;

    for (const candidate of attributed) {
      const speaker = candidate.speaker!;
      const mention = speaker.name ?? speaker.text;
      const resolution = resolveActor(mention, actors, context);
      let speakerId: number;
      let method: string;
      if ('actorId' in resolution) {
        speakerId = Number(resolution.actorId);
        method = resolution.method;
      } else {
        speakerId = proposeActor(scope, proposed, actors, resolution.proposal.name, resolution.proposal.role ?? speaker.role);
        method = 'proposed';
      }
      const saidOn = candidate.saidOn ?? input.publishedOn ?? new Date().toISOString().slice(0, 10);
      const link = findVariant(scope, candidate, speakerId, saidOn);
      const statementId = link
        ? Number(link.statementId)
        : newPendingStatement(scope, occasions, candidate, speakerId, saidOn, source.id);
      const quote = tx
        .insert(T.quotes)
        .values({
          statementId,
          sourceId: source.id,
          text: candidate.text,
          kind: candidate.kind,
          start: candidate.start,
          end: candidate.end,
          link: 'SUGGESTED',
        })
        .onConflictDoNothing()
        .returning()
        .get();
      if (!quote) continue;
      tx.insert(T.quoteCandidates)
        .values({
          quoteId: quote.id,
          speakerText: speaker.text,
          speakerStart: speaker.start,
          speakerEnd: speaker.end,
          speakerName: speaker.name,
          resolution: method,
          verb: candidate.verb,
          confidence: candidate.confidence,
          similarity: link?.score ?? null,
        })
        .run();
      log('Quote', quote.id, 'ingest', null, quote);
      quoteIds.push(quote.id);
      if (input.autoConfirmAbove != null && candidate.confidence >= input.autoConfirmAbove) {
        confirmQuoteIn(scope, quote.id);
        confirmed++;
      }
    }
    return { sourceId: source.id, created: true, quoteIds, unattributed, confirmed };
  });
}

function loadActorRecords({ tx }: WriteScope): ActorRecord[] {
  const rows = tx.query.actors.findMany({
    columns: { id: true, name: true },
    with: { aliases: { columns: { text: true } }, roles: { columns: { title: true } } },
  }).sync();
  return rows.map((a) => ({ id: String(a.id), name: a.name, aliases: a.aliases.map((x) => x.text), roles: a.roles.map((r) => r.title) }));
}

/** One PROPOSED actor per unknown name, shared by every quote of it in this article and resolvable later. */
function proposeActor(scope: WriteScope, proposed: Map<string, number>, actors: ActorRecord[], name: string, role?: string): number {
  const key = name.trim().toLowerCase();
  const known = proposed.get(key);
  if (known) return known;
  const { tx, log } = scope;
  let slug = slugify(name);
  for (let n = 2; tx.select({ id: T.actors.id }).from(T.actors).where(eq(T.actors.slug, slug)).get(); n++) slug = `${slugify(name)}-${n}`;
  const actor = tx.insert(T.actors).values({ slug, name: name.trim(), kind: 'PERSON', status: 'PROPOSED' }).returning().get();
  addAlias(tx, actor.id, name, 'NAME', null, 'speaker');
  if (role) tx.insert(T.actorRoles).values({ actorId: actor.id, title: role }).run();
  log('Actor', actor.id, 'propose', null, { ...actor, role });
  proposed.set(key, actor.id);
  actors.push({ id: String(actor.id), name: actor.name, aliases: [name], roles: role ? [role] : [] });
  return actor.id;
}

/** The statement this quote prints, if the same speaker said something close enough within a few days. */
function findVariant({ tx }: WriteScope, candidate: QuoteCandidate, speakerId: number, saidOn: string) {
  const window = 3;
  const nearby = tx.query.statements.findMany({
    columns: { id: true, text: true, saidOn: true, speakerId: true },
    where: {
      speakerId,
      status: { in: ['PUBLISHED', 'PENDING'] },
      saidOn: { gte: shiftDay(saidOn, -window), lte: shiftDay(saidOn, window) },
    },
    with: { quotes: { columns: { text: true }, where: { link: { ne: 'REJECTED' } } } },
  }).sync();
  const records = nearby.map((s) => ({ id: String(s.id), speakerId: String(s.speakerId), saidOn: s.saidOn, text: s.text, quotes: s.quotes.map((q) => q.text) }));
  return linkVariant(candidate.text, records, { speakerId: String(speakerId), saidOn, windowDays: window });
}

function newPendingStatement(
  scope: WriteScope,
  occasions: Map<string, number>,
  candidate: QuoteCandidate,
  speakerId: number,
  saidOn: string,
  sourceId: number,
): number {
  const { tx, log } = scope;
  const channel = candidate.channel as Channel;
  const key = `${speakerId}|${saidOn}|${channel}`;
  let occasionId = occasions.get(key);
  if (occasionId === undefined) {
    const occasion = insertOccasion(
      scope,
      { speakerId, saidOn, datePrecision: candidate.datePrecision as DatePrecision, channel, note: `Proposed by ingestion of source ${sourceId}` },
      'speaker',
      'ingest',
    );
    occasionId = occasion.id;
    occasions.set(key, occasionId);
  }
  const occasion = { id: occasionId, speakerId, saidOn, channel };
  return insertStatement(scope, occasion, { text: candidate.text, act: actFromVerb(candidate.verb), status: 'PENDING' }, 'candidate', 'ingest').id;
}
