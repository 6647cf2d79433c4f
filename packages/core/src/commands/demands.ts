import { eq } from 'drizzle-orm';
import { demands, negotiationRounds, sources } from '../db/schema.ts';
import type { DemandStatus } from '../domain/enums.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, optionalRef, write, type CommandContext, type WriteScope } from '../write/transaction.ts';
import { existingActorIds } from './processes.ts';

export interface DemandFields {
  roundId: number;
  byId: number;
  toId: number;
  text: string;
  status?: DemandStatus | null;
  note?: string | null;
  sourceId?: number | null;
  key?: string | null;
}

export type DemandRow = typeof demands.$inferSelect;

/** Inserts a demand inside a running write; its round is announced as updated once committed. */
export async function insertDemand({ tx, log, publish }: WriteScope, input: DemandFields, field = 'input', action = 'create'): Promise<DemandRow> {
  await mustFind(tx, negotiationRounds, input.roundId, `${field}.roundId`, 'round');
  const [byId] = await existingActorIds(tx, [input.byId], `${field}.byId`);
  const [toId] = await existingActorIds(tx, [input.toId], `${field}.toId`);
  const sourceId = await optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const row = (await first(
    tx
      .insert(demands)
      .values({
        key: input.key ?? null,
        roundId: input.roundId,
        byId: byId!,
        toId: toId!,
        text: input.text,
        status: input.status ?? 'TABLED',
        note: input.note ?? null,
        sourceId,
      })
      .returning(),
  ))!;
  log('Demand', row.id, action, null, row);
  publish('roundUpdated', row.roundId);
  return row;
}

export const createDemand = async (ctx: CommandContext, input: DemandFields): Promise<number> =>
  write(ctx, async (scope) => (await insertDemand(scope, input)).id);

export type DemandPatch = {
  text?: string | null;
  status?: DemandStatus | null;
  note?: string | null;
  sourceId?: number | null;
};

export async function changeDemand({ tx, log, publish }: WriteScope, id: number, input: DemandPatch, field = 'input'): Promise<DemandRow> {
  const before = await mustFind(tx, demands, id, 'id', 'demand');
  const { sourceId, ...rest } = input;
  const patch = patchOf(rest, ['text', 'status']);
  if (sourceId !== undefined) patch.sourceId = await optionalRef(tx, sources, sourceId, `${field}.sourceId`, 'source');
  const after = Object.keys(patch).length ? (await first(tx.update(demands).set(patch).where(eq(demands.id, id)).returning()))! : before;
  log('Demand', id, 'update', before, after);
  publish('roundUpdated', before.roundId);
  return after;
}

export const updateDemand = async (ctx: CommandContext, id: number, input: DemandPatch): Promise<number> =>
  write(ctx, async (scope) => (await changeDemand(scope, id, input)).id);
