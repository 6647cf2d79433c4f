import { eq, sql } from 'drizzle-orm';
import { negotiationProcesses, negotiationRounds, roundParticipants, roundUpdates, sources } from '../db/schema.ts';
import type { DatePrecision, ParticipantRole, RoundOutcome, RoundStatus } from '../domain/enums.ts';
import { badInput } from '../errors.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, optionalRef, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
import { existingActorIds } from './processes.ts';

export interface ParticipantFields {
  actorId: number;
  role: ParticipantRole;
}

export interface RoundFields {
  processId: number;
  sequence: number;
  title: string;
  venueCity?: string | null;
  venueCountry?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  status?: RoundStatus | null;
  outcome?: RoundOutcome | null;
  participants?: readonly ParticipantFields[] | null;
  key?: string | null;
}

export type RoundRow = typeof negotiationRounds.$inferSelect;
export type RoundUpdateRow = typeof roundUpdates.$inferSelect;

/** Replaces a round's participants; each actor must exist. */
export async function setParticipants({ tx }: WriteScope, roundId: number, list: readonly ParticipantFields[], field = 'input'): Promise<void> {
  await tx.delete(roundParticipants).where(eq(roundParticipants.roundId, roundId));
  const rows: (typeof roundParticipants.$inferInsert)[] = [];
  for (const [i, p] of list.entries()) {
    const [actorId] = await existingActorIds(tx, [p.actorId], `${field}.participants.${i}.actorId`);
    rows.push({ roundId, actorId: actorId!, role: p.role });
  }
  if (rows.length) await tx.insert(roundParticipants).values(rows).onConflictDoNothing();
}

/** Inserts a round with its participants inside a running write, and announces it once committed. */
export async function insertRound(scope: WriteScope, input: RoundFields, field = 'input', action = 'create'): Promise<RoundRow> {
  const { tx, log, publish } = scope;
  await mustFind(tx, negotiationProcesses, input.processId, `${field}.processId`, 'process');
  if (input.startedOn && input.endedOn && input.endedOn < input.startedOn) {
    throw badInput(`${field}.endedOn`, `must not be before ${field}.startedOn`);
  }
  const row = (await first(
    tx
      .insert(negotiationRounds)
      .values({
        key: input.key ?? null,
        processId: input.processId,
        sequence: input.sequence,
        title: input.title,
        venueCity: input.venueCity ?? null,
        venueCountry: input.venueCountry ?? null,
        startedOn: input.startedOn ?? null,
        endedOn: input.endedOn ?? null,
        status: input.status ?? 'SCHEDULED',
        outcome: input.outcome ?? null,
      })
      .returning(),
  ))!;
  await setParticipants(scope, row.id, input.participants ?? [], field);
  log('NegotiationRound', row.id, action, null, { ...row, participants: input.participants });
  publish('roundUpdated', row.id);
  return row;
}

export const createRound = async (ctx: CommandContext, input: RoundFields): Promise<number> =>
  write(ctx, async (scope) => (await insertRound(scope, input)).id);

/** Status is absent on purpose: it changes only through appendRoundUpdate, which keeps the history. */
export type RoundPatch = {
  sequence?: number | null;
  title?: string | null;
  venueCity?: string | null;
  venueCountry?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  outcome?: RoundOutcome | null;
  /** Replaces the participants when given. */
  participants?: readonly ParticipantFields[] | null;
};

export async function changeRound(scope: WriteScope, id: number, input: RoundPatch, field = 'input'): Promise<RoundRow> {
  const { tx, log, publish } = scope;
  const before = await mustFind(tx, negotiationRounds, id, 'id', 'round');
  const { participants, ...rest } = input;
  const patch = patchOf(rest, ['sequence', 'title']);
  const after = (await first(
    tx
      .update(negotiationRounds)
      .set({ ...patch, updatedAt: new Date().toISOString() })
      .where(eq(negotiationRounds.id, id))
      .returning(),
  ))!;
  if (after.startedOn && after.endedOn && after.endedOn < after.startedOn) throw badInput(`${field}.endedOn`, 'must not be before startedOn');
  if (participants) await setParticipants(scope, id, participants, field);
  log('NegotiationRound', id, 'update', before, { ...after, participants });
  publish('roundUpdated', id);
  return after;
}

export const updateRound = async (ctx: CommandContext, id: number, input: RoundPatch): Promise<number> =>
  write(ctx, async (scope) => (await changeRound(scope, id, input)).id);

export interface RoundUpdateFields {
  status: RoundStatus;
  at: string;
  atPrecision?: DatePrecision | null;
  note: string;
  sourceId?: number | null;
  /** Sets the round's outcome; absent or null keeps the one it has. */
  outcome?: RoundOutcome | null;
}

/**
 * Appends to a round's status history; the round takes the status of its latest update (by time, then
 * insertion), so back-dated entries fill in the history without changing the present.
 */
export async function appendRoundUpdate(
  { tx, log, publish }: WriteScope,
  roundId: number,
  input: RoundUpdateFields,
  field = 'input',
): Promise<{ update: RoundUpdateRow; round: RoundRow }> {
  const before = await mustFind(tx, negotiationRounds, roundId, `${field}.roundId`, 'round');
  const sourceId = await optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const update = (await first(
    tx
      .insert(roundUpdates)
      .values({ roundId, at: input.at, atPrecision: input.atPrecision ?? 'DAY', status: input.status, note: input.note, sourceId })
      .returning(),
  ))!;
  const latest = (await first(
    tx
      .select({ status: roundUpdates.status })
      .from(roundUpdates)
      .where(eq(roundUpdates.roundId, roundId))
      .orderBy(sql`${roundUpdates.at} desc, ${roundUpdates.id} desc`)
      .limit(1),
  ))!;
  const round = (await first(
    tx
      .update(negotiationRounds)
      .set({ status: latest.status, outcome: input.outcome ?? before.outcome, updatedAt: new Date().toISOString() })
      .where(eq(negotiationRounds.id, roundId))
      .returning(),
  ))!;
  log('RoundUpdate', update.id, 'create', null, update);
  log('NegotiationRound', roundId, 'status', before, round);
  publish('roundUpdated', roundId);
  return { update, round };
}

export const updateRoundStatus = async (ctx: CommandContext, roundId: number, input: RoundUpdateFields): Promise<number> =>
  write(ctx, async (scope) => (await appendRoundUpdate(scope, roundId, input)).round.id);
