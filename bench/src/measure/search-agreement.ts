// How far the bounded ranking Parley ships is from ranking every match, on the bench's own queries: the top
// 20 of each query compared with FTS5's bm25() over every public match, what search returned before the bound.
import { type ParleyDb, SEARCH_KINDS, SEARCH_PUBLIC_SQL, type SearchKind, searchPage } from '@parley/core';

export interface Agreement {
  /** Mean share of the full ranking's top 20 also in the bounded top 20. */
  overlap: number;
  /** Share of queries whose top 20 is the same, in the same order. */
  exact: number;
  /** Share of queries with more matches than one window (where the bound can change anything). */
  bounded: number;
}

const TOP = 20;

function agreement(pairs: { got: number[]; want: number[] }[], windowed: boolean[]): Agreement {
  const n = Math.max(1, pairs.length);
  let overlap = 0;
  let exact = 0;
  for (const { got, want } of pairs) {
    const set = new Set(got);
    overlap += want.length ? want.filter((id) => set.has(id)).length / want.length : 1;
    if (got.length === want.length && got.every((id, i) => id === want[i])) exact++;
  }
  return { overlap: overlap / n, exact: exact / n, bounded: windowed.filter(Boolean).length / n };
}

export function searchAgreement(db: ParleyDb, queries: string[], window: number): Agreement {
  const bm25 = db.$client.prepare(
    `SELECT rowid FROM search_index WHERE search_index MATCH ? AND ${SEARCH_PUBLIC_SQL}
     ORDER BY bm25(search_index, 0, 0, 4.0, 1.0), rowid DESC LIMIT ${TOP}`,
  );
  const matches = db.$client.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck();
  // The index's row id: id × 8 + the kind's place in SEARCH_KINDS, counted from 1.
  const key = (h: { kind: string; refId: number }) => h.refId * 8 + SEARCH_KINDS.indexOf(h.kind as SearchKind) + 1;
  const pairs: { got: number[]; want: number[] }[] = [];
  const windowed: boolean[] = [];
  for (const query of queries) {
    pairs.push({ got: searchPage(db, { query, first: TOP, window }).map(key), want: bm25.pluck().all(query) as number[] });
    windowed.push((matches.get(query) as number) > window);
  }
  return agreement(pairs, windowed);
}
