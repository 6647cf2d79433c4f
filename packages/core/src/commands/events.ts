import { eq } from 'drizzle-orm';
import { eventLocations, events, sources } from '../db/schema.ts';
import type { DatePrecision, EventType } from '../domain/enums.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, optionalRef, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

export interface LocationFields {
  place?: string | null;
  province?: string | null;
  country: string;
}

export interface EventFields {
  type: EventType;
  occurredOn: string;
  datePrecision?: DatePrecision | null;
  summary: string;
  sourceId?: number | null;
  key?: string | null;
  locations?: readonly LocationFields[] | null;
}

export type EventRow = typeof events.$inferSelect;

async function insertLocations(tx: Tx, eventId: number, locations: readonly LocationFields[]): Promise<void> {
  if (locations.length) await tx.insert(eventLocations).values(locations.map((l) => ({ ...l, eventId })));
}

/** Inserts an event with its locations inside a running write; one change-log row holds both. */
export async function insertEvent({ tx, log }: WriteScope, input: EventFields, field = 'input', action = 'create'): Promise<EventRow> {
  const sourceId = await optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const row = (await first(
    tx
      .insert(events)
      .values({
        key: input.key ?? null,
        type: input.type,
        occurredOn: input.occurredOn,
        datePrecision: input.datePrecision ?? 'DAY',
        summary: input.summary,
        sourceId,
      })
      .returning(),
  ))!;
  if (input.locations) await insertLocations(tx, row.id, input.locations);
  log('Event', row.id, action, null, { ...row, locations: input.locations });
  return row;
}

export const createEvent = async (ctx: CommandContext, input: EventFields): Promise<number> =>
  write(ctx, async (scope) => (await insertEvent(scope, input)).id);

export type EventPatch = Partial<{ [K in Exclude<keyof EventFields, 'key'>]: EventFields[K] | null }>;

/** Changes an event; given locations replace the old ones, absent ones stay. */
export async function updateEvent(ctx: CommandContext, id: number, input: EventPatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, events, id, 'id', 'event');
    const { locations, sourceId, ...rest } = input;
    const patch = patchOf(rest, ['type', 'occurredOn', 'datePrecision', 'summary']);
    if (sourceId !== undefined) patch.sourceId = await optionalRef(tx, sources, sourceId, 'input.sourceId', 'source');
    const after = Object.keys(patch).length ? await first(tx.update(events).set(patch).where(eq(events.id, id)).returning()) : before;
    if (locations) {
      await tx.delete(eventLocations).where(eq(eventLocations.eventId, id));
      await insertLocations(tx, id, locations);
    }
    log('Event', id, 'update', before, { ...after, locations });
    return id;
  });
}
