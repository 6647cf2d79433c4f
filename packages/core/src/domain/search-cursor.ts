import { badInput } from '../errors.ts';
import { SEARCH_KINDS } from './search.ts';

// A cursor names its window (the top row id) and its place in the window's ranking, and carries the newest id
// of each kind when the search began: ids interleave across kinds (id × 8 + kind), so a statement added later
// can take a row id below the window's top, and only this snapshot keeps it out of pages already begun.
const CURSOR = 'search:';
export interface Cursor {
  top: number;
  index: number;
  seen: number[];
}
export const cursorOf = (c: Cursor) => Buffer.from(`${CURSOR}${c.top}:${c.index}:${c.seen.join(',')}`).toString('base64');
export function decodeCursor(after: string): Cursor {
  const text = Buffer.from(after, 'base64').toString('utf8');
  const [top, index, seen] = text.slice(CURSOR.length).split(':');
  const numbers = [top, index, ...(seen ?? '').split(',')].map((n) => (n && /^\d{1,15}$/.test(n) ? Number(n) : -1));
  if (!text.startsWith(CURSOR) || numbers.length !== 2 + SEARCH_KINDS.length || numbers.some((n) => n < 0))
    throw badInput('after', 'is not a cursor of this search');
  return { top: numbers[0]!, index: numbers[1]!, seen: numbers.slice(2) };
}
