import { badInput } from '../errors.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day that is on the calendar, written YYYY-MM-DD: 2025-02-30 is refused, not rolled over to 2 March. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Refuses a date that is not on the calendar, naming the field the caller knows it by (`input.publishedOn`
 * for the API, `--published-on` for the CLI), so every host shows the same reason.
 */
export function checkCalendarDate(field: string, value: string | null | undefined): void {
  if (value != null && !isCalendarDate(value)) throw badInput(field, 'must be a date, YYYY-MM-DD');
}
