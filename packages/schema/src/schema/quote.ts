import { addQuote, updateQuote, type QuoteFields } from '@parley/core';
import { builder } from '../builder.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { QuoteKind, QuoteLink } from './enums.ts';
import { offsetRule, verbatimRule } from './inputs.ts';
import { z } from 'zod';

builder.drizzleNode('quotes', {
  name: 'Quote',
  id: { column: (q) => q.id },
  // Only the columns a document selects, and always link, which the visibility rule reads.
  select: { columns: { link: true } },
  description: 'What one source printed of a statement, pinned to its exact span in the source body.',
  fields: (t) => ({
    statement: t.relation('statement'),
    source: t.relation('source'),
    text: t.exposeString('text', { description: 'Verbatim as printed.' }),
    kind: t.expose('kind', { type: QuoteKind }),
    start: t.exposeInt('start', { description: 'Offset into source.body (JavaScript string index).' }),
    end: t.exposeInt('end'),
    link: t.expose('link', { type: QuoteLink }),
    context: t.field({
      type: QuoteContext,
      description: 'The words around the span in its source, for reading it in place.',
      args: { chars: t.arg.int({ defaultValue: 160, validate: z.number().int().min(0).max(2000) }) },
      select: { columns: { start: true, end: true }, with: { source: { columns: { body: true } } } },
      resolve: (q, args) => ({
        before: q.source.body.slice(Math.max(0, q.start - (args.chars ?? 160)), q.start),
        text: q.source.body.slice(q.start, q.end),
        after: q.source.body.slice(q.end, q.end + (args.chars ?? 160)),
      }),
    }),
  }),
});

const QuoteContext = builder.objectRef<{ before: string; text: string; after: string }>('QuoteContext').implement({
  fields: (t) => ({ before: t.exposeString('before'), text: t.exposeString('text'), after: t.exposeString('after') }),
});

export const QuoteInput = builder.inputType('QuoteInput', {
  fields: (t) => ({
    sourceId: t.id({ required: true }),
    text: t.string({ required: true, validate: verbatimRule }),
    start: t.int({ required: true, validate: offsetRule }),
    end: t.int({ required: true, validate: offsetRule }),
    kind: t.field({ type: QuoteKind, defaultValue: 'DIRECT' }),
    link: t.field({ type: QuoteLink, defaultValue: 'CONFIRMED' }),
  }),
});

/** Decodes a quote input's ids for core. */
export function quoteFields(input: typeof QuoteInput.$inferInput, field: string): QuoteFields {
  return { ...input, sourceId: idOf('Source', String(input.sourceId), `${field}.sourceId`) };
}

const UpdateQuoteInput = builder.inputType('UpdateQuoteInput', {
  fields: (t) => ({
    kind: t.field({ type: QuoteKind }),
    link: t.field({ type: QuoteLink }),
    text: t.string({ validate: verbatimRule }),
    start: t.int({ validate: offsetRule }),
    end: t.int({ validate: offsetRule }),
    statementId: t.id({ description: 'Moves the quote to another statement of the same utterance.' }),
  }),
});

builder.mutationFields((t) => ({
  addQuote: t.drizzleField({
    type: 'quotes',
    authScopes: { editor: true },
    description: "Adds one outlet's printing of a statement; the span must hold exactly the text in the source body.",
    args: { statementId: t.arg.id({ required: true }), input: t.arg({ type: QuoteInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await addQuote(ctx, idOf('Statement', String(args.statementId), 'statementId'), quoteFields(args.input, 'input'));
      return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
    },
  }),
  updateQuote: t.drizzleField({
    type: 'quotes',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateQuoteInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Quote', String(args.id), 'id');
      const { statementId, ...rest } = args.input;
      await updateQuote(ctx, id, { ...rest, statementId: optionalIdOf('Statement', statementId, 'input.statementId') });
      return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
    },
  }),
}));
