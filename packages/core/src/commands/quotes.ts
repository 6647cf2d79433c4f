import { and, eq, ne } from 'drizzle-orm';
import { quotes, sources, statements } from '../db/schema.ts';
import type { QuoteKind, QuoteLink } from '../domain/enums.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { first, mustFind, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

export interface QuoteFields {
  sourceId: number;
  text: string;
  start: number;
  end: number;
  kind?: QuoteKind | null;
  link?: QuoteLink | null;
}

export type QuoteRow = typeof quotes.$inferSelect;

// A second quote of the same span breaks quotes_span_unique. On PostgreSQL a failed statement aborts the whole
// transaction, so the conflict is found without one: the insert does nothing on conflict, an update looks first.
async function spanTaken(tx: Tx, span: Pick<QuoteRow, 'statementId' | 'sourceId' | 'start' | 'end'>, except?: number): Promise<boolean> {
  const same = and(
    eq(quotes.statementId, span.statementId),
    eq(quotes.sourceId, span.sourceId),
    eq(quotes.start, span.start),
    eq(quotes.end, span.end),
    except === undefined ? undefined : ne(quotes.id, except),
  );
  return (await first(tx.select({ id: quotes.id }).from(quotes).where(same).limit(1))) !== undefined;
}

/** Inserts a quote after proving its span against the stored source body. */
export async function insertQuote({ tx, log }: WriteScope, statementId: number, input: QuoteFields, field = 'input'): Promise<QuoteRow> {
  const source = await mustFind(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const problem = spanProblem(source.body, input.text, input.start, input.end);
  if (problem) throw badInput(`${field}.start`, problem);
  const row = await first(
    tx
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
      .onConflictDoNothing()
      .returning(),
  );
  if (!row) throw userError('CONFLICT', `${field}: this span is already a quote of the statement`, field);
  log('Quote', row.id, 'create', null, row);
  return row;
}

export function addQuote(ctx: CommandContext, statementId: number, input: QuoteFields): Promise<number> {
  return write(ctx, async (scope) => {
    await mustFind(scope.tx, statements, statementId, 'statementId', 'statement');
    return (await insertQuote(scope, statementId, input)).id;
  });
}

export type QuotePatch = Partial<{ [K in Exclude<keyof QuoteFields, 'sourceId'>]: QuoteFields[K] | null } & { statementId: number | null }>;

export function updateQuote(ctx: CommandContext, id: number, input: QuotePatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, quotes, id, 'id', 'quote');
    const next = {
      text: input.text ?? before.text,
      start: input.start ?? before.start,
      end: input.end ?? before.end,
      kind: input.kind ?? before.kind,
      link: input.link ?? before.link,
      statementId: input.statementId ?? before.statementId,
    };
    if (next.statementId !== before.statementId) await mustFind(tx, statements, next.statementId, 'input.statementId', 'statement');
    const source = await mustFind(tx, sources, before.sourceId, 'id', 'source');
    const problem = spanProblem(source.body, next.text, next.start, next.end);
    if (problem) throw badInput('input.start', problem);
    if (await spanTaken(tx, { ...next, sourceId: before.sourceId }, id)) {
      throw userError('CONFLICT', 'input: this span is already a quote of the statement', 'input');
    }
    const after = await first(tx.update(quotes).set(next).where(eq(quotes.id, id)).returning());
    log('Quote', id, 'update', before, after);
    return id;
  });
}
