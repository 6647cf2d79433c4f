import { eq } from 'drizzle-orm';
import { actors, claims, claimStances, events, sources, statements } from '../db/schema.ts';
import type { Stance } from '../domain/enums.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, optionalRef, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

interface Figures {
  killed?: number | null;
  civilians?: number | null;
  children?: number | null;
}

export interface StanceFields extends Figures {
  actorId: number;
  stance: Stance;
  statementId?: number | null;
  sourceId?: number | null;
}

export interface ClaimFields extends Figures {
  text: string;
  eventId?: number | null;
  sourceId?: number | null;
  key?: string | null;
  stances?: readonly StanceFields[] | null;
}

export type ClaimRow = typeof claims.$inferSelect;
export type ClaimStanceRow = typeof claimStances.$inferSelect;

/**
 * Inserts one stance on a claim inside a running write. It writes no change-log row of its own: a new claim
 * logs its stances with it, addClaimStance logs the stance alone.
 */
export function insertClaimStance({ tx }: WriteScope, claimId: number, s: StanceFields, field = 'input'): ClaimStanceRow {
  return tx
    .insert(claimStances)
    .values({
      claimId,
      actorId: mustFind(tx, actors, s.actorId, `${field}.actorId`, 'actor').id,
      stance: s.stance,
      statementId: optionalRef(tx, statements, s.statementId, `${field}.statementId`, 'statement'),
      sourceId: optionalRef(tx, sources, s.sourceId, `${field}.sourceId`, 'source'),
      killed: s.killed ?? null,
      civilians: s.civilians ?? null,
      children: s.children ?? null,
    })
    .returning()
    .get();
}

/** Inserts a claim with its stances inside a running write; one change-log row holds both. */
export function insertClaim(scope: WriteScope, input: ClaimFields, field = 'input', action = 'create'): ClaimRow {
  const { tx, log } = scope;
  const row = tx
    .insert(claims)
    .values({
      key: input.key ?? null,
      text: input.text,
      eventId: optionalRef(tx, events, input.eventId, `${field}.eventId`, 'event'),
      sourceId: optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source'),
      killed: input.killed ?? null,
      civilians: input.civilians ?? null,
      children: input.children ?? null,
    })
    .returning()
    .get();
  const stances = (input.stances ?? []).map((s, i) => insertClaimStance(scope, row.id, s, `${field}.stances.${i}`));
  log('Claim', row.id, action, null, { ...row, stances });
  return row;
}

export const createClaim = (ctx: CommandContext, input: ClaimFields): number => write(ctx, (scope) => insertClaim(scope, input).id);

export type ClaimPatch = Partial<{ [K in Exclude<keyof ClaimFields, 'stances' | 'key'>]: ClaimFields[K] | null }>;

export function updateClaim(ctx: CommandContext, id: number, input: ClaimPatch): number {
  return write(ctx, ({ tx, log }) => {
    const before = mustFind(tx, claims, id, 'id', 'claim');
    const { eventId, sourceId, ...rest } = input;
    const patch = patchOf(rest, ['text']);
    if (eventId !== undefined) patch.eventId = optionalRef(tx, events, eventId, 'input.eventId', 'event');
    if (sourceId !== undefined) patch.sourceId = optionalRef(tx, sources, sourceId, 'input.sourceId', 'source');
    const after = Object.keys(patch).length ? tx.update(claims).set(patch).where(eq(claims.id, id)).returning().get() : before;
    log('Claim', id, 'update', before, after);
    return id;
  });
}

/** Adds a stance to a claim; the id of the new stance. */
export function addClaimStance(ctx: CommandContext, claimId: number, input: StanceFields): number {
  return write(ctx, (scope) => {
    mustFind(scope.tx, claims, claimId, 'claimId', 'claim');
    const stance = insertClaimStance(scope, claimId, input);
    scope.log('ClaimStance', stance.id, 'create', null, stance);
    return stance.id;
  });
}

export type StancePatch = Partial<{ [K in Exclude<keyof StanceFields, 'actorId'>]: StanceFields[K] | null }>;

/** Changes a stance. Returns the id of its claim, which is what a caller shows next (the stance's own id it already has). */
export function updateClaimStance(ctx: CommandContext, id: number, input: StancePatch): number {
  return write(ctx, ({ tx, log }) => {
    const before = mustFind(tx, claimStances, id, 'id', 'stance');
    const { statementId, sourceId, ...rest } = input;
    const patch = patchOf(rest, ['stance']);
    if (statementId !== undefined) patch.statementId = optionalRef(tx, statements, statementId, 'input.statementId', 'statement');
    if (sourceId !== undefined) patch.sourceId = optionalRef(tx, sources, sourceId, 'input.sourceId', 'source');
    const after = Object.keys(patch).length ? tx.update(claimStances).set(patch).where(eq(claimStances.id, id)).returning().get() : before;
    log('ClaimStance', id, 'update', before, after);
    return before.claimId;
  });
}
