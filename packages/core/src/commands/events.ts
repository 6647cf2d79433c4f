import { eq } from 'drizzle-orm';
import { eventLocations, events, sources } from '../db/schema.ts';
import type { DatePrecision, EventType } from '../domain/enums.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, optionalRef, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

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

function insertLocations(tx: Tx, eventId: number, locations: readonly LocationFields[]): void {
  if (locations.length)
    tx.insert(eventLocations)
      .values(locations.map((l) => ({ ...l, eventId })))
      .run();
}

/** Inserts an event with its locations inside a running write; one change-log row holds both. */
export function insertEvent({ tx, log }: WriteScope, input: EventFields, field = 'input', action = 'create'): EventRow {
  const row = tx
    .insert(events)
    .values({
      key: input.key ?? null,
      type: input.type,
      occurredOn: input.occurredOn,
      datePrecision: input.datePrecision ?? 'DAY',
      summary: input.summary,
      sourceId: optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source'),
    })
    .returning()
    .get();
  if (input.locations) insertLocations(tx, row.id, input.locations);
  log('Event', row.id, action, null, { ...row, locations: input.locations });
  return row;
}

export const createEvent = (ctx: CommandContext, input: EventFields): number => write(ctx, (scope) => insertEvent(scope, input).id);

export type EventPatch = Partial<{ [K in Exclude<keyof EventFields, 'key'>]: EventFields[K] | null }>;

/** Changes an event; given locations replace the old ones, absent ones stay. */
export function updateEvent(ctx: CommandContext, id: number, input: EventPatch): number {
  return write(ctx, ({ tx, log }) => {
    const before = mustFind(tx, events, id, 'id', 'event');
    const { locations, sourceId, ...rest } = input;
    const patch = patchOf(rest, ['type', 'occurredOn', 'datePrecision', 'summary']);
    if (sourceId !== undefined) patch.sourceId = optionalRef(tx, sources, sourceId, 'input.sourceId', 'source');
    const after = Object.keys(patch).length ? tx.update(events).set(patch).where(eq(events.id, id)).returning().get() : before;
    if (locations) {
      tx.delete(eventLocations).where(eq(eventLocations.eventId, id)).run();
      insertLocations(tx, id, locations);
    }
    log('Event', id, 'update', before, { ...after, locations });
    return id;
  });
}
