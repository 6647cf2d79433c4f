import { and, eq } from 'drizzle-orm';
import * as T from '../db/schema.ts';
import type { ActorKind } from '../domain/enums.ts';
import { badInput, userError } from '../errors.ts';
import { addAlias } from '../write/aliases.ts';
import { first, mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

export interface ActorReview {
  name?: string | null;
  kind?: ActorKind | null;
  country?: string | null;
  description?: string | null;
}

/**
 * Accepts an actor proposed by ingestion into the public list, with the corrections the editor made first:
 * a full name (kept as an alias beside the name the article used), a kind and a country.
 */
export async function confirmActorIn(scope: WriteScope, actorId: number, review: ActorReview = {}): Promise<void> {
  const { tx, log } = scope;
  const before = await mustFind(tx, T.actors, actorId, 'id', 'actor');
  if (before.status === 'ACTIVE' && Object.values(review).every((v) => v == null)) return;
  const patch: Partial<typeof T.actors.$inferInsert> = { status: 'ACTIVE' };
  if (review.name != null) {
    const name = review.name.trim();
    if (!name) throw badInput('input.name', 'must not be empty');
    patch.name = name;
    await addAlias(tx, actorId, name, 'NAME', null, 'input.name');
  }
  if (review.kind != null) patch.kind = review.kind;
  if (review.country !== undefined) {
    if (review.country !== null && !/^[A-Za-z]{2}$/.test(review.country)) throw badInput('input.country', 'must be an ISO-3166 alpha-2 code');
    patch.country = review.country?.toUpperCase() ?? null;
  }
  if (review.description !== undefined) patch.description = review.description;
  const after = await first(tx.update(T.actors).set(patch).where(eq(T.actors.id, actorId)).returning());
  log('Actor', actorId, 'confirm', before, after);
}

/**
 * Undoes confirming a proposed actor: back to PROPOSED, which only an actor that ingestion proposed and that
 * speaks in no published statement may be.
 */
export async function reproposeActorIn({ tx, log }: WriteScope, actorId: number): Promise<void> {
  const before = await mustFind(tx, T.actors, actorId, 'id', 'actor');
  if (before.status === 'PROPOSED') return;
  const proposed = await first(
    tx
      .select({ id: T.changes.id })
      .from(T.changes)
      .where(and(eq(T.changes.entity, 'Actor'), eq(T.changes.entityId, actorId), eq(T.changes.action, 'propose')))
      .limit(1),
  );
  if (!proposed) throw userError('CONFLICT', 'id: only an actor proposed by ingestion can go back to proposed', 'id');
  const speaks = await first(
    tx
      .select({ id: T.statements.id })
      .from(T.statements)
      .where(and(eq(T.statements.speakerId, actorId), eq(T.statements.status, 'PUBLISHED')))
      .limit(1),
  );
  if (speaks) throw userError('CONFLICT', 'id: this actor speaks in published statements; reopen them first', 'id');
  const after = await first(tx.update(T.actors).set({ status: 'PROPOSED' }).where(eq(T.actors.id, actorId)).returning());
  log('Actor', actorId, 'repropose', before, after);
}

export function confirmActor(ctx: CommandContext, actorId: number, review: ActorReview = {}): Promise<number> {
  return write(ctx, async (scope) => {
    await confirmActorIn(scope, actorId, review);
    return actorId;
  });
}

export function reproposeActor(ctx: CommandContext, actorId: number): Promise<number> {
  return write(ctx, async (scope) => {
    await reproposeActorIn(scope, actorId);
    return actorId;
  });
}
