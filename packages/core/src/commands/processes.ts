import { eq } from 'drizzle-orm';
import { actors, negotiationProcesses, processMediators } from '../db/schema.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

/** Each id must name an actor (`field.i` names the one that does not); repeats collapse, order is kept. */
export function existingActorIds(tx: Tx, ids: readonly number[], field: string): number[] {
  return [...new Set(ids.map((id, i) => mustFind(tx, actors, id, `${field}.${i}`, 'actor').id))];
}

export interface ProcessFields {
  name: string;
  description?: string | null;
  mediatorIds?: readonly number[] | null;
  key?: string | null;
}

export type ProcessRow = typeof negotiationProcesses.$inferSelect;

/** Inserts a process and its mediators inside a running write. */
export function insertProcess({ tx, log }: WriteScope, input: ProcessFields, field = 'input', action = 'create'): ProcessRow {
  const row = tx
    .insert(negotiationProcesses)
    .values({ key: input.key ?? null, name: input.name, description: input.description ?? null })
    .returning()
    .get();
  const mediators = existingActorIds(tx, input.mediatorIds ?? [], `${field}.mediatorIds`);
  if (mediators.length)
    tx.insert(processMediators)
      .values(mediators.map((actorId) => ({ processId: row.id, actorId })))
      .run();
  log('NegotiationProcess', row.id, action, null, { ...row, mediators });
  return row;
}

export const createProcess = (ctx: CommandContext, input: ProcessFields): number => write(ctx, (scope) => insertProcess(scope, input).id);

export type ProcessPatch = {
  name?: string | null;
  description?: string | null;
  /** Replaces the mediators when given. */
  mediatorIds?: readonly number[] | null;
};

export function changeProcess({ tx, log }: WriteScope, id: number, input: ProcessPatch, field = 'input'): ProcessRow {
  const before = mustFind(tx, negotiationProcesses, id, 'id', 'process');
  const { mediatorIds, ...rest } = input;
  const patch = patchOf(rest, ['name']);
  const after = Object.keys(patch).length ? tx.update(negotiationProcesses).set(patch).where(eq(negotiationProcesses.id, id)).returning().get() : before;
  if (mediatorIds) {
    const mediators = existingActorIds(tx, mediatorIds, `${field}.mediatorIds`);
    tx.delete(processMediators).where(eq(processMediators.processId, id)).run();
    if (mediators.length)
      tx.insert(processMediators)
        .values(mediators.map((actorId) => ({ processId: id, actorId })))
        .run();
  }
  log('NegotiationProcess', id, 'update', before, { ...after, mediatorIds });
  return after;
}

export const updateProcess = (ctx: CommandContext, id: number, input: ProcessPatch): number => write(ctx, (scope) => changeProcess(scope, id, input).id);
