import { and, eq, ne } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import { ACT_INTENSITY, type Act, type Channel, type DatePrecision, type QuoteKind } from '../domain/enums.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
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
export function editQuoteIn(scope: WriteScope, quoteId: number, edit: QuoteEdit): void {
  const { tx, log } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  const next = {
    text: edit.text ?? before.text,
    start: edit.start ?? before.start,
    end: edit.end ?? before.end,
    kind: edit.kind ?? before.kind,
    statementId: edit.statementId ?? before.statementId,
  };
  const source = mustFind(tx, T.sources, before.sourceId, 'id', 'source');
  const problem = spanProblem(source.body, next.text, next.start, next.end);
  if (problem) throw badInput('input.start', problem);
  if (next.statementId !== before.statementId) mustFind(tx, T.statements, next.statementId, 'input.statementId', 'statement');
  const after = tx.update(T.quotes).set(next).where(eq(T.quotes.id, quoteId)).returning().get();
  const statement = mustFind(tx, T.statements, after.statementId, 'id', 'statement');
  const revised = reviseStatement(scope, statement, edit);
  // A pending statement's wording follows its only quote until an editor writes one of their own.
  if (!revised && next.text !== before.text && statement.status === 'PENDING' && statement.text === before.text) {
    tx.update(T.statements).set({ text: next.text }).where(eq(T.statements.id, statement.id)).run();
  }
  log('Quote', quoteId, 'edit', before, { ...after, ...edit });
  if (next.statementId !== before.statementId) retireIfEmpty(scope, before.statementId);
}

function reviseStatement(scope: WriteScope, statement: typeof T.statements.$inferSelect, edit: QuoteEdit): boolean {
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
  if (Object.keys(patch).length) tx.update(T.statements).set(patch).where(eq(T.statements.id, statement.id)).run();
  const move: OccasionMove = {};
  if (edit.speakerId != null) move.speakerId = mustFind(tx, T.actors, edit.speakerId, 'input.speakerId', 'actor').id;
  if (edit.saidOn != null) move.saidOn = edit.saidOn;
  if (edit.datePrecision != null) move.datePrecision = edit.datePrecision;
  if (edit.channel != null) move.channel = edit.channel;
  if (Object.keys(move).length) moveOccasion(scope, statement.id, move);
  const after = mustFind(tx, T.statements, statement.id, 'id', 'statement');
  log('Statement', statement.id, 'revise', statement, after);
  return edit.statementText != null;
}

/**
 * Gives a pending statement another speaker, date or channel. Its occasion changes with it only when it holds
 * nothing else; otherwise the statement gets an occasion of its own, so no other statement moves by accident.
 */
function moveOccasion({ tx, log }: WriteScope, statementId: number, move: OccasionMove): void {
  const statement = mustFind(tx, T.statements, statementId, 'id', 'statement');
  const occasion = mustFind(tx, T.occasions, statement.occasionId, 'id', 'occasion');
  const shared = tx
    .select({ id: T.statements.id })
    .from(T.statements)
    .where(and(eq(T.statements.occasionId, occasion.id), ne(T.statements.id, statementId)))
    .get();
  let target = { ...occasion, ...move };
  if (shared) {
    const { id: _id, key: _key, createdAt: _c, ...copy } = target;
    target = tx.insert(T.occasions).values(copy).returning().get();
    log('Occasion', target.id, 'split', occasion, target);
  } else {
    tx.update(T.occasions).set(move).where(eq(T.occasions.id, occasion.id)).run();
    log('Occasion', occasion.id, 'update', occasion, target);
  }
  tx.update(T.statements)
    .set({ occasionId: target.id, speakerId: target.speakerId, saidOn: target.saidOn, channel: target.channel })
    .where(eq(T.statements.id, statementId))
    .run();
}

export function editQuote(ctx: CommandContext, quoteId: number, edit: QuoteEdit): number {
  return write(ctx, (scope) => (editQuoteIn(scope, quoteId, edit), quoteId));
}
