import { and, eq, ne } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import { userError } from '../errors.ts';
import { first, mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

/**
 * Confirms a quote: its link becomes CONFIRMED and a pending statement is published (and announced on
 * statementAdded). A proposed speaker is never published silently: the editor confirms the actor first.
 */
export async function confirmQuoteIn(scope: WriteScope, quoteId: number): Promise<void> {
  const { tx, log, publish } = scope;
  const before = await mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link === 'CONFIRMED') return;
  const statement = await mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  const speaker = await mustFind(tx, T.actors, statement.speakerId, 'id', 'actor');
  if (speaker.status === 'PROPOSED') {
    throw userError('CONFLICT', `speaker: "${speaker.name}" is a proposed actor; check and confirm the actor first`, 'speaker');
  }
  const after = await first(tx.update(T.quotes).set({ link: 'CONFIRMED' }).where(eq(T.quotes.id, quoteId)).returning());
  log('Quote', quoteId, 'confirm', before, after);
  publish('reviewQueueChanged', before.sourceId);
  if (statement.status !== 'PUBLISHED') {
    await tx.update(T.statements).set({ status: 'PUBLISHED' }).where(eq(T.statements.id, statement.id));
    log('Statement', statement.id, 'publish', statement, { ...statement, status: 'PUBLISHED' });
    publish('statementAdded', statement.id);
  }
}

/** Rejects a quote; a pending statement left with no live quote is rejected with it. */
export async function rejectQuoteIn(scope: WriteScope, quoteId: number): Promise<void> {
  const { tx, log, publish } = scope;
  const before = await mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link === 'CONFIRMED') throw userError('CONFLICT', 'id: this quote is confirmed; reopen it before rejecting it', 'id');
  if (before.link === 'REJECTED') return;
  const after = await first(tx.update(T.quotes).set({ link: 'REJECTED' }).where(eq(T.quotes.id, quoteId)).returning());
  log('Quote', quoteId, 'reject', before, after);
  publish('reviewQueueChanged', before.sourceId);
  await retireIfEmpty(scope, before.statementId);
}

export async function retireIfEmpty({ tx, log }: WriteScope, statementId: number): Promise<void> {
  const statement = await mustFind(tx, T.statements, statementId, 'id', 'statement');
  if (statement.status !== 'PENDING') return;
  const live = await first(
    tx
      .select({ id: T.quotes.id })
      .from(T.quotes)
      .where(and(eq(T.quotes.statementId, statementId), ne(T.quotes.link, 'REJECTED')))
      .limit(1),
  );
  if (!live) {
    await tx.update(T.statements).set({ status: 'REJECTED' }).where(eq(T.statements.id, statementId));
    log('Statement', statementId, 'reject', statement, { ...statement, status: 'REJECTED' });
  }
}

/**
 * Undoes a confirmation: the quote is SUGGESTED again, and a statement that no other confirmed quote holds
 * up goes back to PENDING, out of every public list (announced on statementWithdrawn).
 */
export async function reopenQuoteIn(scope: WriteScope, quoteId: number): Promise<void> {
  const { tx, log, publish } = scope;
  const before = await mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link !== 'CONFIRMED') throw userError('CONFLICT', 'id: only a confirmed quote can be reopened', 'id');
  const after = await first(tx.update(T.quotes).set({ link: 'SUGGESTED' }).where(eq(T.quotes.id, quoteId)).returning());
  log('Quote', quoteId, 'reopen', before, after);
  publish('reviewQueueChanged', before.sourceId);
  const statement = await mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  const stillConfirmed = await first(
    tx
      .select({ id: T.quotes.id })
      .from(T.quotes)
      .where(and(eq(T.quotes.statementId, statement.id), eq(T.quotes.link, 'CONFIRMED')))
      .limit(1),
  );
  if (statement.status === 'PUBLISHED' && !stillConfirmed) {
    await tx.update(T.statements).set({ status: 'PENDING' }).where(eq(T.statements.id, statement.id));
    log('Statement', statement.id, 'unpublish', statement, { ...statement, status: 'PENDING' });
    publish('statementWithdrawn', statement.id);
  }
}

/** Undoes a rejection: the quote is SUGGESTED again and its statement, if it was retired with it, pending. */
export async function restoreQuoteIn({ tx, log, publish }: WriteScope, quoteId: number): Promise<void> {
  const before = await mustFind(tx, T.quotes, quoteId, 'id', 'quote');
  if (before.link !== 'REJECTED') throw userError('CONFLICT', 'id: only a rejected quote can be restored', 'id');
  const after = await first(tx.update(T.quotes).set({ link: 'SUGGESTED' }).where(eq(T.quotes.id, quoteId)).returning());
  log('Quote', quoteId, 'restore', before, after);
  publish('reviewQueueChanged', before.sourceId);
  const statement = await mustFind(tx, T.statements, before.statementId, 'id', 'statement');
  if (statement.status === 'REJECTED') {
    await tx.update(T.statements).set({ status: 'PENDING' }).where(eq(T.statements.id, statement.id));
    log('Statement', statement.id, 'restore', statement, { ...statement, status: 'PENDING' });
  }
}

const run = (ctx: CommandContext, quoteId: number, step: (scope: WriteScope, id: number) => Promise<void>) =>
  write(ctx, async (scope) => {
    await step(scope, quoteId);
    return quoteId;
  });

export const confirmQuote = (ctx: CommandContext, quoteId: number): Promise<number> => run(ctx, quoteId, confirmQuoteIn);
export const rejectQuote = (ctx: CommandContext, quoteId: number): Promise<number> => run(ctx, quoteId, rejectQuoteIn);
export const reopenQuote = (ctx: CommandContext, quoteId: number): Promise<number> => run(ctx, quoteId, reopenQuoteIn);
export const restoreQuote = (ctx: CommandContext, quoteId: number): Promise<number> => run(ctx, quoteId, restoreQuoteIn);
