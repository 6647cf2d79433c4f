import * as T from '../db/schema.ts';
import type { Act, Channel, DatePrecision, QuoteKind } from '../domain/enums.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { first, mustFind, write, type CommandContext } from '../write/transaction.ts';
import { insertOccasion } from './occasions.ts';
import { insertStatement } from './statements.ts';

export interface ProposedQuote {
  sourceId: number;
  start: number;
  end: number;
  text: string;
  kind?: QuoteKind | null;
  speakerId: number;
  act?: Act | null;
  conditional?: boolean | null;
  /** The statement's wording; by default the quote's text. */
  statementText?: string | null;
  saidOn?: string | null;
  datePrecision?: DatePrecision | null;
  channel?: Channel | null;
}

/**
 * A quote the extractor missed, added by a reviewer who selected it in the article: a SUGGESTED quote on a
 * new pending statement, reviewed like any other candidate.
 */
export function proposeQuote(ctx: CommandContext, input: ProposedQuote): Promise<number> {
  return write(ctx, async (scope) => {
    const { tx, log } = scope;
    const source = await mustFind(tx, T.sources, input.sourceId, 'input.sourceId', 'source');
    const problem = spanProblem(source.body, input.text, input.start, input.end);
    if (problem) throw badInput('input.start', problem);
    const saidOn = input.saidOn ?? source.publishedOn;
    if (!saidOn) throw badInput('input.saidOn', 'the source has no date; give the date it was said');
    const occasion = await insertOccasion(
      scope,
      {
        speakerId: input.speakerId,
        saidOn,
        datePrecision: input.datePrecision ?? 'DAY',
        channel: input.channel ?? 'UNKNOWN',
        note: `Added in review of source ${source.id}`,
      },
      'input',
    );
    const statement = await insertStatement(scope, occasion, {
      text: input.statementText?.trim() || input.text,
      act: input.act ?? 'COMMENT',
      conditional: input.conditional ?? false,
      status: 'PENDING',
    });
    const quote = await first(
      tx
        .insert(T.quotes)
        .values({
          statementId: statement.id,
          sourceId: source.id,
          text: input.text,
          kind: input.kind ?? 'DIRECT',
          start: input.start,
          end: input.end,
          link: 'SUGGESTED',
        })
        .onConflictDoNothing()
        .returning(),
    );
    if (!quote) throw userError('CONFLICT', 'input.start: this span is already a quote', 'input.start');
    await tx.insert(T.quoteCandidates).values({ quoteId: quote.id, resolution: 'manual', confidence: 1, act: input.act ?? null, speakerKind: 'MANUAL' });
    log('Quote', quote.id, 'propose', null, quote);
    return quote.id;
  });
}
