import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { quotes } from '@parley/core/tables';
import { builder } from '../builder.ts';
import { confirmQuote, ingestArticle, rejectQuote, type IngestProblem, type IngestResult } from '@parley/core';
import { Act } from './enums.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { bodyRule, languageRule, nameRule, shortRule, urlRule } from './inputs.ts';

builder.drizzleObject('quoteCandidates', {
  name: 'QuoteCandidate',
  description: 'What the extractor proposed for an ingested quote, for the reviewer.',
  fields: (t) => ({
    speakerText: t.exposeString('speakerText', { nullable: true, description: 'The mention at the attribution: "he", "the minister".' }),
    speakerStart: t.exposeInt('speakerStart', { nullable: true }),
    speakerEnd: t.exposeInt('speakerEnd', { nullable: true }),
    speakerName: t.exposeString('speakerName', { nullable: true, description: 'The person the mention resolved to in the article.' }),
    resolution: t.exposeString('resolution', { nullable: true, description: 'exact, transliteration, surname, title or proposed' }),
    verb: t.exposeString('verb', { nullable: true }),
    confidence: t.exposeFloat('confidence'),
    similarity: t.exposeFloat('similarity', { nullable: true, description: 'Similarity to the statement it was linked to as a variant.' }),
    act: t.expose('act', {
      type: Act,
      nullable: true,
      description: 'The act the extractor proposed (the statement holds the one settled on).',
    }),
    actConfidence: t.exposeFloat('actConfidence', { nullable: true }),
    speakerKind: t.exposeString('speakerKind', {
      nullable: true,
      description: 'PERSON, BODY, GROUP, UNNAMED, or MANUAL when a reviewer added it.',
    }),
  }),
});

builder.drizzleObjectField('quotes', 'candidate', (t) => t.relation('candidate', { nullable: true, description: 'Present on quotes proposed by ingestion.' }));

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    text: t.string({ required: true, validate: bodyRule }),
    title: t.string({ required: true, validate: shortRule }),
    outlet: t.string({ required: true, validate: nameRule }),
    url: t.string({ validate: urlRule }),
    publishedOn: t.field({ type: 'Date' }),
    language: t.string({ defaultValue: 'en', validate: languageRule }),
    autoConfirmAbove: t.float({
      description: 'Confirm at once every candidate with at least this confidence (0–1). For trusted batches.',
      validate: z.number().min(0).max(1),
    }),
  }),
});

const Unattributed = builder.objectRef<{ text: string; start: number; end: number }>('UnattributedQuotation').implement({
  fields: (t) => ({ text: t.exposeString('text'), start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

const Problem = builder.objectRef<IngestProblem>('IngestProblem').implement({
  description: 'A candidate that could not be stored; the rest of the article was.',
  fields: (t) => ({ text: t.exposeString('text'), start: t.exposeInt('start'), end: t.exposeInt('end'), reason: t.exposeString('reason') }),
});

export const IngestResultRef = builder.objectRef<IngestResult>('IngestResult').implement({
  fields: (t) => ({
    source: t.drizzleField({
      type: 'sources',
      resolve: (query, r, _a, ctx) => ctx.db.query.sources.findFirst(query({ where: { id: r.sourceId } })).then((s) => s!),
    }),
    created: t.exposeBoolean('created', { description: 'False when the same text was ingested before.' }),
    confirmed: t.exposeInt('confirmed', { description: 'Candidates confirmed at once by autoConfirmAbove.' }),
    quotes: t.drizzleField({
      type: ['quotes'],
      description: 'Every quote proposed from this article, in reading order.',
      resolve: (query, r, _a, ctx) => ctx.db.query.quotes.findMany(query({ where: { id: { in: r.quoteIds } }, orderBy: { start: 'asc', id: 'asc' } })),
    }),
    unattributed: t.expose('unattributed', { type: [Unattributed], description: 'Quotations no speaker could be found for; not stored.' }),
    problems: t.expose('problems', { type: [Problem] }),
  }),
});

builder.queryFields((t) => ({
  reviewQueue: t.drizzleConnection(
    {
      type: 'quotes',
      authScopes: { editor: true },
      description: 'Quotes awaiting review (SUGGESTED), oldest first. Needs a token.',
      args: { source: t.arg.id({ description: 'Only quotes from this source.' }) },
      totalCount: (_p, args, ctx) => {
        const { sourceId } = reviewWhere(args.source) as { sourceId?: number };
        return ctx.db.$count(quotes, and(eq(quotes.link, 'SUGGESTED'), sourceId ? eq(quotes.sourceId, sourceId) : undefined));
      },
      resolve: (query, _p, args, ctx) => ctx.db.query.quotes.findMany(query({ where: reviewWhere(args.source), orderBy: { id: 'asc' } })),
    },
    { name: 'ReviewQueueConnection' },
    { name: 'ReviewQueueEdge' },
  ),
}));

function reviewWhere(source: string | number | null | undefined) {
  const sourceId = optionalIdOf('Source', source == null ? null : String(source), 'source');
  return sourceId === null ? { link: 'SUGGESTED' as const } : { link: 'SUGGESTED' as const, sourceId };
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestResultRef,
    authScopes: { editor: true },
    description:
      'Stores an article as a source and proposes its quotes: speakers resolved against known actors (or proposed), each quote linked to a statement it is a variant of or to a new pending statement. Idempotent on content.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: (_r, { input }, ctx) => ingestArticle(ctx, input),
  }),
  confirmQuote: t.drizzleField({
    type: 'quotes',
    authScopes: { editor: true },
    description: 'Confirms a suggested quote; its statement (if pending) is published and announced on statementAdded.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Quote', String(args.id), 'id');
      await confirmQuote(ctx, id);
      return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
    },
  }),
  rejectQuote: t.drizzleField({
    type: 'quotes',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Quote', String(args.id), 'id');
      await rejectQuote(ctx, id);
      return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
    },
  }),
}));
