import { confirmActor, editQuote, proposeQuote, reopenQuote, reproposeActor, restoreQuote } from '@parley/core';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { globalIdOf, idOf, optionalIdOf } from '../ids.ts';
import { Act, ActorKind, Channel, DatePrecision, QuoteKind } from './enums.ts';
import { nameRule, offsetRule, textRule, verbatimRule } from './inputs.ts';

const countryRule = z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO-3166 alpha-2 code');

const EditQuoteInput = builder.inputType('EditQuoteInput', {
  description: 'Anything a reviewer may fix before confirming. Statement fields apply to a pending statement only.',
  fields: (t) => ({
    text: t.string({ validate: verbatimRule }),
    start: t.int({ validate: offsetRule }),
    end: t.int({ validate: offsetRule }),
    kind: t.field({ type: QuoteKind }),
    speakerId: t.id({ description: 'The real speaker (for a pending statement).' }),
    statementId: t.id({ description: 'Link the quote to this statement instead.' }),
    act: t.field({ type: Act, description: "The statement's act; its intensity follows." }),
    conditional: t.boolean(),
    statementText: t.string({ validate: textRule, description: "The statement's canonical wording." }),
    saidOn: t.field({ type: 'Date' }),
    datePrecision: t.field({ type: DatePrecision }),
    channel: t.field({ type: Channel }),
  }),
});

const ProposeQuoteInput = builder.inputType('ProposeQuoteInput', {
  description: 'A quote the extractor missed, selected in the article by a reviewer.',
  fields: (t) => ({
    sourceId: t.id({ required: true }),
    text: t.string({ required: true, validate: verbatimRule }),
    start: t.int({ required: true, validate: offsetRule }),
    end: t.int({ required: true, validate: offsetRule }),
    kind: t.field({ type: QuoteKind, defaultValue: 'DIRECT' }),
    speakerId: t.id({ required: true }),
    act: t.field({ type: Act, defaultValue: 'COMMENT' }),
    conditional: t.boolean({ defaultValue: false }),
    statementText: t.string({ validate: textRule }),
    saidOn: t.field({ type: 'Date', description: "Default: the source's date." }),
    datePrecision: t.field({ type: DatePrecision }),
    channel: t.field({ type: Channel }),
  }),
});

const ConfirmActorInput = builder.inputType('ConfirmActorInput', {
  description: 'Corrections to a proposed actor, applied as it is confirmed.',
  fields: (t) => ({
    name: t.string({ validate: nameRule }),
    kind: t.field({ type: ActorKind }),
    country: t.string({ validate: countryRule }),
    description: t.string({ validate: textRule }),
  }),
});

builder.mutationFields((t) => {
  const quoteMutation = (description: string, command: (ctx: Parameters<typeof reopenQuote>[0], id: number) => Promise<number>) =>
    t.drizzleField({
      type: 'quotes',
      authScopes: { editor: true },
      description,
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _r, args, ctx) => {
        const id = await command(ctx, idOf('Quote', String(args.id), 'id'));
        return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
      },
    });
  return {
    editQuote: t.drizzleField({
      type: 'quotes',
      authScopes: { editor: true },
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: EditQuoteInput, required: true }) },
      resolve: async (query, _r, args, ctx) => {
        const id = idOf('Quote', String(args.id), 'id');
        const { speakerId, statementId, ...rest } = args.input;
        await editQuote(ctx, id, {
          ...rest,
          speakerId: optionalIdOf('Actor', speakerId, 'input.speakerId'),
          statementId: optionalIdOf('Statement', statementId, 'input.statementId'),
        });
        return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
      },
    }),
    reopenQuote: quoteMutation(
      'Undoes a confirmation: the quote is suggested again and its statement, if nothing else holds it up, leaves the public record.',
      reopenQuote,
    ),
    restoreQuote: quoteMutation('Undoes a rejection: the quote is suggested again.', restoreQuote),
    proposeQuote: t.drizzleField({
      type: 'quotes',
      authScopes: { editor: true },
      description: 'Adds a quote the extractor missed, as a suggested quote on a new pending statement.',
      args: { input: t.arg({ type: ProposeQuoteInput, required: true }) },
      resolve: async (query, _r, { input }, ctx) => {
        const id = await proposeQuote(ctx, {
          ...input,
          sourceId: idOf('Source', String(input.sourceId), 'input.sourceId'),
          speakerId: idOf('Actor', String(input.speakerId), 'input.speakerId'),
        });
        return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
      },
    }),
    confirmActor: t.drizzleField({
      type: 'actors',
      authScopes: { editor: true },
      description: 'Accepts an actor proposed by ingestion into the public list, with the corrections given.',
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: ConfirmActorInput }) },
      resolve: async (query, _r, args, ctx) => {
        const id = await confirmActor(ctx, idOf('Actor', String(args.id), 'id'), args.input ?? {});
        return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
      },
    }),
    reproposeActor: t.drizzleField({
      type: 'actors',
      authScopes: { editor: true },
      description: 'Undoes confirmActor for an actor that speaks in no published statement.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _r, args, ctx) => {
        const id = await reproposeActor(ctx, idOf('Actor', String(args.id), 'id'));
        return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
      },
    }),
  };
});

builder.queryFields((t) => ({
  reviewSources: t.drizzleField({
    type: ['sources'],
    authScopes: { editor: true },
    description: 'Sources with quotes awaiting review, newest first: articles ingested anywhere (API, CLI, feeds). Needs a token.',
    args: { first: t.arg.int({ defaultValue: 50, validate: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100') }) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.query.sources.findMany(
        query({
          where: { RAW: (s) => sql`${s.id} IN (SELECT source_id FROM quotes WHERE link = 'SUGGESTED')` },
          orderBy: { id: 'desc' },
          limit: args.first ?? 50,
        }),
      ),
  }),
}));

builder.drizzleObjectFields('sources', (t) => ({
  awaitingReview: t.int({
    authScopes: { editor: true },
    description: 'How many of its quotes await review. Needs a token.',
    select: { extras: { awaitingReview: (s) => sql<number>`(SELECT count(*) FROM quotes q WHERE q.source_id = ${s.id} AND q.link = 'SUGGESTED')` } },
    resolve: (s) => Number(s.awaitingReview),
  }),
}));

builder.subscriptionFields((t) => ({
  statementWithdrawn: t.id({
    description: 'The id of each statement that leaves the public record (a confirmation undone), so live views can drop it.',
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe('statementWithdrawn'),
    resolve: (id) => globalIdOf('Statement', id as unknown as number),
  }),
}));
