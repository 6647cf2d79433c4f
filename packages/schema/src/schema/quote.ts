import { eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { quotes, sources, statements } from '../db/schema.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { idOf } from '../write/ids.ts';
import { mustFind, write, type WriteScope } from '../write/transaction.ts';
import { QuoteKind, QuoteLink } from './enums.ts';
import { offsetRule, verbatimRule } from './inputs.ts';
import { z } from 'zod';

builder.drizzleNode('quotes', {
  name: 'Quote',
  id: { column: (q) => q.id },
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

/** Inserts a quote after proving its span against the stored source body. */
export function insertQuote(scope: WriteScope, statementId: number, input: typeof QuoteInput.$inferInput, field: string) {
  const { tx, log } = scope;
  const sourceId = idOf('Source', String(input.sourceId), `${field}.sourceId`);
  const source = mustFind(tx, sources, sourceId, `${field}.sourceId`, 'source');
  const problem = spanProblem(source.body, input.text, input.start, input.end);
  if (problem) throw badInput(`${field}.start`, problem);
  try {
    const row = tx
      .insert(quotes)
      .values({
        statementId,
        sourceId,
        text: input.text,
        start: input.start,
        end: input.end,
        kind: input.kind ?? 'DIRECT',
        link: input.link ?? 'CONFIRMED',
      })
      .returning()
      .get();
    log('Quote', row.id, 'create', null, row);
    return row;
  } catch (error) {
    if (`${error} ${(error as { cause?: unknown }).cause}`.includes('UNIQUE')) throw userError('CONFLICT', `${field}: this span is already a quote of the statement`, field);
    throw error;
  }
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
    resolve: (query, _root, args, ctx) => {
      const statementId = idOf('Statement', String(args.statementId), 'statementId');
      const id = write(ctx, (scope) => {
        mustFind(scope.tx, statements, statementId, 'statementId', 'statement');
        return insertQuote(scope, statementId, args.input, 'input').id;
      });
      return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
    },
  }),
  updateQuote: t.drizzleField({
    type: 'quotes',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateQuoteInput, required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = idOf('Quote', String(args.id), 'id');
      write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, quotes, id, 'id', 'quote');
        const { input } = args;
        const next = {
          text: input.text ?? before.text,
          start: input.start ?? before.start,
          end: input.end ?? before.end,
          kind: input.kind ?? before.kind,
          link: input.link ?? before.link,
          statementId: input.statementId ? idOf('Statement', String(input.statementId), 'input.statementId') : before.statementId,
        };
        if (next.statementId !== before.statementId) mustFind(tx, statements, next.statementId, 'input.statementId', 'statement');
        const source = mustFind(tx, sources, before.sourceId, 'id', 'source');
        const problem = spanProblem(source.body, next.text, next.start, next.end);
        if (problem) throw badInput('input.start', problem);
        const after = tx.update(quotes).set(next).where(eq(quotes.id, id)).returning().get();
        log('Quote', id, 'update', before, after);
      });
      return ctx.db.query.quotes.findFirst(query({ where: { id } })).then((q) => q!);
    },
  }),
}));
