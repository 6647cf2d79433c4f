import { eq } from 'drizzle-orm';
import { quotes, sources, statements } from '../db/schema.ts';
import type { QuoteKind, QuoteLink } from '../domain/enums.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

export interface QuoteFields {
  sourceId: number;
  text: string;
  start: number;
  end: number;
  kind?: QuoteKind | null;
  link?: QuoteLink | null;
}

export type QuoteRow = typeof quotes.$inferSelect;

// Drizzle wraps the driver's error; the constraint's name is in its cause.
const isUniqueViolation = (error: unknown) => /UNIQUE/.test(`${error} ${(error as { cause?: unknown })?.cause}`);

/** Inserts a quote after proving its span against the stored source body. */
export function insertQuote({ tx, log }: WriteScope, statementId: number, input: QuoteFields, field = 'input'): QuoteRow {
  const source = mustFind(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const problem = spanProblem(source.body, input.text, input.start, input.end);
  if (problem) throw badInput(`${field}.start`, problem);
  try {
    const row = tx
      .insert(quotes)
      .values({
        statementId,
        sourceId: input.sourceId,
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
    if (isUniqueViolation(error)) throw userError('CONFLICT', `${field}: this span is already a quote of the statement`, field);
    throw error;
  }
}

export function addQuote(ctx: CommandContext, statementId: number, input: QuoteFields): number {
  return write(ctx, (scope) => {
    mustFind(scope.tx, statements, statementId, 'statementId', 'statement');
    return insertQuote(scope, statementId, input).id;
  });
}

export type QuotePatch = Partial<{ [K in Exclude<keyof QuoteFields, 'sourceId'>]: QuoteFields[K] | null } & { statementId: number | null }>;

export function updateQuote(ctx: CommandContext, id: number, input: QuotePatch): number {
  return write(ctx, ({ tx, log }) => {
    const before = mustFind(tx, quotes, id, 'id', 'quote');
    const next = {
      text: input.text ?? before.text,
      start: input.start ?? before.start,
      end: input.end ?? before.end,
      kind: input.kind ?? before.kind,
      link: input.link ?? before.link,
      statementId: input.statementId ?? before.statementId,
    };
    if (next.statementId !== before.statementId) mustFind(tx, statements, next.statementId, 'input.statementId', 'statement');
    const source = mustFind(tx, sources, before.sourceId, 'id', 'source');
    const problem = spanProblem(source.body, next.text, next.start, next.end);
    if (problem) throw badInput('input.start', problem);
    try {
      const after = tx.update(quotes).set(next).where(eq(quotes.id, id)).returning().get();
      log('Quote', id, 'update', before, after);
    } catch (error) {
      if (isUniqueViolation(error)) throw userError('CONFLICT', 'input: this span is already a quote of the statement', 'input');
      throw error;
    }
    return id;
  });
}
