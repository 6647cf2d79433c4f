import { eq } from 'drizzle-orm';
import { actors, occasions, statements } from '../db/schema.ts';
import type { Channel, DatePrecision } from '../domain/enums.ts';
import { badInput } from '../errors.ts';
import { first, mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

export interface OccasionFields {
  speakerId: number;
  saidOn: string;
  datePrecision?: DatePrecision | null;
  channel?: Channel | null;
  venue?: string | null;
  url?: string | null;
  note?: string | null;
  key?: string | null;
}

export type OccasionRow = typeof occasions.$inferSelect;

/** Inserts an occasion inside a running write; its speaker must exist. */
export async function insertOccasion({ tx, log }: WriteScope, input: OccasionFields, field = 'input', action = 'create'): Promise<OccasionRow> {
  await mustFind(tx, actors, input.speakerId, `${field}.speakerId`, 'actor');
  const row = (await first(
    tx
      .insert(occasions)
      .values({
        key: input.key ?? null,
        speakerId: input.speakerId,
        saidOn: input.saidOn,
        datePrecision: input.datePrecision ?? 'DAY',
        channel: input.channel ?? 'UNKNOWN',
        venue: input.venue ?? null,
        url: input.url ?? null,
        note: input.note ?? null,
      })
      .returning(),
  ))!;
  log('Occasion', row.id, action, null, row);
  return row;
}

export const createOccasion = (ctx: CommandContext, input: OccasionFields): Promise<number> =>
  write(ctx, async (scope) => (await insertOccasion(scope, input)).id);

export type OccasionPatch = Partial<{ [K in keyof OccasionFields]: OccasionFields[K] | null }>;

/** Statements copy speaker, date and channel from their occasion (one index per feed filter): keep them in step. */
export async function changeOccasion({ tx, log }: WriteScope, id: number, input: OccasionPatch, field = 'input'): Promise<OccasionRow> {
  const before = await mustFind(tx, occasions, id, 'id', 'occasion');
  const patch: Partial<typeof occasions.$inferInsert> = {};
  for (const key of ['speakerId', 'saidOn', 'datePrecision', 'channel'] as const) {
    if (input[key] === null) throw badInput(`${field}.${key}`, 'must not be null');
  }
  if (input.speakerId != null) patch.speakerId = (await mustFind(tx, actors, input.speakerId, `${field}.speakerId`, 'actor')).id;
  if (input.saidOn != null) patch.saidOn = input.saidOn;
  if (input.datePrecision != null) patch.datePrecision = input.datePrecision;
  if (input.channel != null) patch.channel = input.channel;
  if (input.venue !== undefined) patch.venue = input.venue;
  if (input.url !== undefined) patch.url = input.url;
  if (input.note !== undefined) patch.note = input.note;
  if (Object.keys(patch).length === 0) return before;
  const after = (await first(tx.update(occasions).set(patch).where(eq(occasions.id, id)).returning()))!;
  await tx.update(statements).set({ speakerId: after.speakerId, saidOn: after.saidOn, channel: after.channel }).where(eq(statements.occasionId, id));
  log('Occasion', id, 'update', before, after);
  return after;
}

export const updateOccasion = (ctx: CommandContext, id: number, input: OccasionPatch): Promise<number> =>
  write(ctx, async (scope) => (await changeOccasion(scope, id, input)).id);
