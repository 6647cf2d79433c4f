import { eq } from 'drizzle-orm';
import { actors, claims, claimStances, events, sources, statements } from '../db/schema.ts';
import type { Stance } from '../domain/enums.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, optionalRef, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

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
export async function insertClaimStance({ tx }: WriteScope, claimId: number, s: StanceFields, field = 'input'): Promise<ClaimStanceRow> {
  const actorId = (await mustFind(tx, actors, s.actorId, `${field}.actorId`, 'actor')).id;
  const statementId = await optionalRef(tx, statements, s.statementId, `${field}.statementId`, 'statement');
  const sourceId = await optionalRef(tx, sources, s.sourceId, `${field}.sourceId`, 'source');
  const row = await first(
    tx
      .insert(claimStances)
      .values({
        claimId,
        actorId,
        stance: s.stance,
        statementId,
        sourceId,
        killed: s.killed ?? null,
        civilians: s.civilians ?? null,
        children: s.children ?? null,
      })
      .returning(),
  );
  return row!;
}

/** Inserts a claim with its stances inside a running write; one change-log row holds both. */
export async function insertClaim(scope: WriteScope, input: ClaimFields, field = 'input', action = 'create'): Promise<ClaimRow> {
  const { tx, log } = scope;
  const eventId = await optionalRef(tx, events, input.eventId, `${field}.eventId`, 'event');
  const sourceId = await optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const row = (await first(
    tx
      .insert(claims)
      .values({
        key: input.key ?? null,
        text: input.text,
        eventId,
        sourceId,
        killed: input.killed ?? null,
        civilians: input.civilians ?? null,
        children: input.children ?? null,
      })
      .returning(),
  ))!;
  const stances: ClaimStanceRow[] = [];
  for (const [i, s] of (input.stances ?? []).entries()) stances.push(await insertClaimStance(scope, row.id, s, `${field}.stances.${i}`));
  log('Claim', row.id, action, null, { ...row, stances });
  return row;
}

export const createClaim = async (ctx: CommandContext, input: ClaimFields): Promise<number> =>
  write(ctx, async (scope) => (await insertClaim(scope, input)).id);

export type ClaimPatch = Partial<{ [K in Exclude<keyof ClaimFields, 'stances' | 'key'>]: ClaimFields[K] | null }>;

export async function updateClaim(ctx: CommandContext, id: number, input: ClaimPatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, claims, id, 'id', 'claim');
    const { eventId, sourceId, ...rest } = input;
    const patch = patchOf(rest, ['text']);
    if (eventId !== undefined) patch.eventId = await optionalRef(tx, events, eventId, 'input.eventId', 'event');
    if (sourceId !== undefined) patch.sourceId = await optionalRef(tx, sources, sourceId, 'input.sourceId', 'source');
    const after = Object.keys(patch).length ? await first(tx.update(claims).set(patch).where(eq(claims.id, id)).returning()) : before;
    log('Claim', id, 'update', before, after);
    return id;
  });
}

/** Adds a stance to a claim; the id of the new stance. */
export async function addClaimStance(ctx: CommandContext, claimId: number, input: StanceFields): Promise<number> {
  return write(ctx, async (scope) => {
    await mustFind(scope.tx, claims, claimId, 'claimId', 'claim');
    const stance = await insertClaimStance(scope, claimId, input);
    scope.log('ClaimStance', stance.id, 'create', null, stance);
    return stance.id;
  });
}

export type StancePatch = Partial<{ [K in Exclude<keyof StanceFields, 'actorId'>]: StanceFields[K] | null }>;

/** Changes a stance. Returns the id of its claim, which is what a caller shows next (the stance's own id it already has). */
export async function updateClaimStance(ctx: CommandContext, id: number, input: StancePatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, claimStances, id, 'id', 'stance');
    const { statementId, sourceId, ...rest } = input;
    const patch = patchOf(rest, ['stance']);
    if (statementId !== undefined) patch.statementId = await optionalRef(tx, statements, statementId, 'input.statementId', 'statement');
    if (sourceId !== undefined) patch.sourceId = await optionalRef(tx, sources, sourceId, 'input.sourceId', 'source');
    const after = Object.keys(patch).length ? await first(tx.update(claimStances).set(patch).where(eq(claimStances.id, id)).returning()) : before;
    log('ClaimStance', id, 'update', before, after);
    return before.claimId;
  });
}
