import { eq } from 'drizzle-orm';
import { actors, negotiationProcesses, processMediators } from '../db/schema.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

/** Each id must name an actor (`field.i` names the one that does not); repeats collapse, order is kept. */
export async function existingActorIds(tx: Tx, ids: readonly number[], field: string): Promise<number[]> {
  const found = new Set<number>();
  for (const [i, id] of ids.entries()) found.add((await mustFind(tx, actors, id, `${field}.${i}`, 'actor')).id);
  return [...found];
}

export interface ProcessFields {
  name: string;
  description?: string | null;
  mediatorIds?: readonly number[] | null;
  key?: string | null;
}

export type ProcessRow = typeof negotiationProcesses.$inferSelect;

/** Inserts a process and its mediators inside a running write. */
export async function insertProcess({ tx, log }: WriteScope, input: ProcessFields, field = 'input', action = 'create'): Promise<ProcessRow> {
  const row = (await first(
    tx
      .insert(negotiationProcesses)
      .values({ key: input.key ?? null, name: input.name, description: input.description ?? null })
      .returning(),
  ))!;
  const mediators = await existingActorIds(tx, input.mediatorIds ?? [], `${field}.mediatorIds`);
  if (mediators.length) await tx.insert(processMediators).values(mediators.map((actorId) => ({ processId: row.id, actorId })));
  log('NegotiationProcess', row.id, action, null, { ...row, mediators });
  return row;
}

export const createProcess = async (ctx: CommandContext, input: ProcessFields): Promise<number> =>
  write(ctx, async (scope) => (await insertProcess(scope, input)).id);

export type ProcessPatch = {
  name?: string | null;
  description?: string | null;
  /** Replaces the mediators when given. */
  mediatorIds?: readonly number[] | null;
};

export async function changeProcess({ tx, log }: WriteScope, id: number, input: ProcessPatch, field = 'input'): Promise<ProcessRow> {
  const before = await mustFind(tx, negotiationProcesses, id, 'id', 'process');
  const { mediatorIds, ...rest } = input;
  const patch = patchOf(rest, ['name']);
  const after = Object.keys(patch).length
    ? (await first(tx.update(negotiationProcesses).set(patch).where(eq(negotiationProcesses.id, id)).returning()))!
    : before;
  if (mediatorIds) {
    const mediators = await existingActorIds(tx, mediatorIds, `${field}.mediatorIds`);
    await tx.delete(processMediators).where(eq(processMediators.processId, id));
    if (mediators.length) await tx.insert(processMediators).values(mediators.map((actorId) => ({ processId: id, actorId })));
  }
  log('NegotiationProcess', id, 'update', before, { ...after, mediatorIds });
  return after;
}

export const updateProcess = async (ctx: CommandContext, id: number, input: ProcessPatch): Promise<number> =>
  write(ctx, async (scope) => (await changeProcess(scope, id, input)).id);
