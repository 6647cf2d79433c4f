import { and, eq, ne } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import { spanProblem } from '../domain/span.ts';
import { badInput, userError } from '../errors.ts';
import { mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

/**
 * Confirms a quote: its link becomes CONFIRMED, a pending statement is published (and announced on
 * statementAdded), and a proposed speaker becomes an active actor — an editor has vouched for all three.
 */
export function confirmQuoteIn(scope: WriteScope, quoteId: number): void {
  const { tx, log, publish } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link === 'CONFIRMED') return;
  const after = tx.update(T.quotes).set({ link: 'CONFIRMED' }).where(eq(T.quotes.id, quoteId)).returning().get();
  log('Quote', quoteId, 'confirm', before, after);
  const statement = mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  const speaker = mustFind(tx, T.actors, statement.speakerId, 'id', 'actor');
  if (speaker.status === 'PROPOSED') {
    tx.update(T.actors).set({ status: 'ACTIVE' }).where(eq(T.actors.id, speaker.id)).run();
    log('Actor', speaker.id, 'confirm', speaker, { ...speaker, status: 'ACTIVE' });
  }
  if (statement.status !== 'PUBLISHED') {
    tx.update(T.statements).set({ status: 'PUBLISHED' }).where(eq(T.statements.id, statement.id)).run();
    log('Statement', statement.id, 'publish', statement, { ...statement, status: 'PUBLISHED' });
    publish('statementAdded', statement.id);
  }
}

/** Rejects a quote; a pending statement left with no live quote is rejected with it. */
export function rejectQuoteIn(scope: WriteScope, quoteId: number): void {
  const { tx, log } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link === 'CONFIRMED') throw userError('CONFLICT', 'id: this quote is confirmed; edit it instead of rejecting it', 'id');
  const after = tx.update(T.quotes).set({ link: 'REJECTED' }).where(eq(T.quotes.id, quoteId)).returning().get();
  log('Quote', quoteId, 'reject', before, after);
  retireIfEmpty(scope, before.statementId);
}

function retireIfEmpty({ tx, log }: WriteScope, statementId: number) {
  const statement = mustFind(tx, T.statements, statementId, 'id', 'statement');
  if (statement.status !== 'PENDING') return;
  const live = tx
    .select({ id: T.quotes.id })
    .from(T.quotes)
    .where(and(eq(T.quotes.statementId, statementId), ne(T.quotes.link, 'REJECTED')))
    .get();
  if (!live) {
    tx.update(T.statements).set({ status: 'REJECTED' }).where(eq(T.statements.id, statementId)).run();
    log('Statement', statementId, 'reject', statement, { ...statement, status: 'REJECTED' });
  }
}

export interface QuoteEdit {
  text?: string | null;
  start?: number | null;
  end?: number | null;
  /** The real speaker: moves a pending statement (and its occasion) to them. */
  speakerId?: number | null;
  /** Link the quote to this statement instead (it is a variant of it). */
  statementId?: number | null;
}

/** Fixes what the extractor got wrong before confirming: the span, the speaker, or which statement it prints. */
export function editQuoteIn(scope: WriteScope, quoteId: number, edit: QuoteEdit): void {
  const { tx, log } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  const next = { text: edit.text ?? before.text, start: edit.start ?? before.start, end: edit.end ?? before.end, statementId: edit.statementId ?? before.statementId };
  const source = mustFind(tx, T.sources, before.sourceId, 'id', 'source');
  const problem = spanProblem(source.body, next.text, next.start, next.end);
  if (problem) throw badInput('input.start', problem);
  if (next.statementId !== before.statementId) mustFind(tx, T.statements, next.statementId, 'input.statementId', 'statement');
  const after = tx.update(T.quotes).set(next).where(eq(T.quotes.id, quoteId)).returning().get();
  if (edit.speakerId != null) moveToSpeaker(scope, after.statementId, edit.speakerId);
  if (next.text !== before.text) {
    const statement = mustFind(tx, T.statements, after.statementId, 'id', 'statement');
    // A pending statement's canonical text is its only quote's text until an editor says otherwise.
    if (statement.status === 'PENDING' && statement.text === before.text) {
      tx.update(T.statements).set({ text: next.text }).where(eq(T.statements.id, statement.id)).run();
    }
  }
  log('Quote', quoteId, 'edit', before, { ...after, speakerId: edit.speakerId });
  if (next.statementId !== before.statementId) retireIfEmpty(scope, before.statementId);
}

/**
 * Gives a pending statement its real speaker. Its occasion moves with it only when it holds nothing else;
 * otherwise the statement gets an occasion of its own, so no other statement changes speaker by accident.
 */
function moveToSpeaker({ tx, log }: WriteScope, statementId: number, speakerId: number) {
  mustFind(tx, T.actors, speakerId, 'input.speakerId', 'actor');
  const statement = mustFind(tx, T.statements, statementId, 'id', 'statement');
  if (statement.speakerId === speakerId) return;
  if (statement.status === 'PUBLISHED') {
    throw userError('CONFLICT', 'input.speakerId: the statement is published; change its occasion with updateOccasion', 'input.speakerId');
  }
  const occasion = mustFind(tx, T.occasions, statement.occasionId, 'id', 'occasion');
  const shared = tx
    .select({ id: T.statements.id })
    .from(T.statements)
    .where(and(eq(T.statements.occasionId, occasion.id), ne(T.statements.id, statementId)))
    .get();
  let occasionId = occasion.id;
  if (shared) {
    const { id: _id, key: _key, createdAt: _c, ...copy } = occasion;
    occasionId = tx.insert(T.occasions).values({ ...copy, speakerId }).returning().get().id;
    log('Occasion', occasionId, 'split', occasion, { ...copy, speakerId });
  } else {
    tx.update(T.occasions).set({ speakerId }).where(eq(T.occasions.id, occasion.id)).run();
  }
  tx.update(T.statements).set({ speakerId, occasionId }).where(eq(T.statements.id, statementId)).run();
  log('Statement', statementId, 'speaker', statement, { ...statement, speakerId, occasionId });
}

export function confirmActorIn({ tx, log }: WriteScope, actorId: number): void {
  const before = mustFind(tx, T.actors, actorId, 'id', 'actor');
  if (before.status === 'ACTIVE') return;
  const after = tx.update(T.actors).set({ status: 'ACTIVE' }).where(eq(T.actors.id, actorId)).returning().get();
  log('Actor', actorId, 'confirm', before, after);
}

export function confirmQuote(ctx: CommandContext, quoteId: number): number {
  return write(ctx, (scope) => (confirmQuoteIn(scope, quoteId), quoteId));
}

export function rejectQuote(ctx: CommandContext, quoteId: number): number {
  return write(ctx, (scope) => (rejectQuoteIn(scope, quoteId), quoteId));
}

export function editQuote(ctx: CommandContext, quoteId: number, edit: QuoteEdit): number {
  return write(ctx, (scope) => (editQuoteIn(scope, quoteId, edit), quoteId));
}

export function confirmActor(ctx: CommandContext, actorId: number): number {
  return write(ctx, (scope) => (confirmActorIn(scope, actorId), actorId));
}
