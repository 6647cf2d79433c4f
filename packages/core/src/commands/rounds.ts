import { eq, sql } from 'drizzle-orm';
import { negotiationProcesses, negotiationRounds, roundParticipants, roundUpdates, sources } from '../db/schema.ts';
import type { DatePrecision, ParticipantRole, RoundOutcome, RoundStatus } from '../domain/enums.ts';
import { badInput } from '../errors.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, optionalRef, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
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
export function setParticipants({ tx }: WriteScope, roundId: number, list: readonly ParticipantFields[], field = 'input'): void {
  tx.delete(roundParticipants).where(eq(roundParticipants.roundId, roundId)).run();
  const rows = list.map((p, i) => ({
    roundId,
    actorId: existingActorIds(tx, [p.actorId], `${field}.participants.${i}.actorId`)[0]!,
    role: p.role,
  }));
  if (rows.length) tx.insert(roundParticipants).values(rows).onConflictDoNothing().run();
}

/** Inserts a round with its participants inside a running write, and announces it once committed. */
export function insertRound(scope: WriteScope, input: RoundFields, field = 'input', action = 'create'): RoundRow {
  const { tx, log, publish } = scope;
  mustFind(tx, negotiationProcesses, input.processId, `${field}.processId`, 'process');
  if (input.startedOn && input.endedOn && input.endedOn < input.startedOn) {
    throw badInput(`${field}.endedOn`, `must not be before ${field}.startedOn`);
  }
  const row = tx
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
    .returning()
    .get();
  setParticipants(scope, row.id, input.participants ?? [], field);
  log('NegotiationRound', row.id, action, null, { ...row, participants: input.participants });
  publish('roundUpdated', row.id);
  return row;
}

export const createRound = (ctx: CommandContext, input: RoundFields): number => write(ctx, (scope) => insertRound(scope, input).id);

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

export function changeRound(scope: WriteScope, id: number, input: RoundPatch, field = 'input'): RoundRow {
  const { tx, log, publish } = scope;
  const before = mustFind(tx, negotiationRounds, id, 'id', 'round');
  const { participants, ...rest } = input;
  const patch = patchOf(rest, ['sequence', 'title']);
  const after = tx
    .update(negotiationRounds)
    .set({ ...patch, updatedAt: new Date().toISOString() })
    .where(eq(negotiationRounds.id, id))
    .returning()
    .get();
  if (after.startedOn && after.endedOn && after.endedOn < after.startedOn) throw badInput(`${field}.endedOn`, 'must not be before startedOn');
  if (participants) setParticipants(scope, id, participants, field);
  log('NegotiationRound', id, 'update', before, { ...after, participants });
  publish('roundUpdated', id);
  return after;
}

export const updateRound = (ctx: CommandContext, id: number, input: RoundPatch): number => write(ctx, (scope) => changeRound(scope, id, input).id);

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
export function appendRoundUpdate(
  { tx, log, publish }: WriteScope,
  roundId: number,
  input: RoundUpdateFields,
  field = 'input',
): { update: RoundUpdateRow; round: RoundRow } {
  const before = mustFind(tx, negotiationRounds, roundId, `${field}.roundId`, 'round');
  const sourceId = optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const update = tx
    .insert(roundUpdates)
    .values({ roundId, at: input.at, atPrecision: input.atPrecision ?? 'DAY', status: input.status, note: input.note, sourceId })
    .returning()
    .get();
  const latest = tx
    .select({ status: roundUpdates.status })
    .from(roundUpdates)
    .where(eq(roundUpdates.roundId, roundId))
    .orderBy(sql`${roundUpdates.at} desc, ${roundUpdates.id} desc`)
    .limit(1)
    .get()!;
  const round = tx
    .update(negotiationRounds)
    .set({ status: latest.status, outcome: input.outcome ?? before.outcome, updatedAt: new Date().toISOString() })
    .where(eq(negotiationRounds.id, roundId))
    .returning()
    .get();
  log('RoundUpdate', update.id, 'create', null, update);
  log('NegotiationRound', roundId, 'status', before, round);
  publish('roundUpdated', roundId);
  return { update, round };
}

export const updateRoundStatus = (ctx: CommandContext, roundId: number, input: RoundUpdateFields): number =>
  write(ctx, (scope) => appendRoundUpdate(scope, roundId, input).round.id);
