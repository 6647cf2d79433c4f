// Export filters arrive as URL query parameters; they are checked here by name, with the same rules and the
// same error shape (code, field, reason) as the GraphQL filters they mirror.
import type { ParleyDb } from '../db/open.ts';
import { checkCalendarDate } from '../domain/calendar-date.ts';
import { ACTS, CHANNELS, EVENT_TYPES, ROUND_STATUSES, SIDES } from '../domain/enums.ts';
import { checkFtsQuery } from '../domain/fts.ts';
import type { StatementFilterValues } from '../domain/statement-filter.ts';
import { badInput } from '../errors.ts';
import { idOfGlobal } from '../sync/global-id.ts';

export type Params = URLSearchParams;

function one(params: Params, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw badInput(name, 'give it once');
  const value = values[0]?.trim();
  return value ? value : null;
}

function id(params: Params, name: string, typename: string): number | null {
  const value = one(params, name);
  if (value === null) return null;
  const found = idOfGlobal(typename, value);
  if (found === null) throw badInput(name, `"${value.slice(0, 40)}" is not a valid ${typename} id`);
  return found;
}

function oneOf<T extends string>(params: Params, name: string, values: readonly T[]): T | null {
  const value = one(params, name);
  if (value !== null && !values.includes(value as T)) throw badInput(name, `must be one of ${values.join(', ')}`);
  return value as T | null;
}

function dates(params: Params): { from: string | null; to: string | null } {
  const from = one(params, 'from');
  const to = one(params, 'to');
  checkCalendarDate('from', from);
  checkCalendarDate('to', to);
  if (from && to && to < from) throw badInput('to', 'must not be before from');
  return { from, to };
}

/** Refuses parameters an export does not know, so a typo is not silently an unfiltered export. */
function known(params: Params, names: string[]): void {
  for (const name of params.keys()) if (!names.includes(name)) throw badInput(name, `is not a filter of this export (use ${names.join(', ')})`);
}

export function statementParams(db: ParleyDb, params: Params): StatementFilterValues {
  known(params, ['speaker', 'target', 'side', 'round', 'channel', 'act', 'topic', 'from', 'to', 'text']);
  const text = one(params, 'text');
  return {
    speakerId: id(params, 'speaker', 'Actor'),
    targetId: id(params, 'target', 'Actor'),
    side: oneOf(params, 'side', SIDES),
    roundId: id(params, 'round', 'NegotiationRound'),
    channel: oneOf(params, 'channel', CHANNELS),
    act: oneOf(params, 'act', ACTS),
    topic: one(params, 'topic')?.toLowerCase() ?? null,
    ...dates(params),
    text: text === null ? null : checkFtsQuery(db, text, 'text'),
  };
}

export function eventParams(params: Params) {
  known(params, ['type', 'from', 'to', 'country']);
  const country = one(params, 'country');
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw badInput('country', 'must be an ISO-3166 alpha-2 code such as PK');
  return { type: oneOf(params, 'type', EVENT_TYPES), country, ...dates(params) };
}

export function claimParams(params: Params) {
  known(params, ['event']);
  return { eventId: id(params, 'event', 'Event') };
}

export function roundParams(params: Params) {
  known(params, ['status', 'process']);
  return { status: oneOf(params, 'status', ROUND_STATUSES), processId: id(params, 'process', 'NegotiationProcess') };
}
