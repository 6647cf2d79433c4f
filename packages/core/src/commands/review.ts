import { and, eq, ne } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import { userError } from '../errors.ts';
import { mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

/**
 * Confirms a quote: its link becomes CONFIRMED and a pending statement is published (and announced on
 * statementAdded). A proposed speaker is never published silently: the editor confirms the actor first.
 */
export function confirmQuoteIn(scope: WriteScope, quoteId: number): void {
  const { tx, log, publish } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link === 'CONFIRMED') return;
  const statement = mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  const speaker = mustFind(tx, T.actors, statement.speakerId, 'id', 'actor');
  if (speaker.status === 'PROPOSED') {
    throw userError('CONFLICT', `speaker: "${speaker.name}" is a proposed actor; check and confirm the actor first`, 'speaker');
  }
  const after = tx.update(T.quotes).set({ link: 'CONFIRMED' }).where(eq(T.quotes.id, quoteId)).returning().get();
  log('Quote', quoteId, 'confirm', before, after);
  publish('reviewQueueChanged', before.sourceId);
  if (statement.status !== 'PUBLISHED') {
    tx.update(T.statements).set({ status: 'PUBLISHED' }).where(eq(T.statements.id, statement.id)).run();
    log('Statement', statement.id, 'publish', statement, { ...statement, status: 'PUBLISHED' });
    publish('statementAdded', statement.id);
  }
}

/** Rejects a quote; a pending statement left with no live quote is rejected with it. */
export function rejectQuoteIn(scope: WriteScope, quoteId: number): void {
  const { tx, log, publish } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link === 'CONFIRMED') throw userError('CONFLICT', 'id: this quote is confirmed; reopen it before rejecting it', 'id');
  if (before.link === 'REJECTED') return;
  const after = tx.update(T.quotes).set({ link: 'REJECTED' }).where(eq(T.quotes.id, quoteId)).returning().get();
  log('Quote', quoteId, 'reject', before, after);
  publish('reviewQueueChanged', before.sourceId);
  retireIfEmpty(scope, before.statementId);
}

export function retireIfEmpty({ tx, log }: WriteScope, statementId: number): void {
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

/**
 * Undoes a confirmation: the quote is SUGGESTED again, and a statement that no other confirmed quote holds
 * up goes back to PENDING, out of every public list (announced on statementWithdrawn).
 */
export function reopenQuoteIn(scope: WriteScope, quoteId: number): void {
  const { tx, log, publish } = scope;
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link !== 'CONFIRMED') throw userError('CONFLICT', 'id: only a confirmed quote can be reopened', 'id');
  const after = tx.update(T.quotes).set({ link: 'SUGGESTED' }).where(eq(T.quotes.id, quoteId)).returning().get();
  log('Quote', quoteId, 'reopen', before, after);
  publish('reviewQueueChanged', before.sourceId);
  const statement = mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  const stillConfirmed = tx
    .select({ id: T.quotes.id })
    .from(T.quotes)
    .where(and(eq(T.quotes.statementId, statement.id), eq(T.quotes.link, 'CONFIRMED')))
    .get();
  if (statement.status === 'PUBLISHED' && !stillConfirmed) {
    tx.update(T.statements).set({ status: 'PENDING' }).where(eq(T.statements.id, statement.id)).run();
    log('Statement', statement.id, 'unpublish', statement, { ...statement, status: 'PENDING' });
    publish('statementWithdrawn', statement.id);
  }
}

/** Undoes a rejection: the quote is SUGGESTED again and its statement, if it was retired with it, pending. */
export function restoreQuoteIn({ tx, log, publish }: WriteScope, quoteId: number): void {
  const before = mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link !== 'REJECTED') throw userError('CONFLICT', 'id: only a rejected quote can be restored', 'id');
  const after = tx.update(T.quotes).set({ link: 'SUGGESTED' }).where(eq(T.quotes.id, quoteId)).returning().get();
  log('Quote', quoteId, 'restore', before, after);
  publish('reviewQueueChanged', before.sourceId);
  const statement = mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  if (statement.status === 'REJECTED') {
    tx.update(T.statements).set({ status: 'PENDING' }).where(eq(T.statements.id, statement.id)).run();
    log('Statement', statement.id, 'restore', statement, { ...statement, status: 'PENDING' });
  }
}

const run = (ctx: CommandContext, quoteId: number, step: (scope: WriteScope, id: number) => void) => write(ctx, (scope) => (step(scope, quoteId), quoteId));

export const confirmQuote = (ctx: CommandContext, quoteId: number): number => run(ctx, quoteId, confirmQuoteIn);
export const rejectQuote = (ctx: CommandContext, quoteId: number): number => run(ctx, quoteId, rejectQuoteIn);
export const reopenQuote = (ctx: CommandContext, quoteId: number): number => run(ctx, quoteId, reopenQuoteIn);
export const restoreQuote = (ctx: CommandContext, quoteId: number): number => run(ctx, quoteId, restoreQuoteIn);
