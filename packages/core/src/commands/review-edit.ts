import { and, eq, ne } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import { ACT_INTENSITY, type Act, type Channel, type DatePrecision, type QuoteKind } from '../domain/enums.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { first, mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
import { retireIfEmpty } from './review.ts';

export interface QuoteEdit {
  text?: string | null;
  start?: number | null;
  end?: number | null;
  kind?: QuoteKind | null;
  /** Link the quote to this statement instead (it is a variant of it). */
  statementId?: number | null;
  /** The real speaker: moves the pending statement (and its occasion, if it holds nothing else) to them. */
  speakerId?: number | null;
  act?: Act | null;
  conditional?: boolean | null;
  /** The statement's canonical wording, as it should read in the ledger. */
  statementText?: string | null;
  saidOn?: string | null;
  datePrecision?: DatePrecision | null;
  channel?: Channel | null;
}

type OccasionMove = Partial<{ speakerId: number; saidOn: string; datePrecision: DatePrecision; channel: Channel }>;

/**
 * Fixes anything the extractor got wrong before confirming: the span and kind of the quote, which statement
 * it prints, and the pending statement's speaker, act (and with it intensity), conditional, date, channel and
 * canonical text. A published statement is changed through updateStatement or reopened first.
 */
export async function editQuoteIn(scope: WriteScope, quoteId: number, edit: QuoteEdit): Promise<void> {
  const { tx, log } = scope;
  const before = await mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  const next = {
    text: edit.text ?? before.text,
    start: edit.start ?? before.start,
    end: edit.end ?? before.end,
    kind: edit.kind ?? before.kind,
    statementId: edit.statementId ?? before.statementId,
  };
  const source = await mustFind(tx, T.sources, before.sourceId, 'id', 'source');
  const problem = spanProblem(source.body, next.text, next.start, next.end);
  if (problem) throw badInput('input.start', problem);
  if (next.statementId !== before.statementId) await mustFind(tx, T.statements, next.statementId, 'input.statementId', 'statement');
  const after = (await first(tx.update(T.quotes).set(next).where(eq(T.quotes.id, quoteId)).returning()))!;
  const statement = await mustFind(tx, T.statements, after.statementId, 'id', 'statement');
  const revised = await reviseStatement(scope, statement, edit);
  // A pending statement's wording follows its only quote until an editor writes one of their own.
  if (!revised && next.text !== before.text && statement.status === 'PENDING' && statement.text === before.text) {
    await tx.update(T.statements).set({ text: next.text }).where(eq(T.statements.id, statement.id));
  }
  log('Quote', quoteId, 'edit', before, { ...after, ...edit });
  if (next.statementId !== before.statementId) await retireIfEmpty(scope, before.statementId);
}

async function reviseStatement(scope: WriteScope, statement: typeof T.statements.$inferSelect, edit: QuoteEdit): Promise<boolean> {
  const { tx, log } = scope;
  const fields = ['speakerId', 'act', 'conditional', 'statementText', 'saidOn', 'datePrecision', 'channel'] as const;
  const asked = fields.filter((f) => edit[f] != null);
  if (asked.length === 0) return false;
  if (statement.status === 'PUBLISHED') {
    const field = `input.${asked[0]}`;
    throw userError('CONFLICT', `${field}: the statement is published; reopen the quote or use updateStatement`, field);
  }
  const patch: Partial<typeof T.statements.$inferInsert> = {};
  if (edit.act != null) Object.assign(patch, { act: edit.act, intensity: ACT_INTENSITY[edit.act] });
  if (edit.conditional != null) patch.conditional = edit.conditional;
  if (edit.statementText != null) {
    if (!edit.statementText.trim()) throw badInput('input.statementText', 'must not be empty');
    patch.text = edit.statementText.trim();
  }
  if (Object.keys(patch).length) await tx.update(T.statements).set(patch).where(eq(T.statements.id, statement.id));
  const move: OccasionMove = {};
  if (edit.speakerId != null) move.speakerId = (await mustFind(tx, T.actors, edit.speakerId, 'input.speakerId', 'actor')).id;
  if (edit.saidOn != null) move.saidOn = edit.saidOn;
  if (edit.datePrecision != null) move.datePrecision = edit.datePrecision;
  if (edit.channel != null) move.channel = edit.channel;
  if (Object.keys(move).length) await moveOccasion(scope, statement.id, move);
  const after = await mustFind(tx, T.statements, statement.id, 'id', 'statement');
  log('Statement', statement.id, 'revise', statement, after);
  return edit.statementText != null;
}

/**
 * Gives a pending statement another speaker, date or channel. Its occasion changes with it only when it holds
 * nothing else; otherwise the statement gets an occasion of its own, so no other statement moves by accident.
 */
async function moveOccasion({ tx, log }: WriteScope, statementId: number, move: OccasionMove): Promise<void> {
  const statement = await mustFind(tx, T.statements, statementId, 'id', 'statement');
  const occasion = await mustFind(tx, T.occasions, statement.occasionId, 'id', 'occasion');
  const shared = await first(
    tx
      .select({ id: T.statements.id })
      .from(T.statements)
      .where(and(eq(T.statements.occasionId, occasion.id), ne(T.statements.id, statementId)))
      .limit(1),
  );
  let target = { ...occasion, ...move };
  if (shared) {
    const { id: _id, key: _key, createdAt: _c, ...copy } = target;
    target = (await first(tx.insert(T.occasions).values(copy).returning()))!;
    log('Occasion', target.id, 'split', occasion, target);
  } else {
    await tx.update(T.occasions).set(move).where(eq(T.occasions.id, occasion.id));
    log('Occasion', occasion.id, 'update', occasion, target);
  }
  await tx
    .update(T.statements)
    .set({ occasionId: target.id, speakerId: target.speakerId, saidOn: target.saidOn, channel: target.channel })
    .where(eq(T.statements.id, statementId));
}

export function editQuote(ctx: CommandContext, quoteId: number, edit: QuoteEdit): Promise<number> {
  return write(ctx, async (scope) => {
    await editQuoteIn(scope, quoteId, edit);
    return quoteId;
  });
}
