import { SEARCH_KINDS, type SearchKind } from '@/lib/enums.ts';
import { many, one } from '@/lib/params.ts';

/** A search as the address bar holds it, so any page of results can be shared or reloaded. */
export interface SearchState {
  q?: string;
  kinds: SearchKind[];
  from?: string;
  to?: string;
  /** The cursor of the last hit on the page before. */
  after?: string;
  /** How many hits came before this page (for numbering only). */
  seen: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readSearch(params: Record<string, string | string[] | undefined>): SearchState {
  const day = (v: string | undefined) => (v && DAY.test(v) ? v : undefined);
  const seen = Number(one(params.n) ?? 0);
  return {
    q: one(params.q),
    kinds: many(params.kind).filter((k): k is SearchKind => (SEARCH_KINDS as string[]).includes(k)),
    from: day(one(params.from)),
    to: day(one(params.to)),
    after: one(params.after),
    seen: Number.isSafeInteger(seen) && seen > 0 ? seen : 0,
  };
}

/** The address of a search, with the given changes (paging, another query). */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const s = { ...state, ...change };
  const out = new URLSearchParams();
  if (s.q) out.set('q', s.q);
  for (const k of s.kinds) out.append('kind', k);
  if (s.from) out.set('from', s.from);
  if (s.to) out.set('to', s.to);
  if (s.after) out.set('after', s.after);
  if (s.after && s.seen) out.set('n', String(s.seen));
  return `/search?${out}`;
}

/** Each word as a quoted FTS5 string, so punctuation in it is matched rather than parsed. */
export const literalQuery = (q: string) =>
  q
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter(Boolean)
    .map((w) => `"${w}"`)
    .join(' ');
