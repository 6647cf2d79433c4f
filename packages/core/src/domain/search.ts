// Full-text search, bounded: each page ranks a window of at most SEARCH_WINDOW matches, the newest by row id
// (id × 8 + kind), found by walking FTS5's index downwards and stopping. Ranking every match made a common
// word (a fifth of the index) cost hundreds of milliseconds. A page that runs past a window's end carries on
// in the next, older window; cursors name their window by its top row id, so later inserts never shift pages.
import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { badInput } from '../errors.ts';
import { ftsQueryError } from './fts.ts';
import { parseSearchQuery, type SearchNode, toFts5 } from './search-query.ts';
import { cursorOf, decodeCursor } from './search-cursor.ts';
import { type Ranked, rankMarked, type WindowRow } from './search-rank.ts';
import { renderTokens } from './search-citations.ts';
import { parseMarked, type Range, snippetColumn, snippetOf } from './search-text.ts';

export const SEARCH_KINDS = ['STATEMENT', 'QUOTE', 'SOURCE', 'ROUND', 'EVENT', 'CLAIM', 'ACTOR'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How many matches one page's ranking considers. */
export const SEARCH_WINDOW = 1000;
const SNIPPET_TOKENS = 20;
// A window whose matches lie further apart than this many index rows each is read through bm25() rather than
// its text: its rows are scattered over the table (reading each costs a page), and its phrases are rare
// enough for bm25()'s document count to be cheap.
const SPARSE = 200;

export interface SearchArgs {
  query: string;
  first: number;
  after?: string | null;
  kinds?: readonly SearchKind[] | null;
  from?: string | null;
  to?: string | null;
  /** Matches ranked per window; Infinity ranks every match (what the bench compares against). */
  window?: number;
}

export interface SearchHitRow {
  cursor: string;
  kind: SearchKind;
  refId: number;
  score: number;
  snippet: string;
  highlights: Range[];
  statementId: number | null;
  sourceId: number | null;
  date: string | null;
}

export const dateOf = (kind: string, ref: string) => `CASE ${kind}
    WHEN 'STATEMENT' THEN (SELECT said_on FROM statements WHERE id = ${ref})
    WHEN 'QUOTE' THEN (SELECT s.said_on FROM quotes q JOIN statements s ON s.id = q.statement_id WHERE q.id = ${ref})
    WHEN 'SOURCE' THEN (SELECT published_on FROM sources WHERE id = ${ref})
    WHEN 'ROUND' THEN (SELECT started_on FROM negotiation_rounds WHERE id = ${ref})
    WHEN 'EVENT' THEN (SELECT occurred_on FROM events WHERE id = ${ref})
    WHEN 'CLAIM' THEN (SELECT e.occurred_on FROM claims c JOIN events e ON e.id = c.event_id WHERE c.id = ${ref})
  END`;

/** True for an index row whose statement, quote, source… is public: retracted and unpublished rows never match. */
export const SEARCH_PUBLIC_SQL = `CASE kind
      WHEN 'SOURCE' THEN EXISTS (SELECT 1 FROM sources x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'STATEMENT' THEN EXISTS (SELECT 1 FROM statements s WHERE s.id = ref_id AND s.status = 'PUBLISHED')
      WHEN 'QUOTE' THEN EXISTS (SELECT 1 FROM quotes q JOIN statements s ON s.id = q.statement_id
                   WHERE q.id = ref_id AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL AND s.status = 'PUBLISHED')
      WHEN 'ROUND' THEN EXISTS (SELECT 1 FROM negotiation_rounds x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'EVENT' THEN EXISTS (SELECT 1 FROM events x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'CLAIM' THEN EXISTS (SELECT 1 FROM claims x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'ACTOR' THEN EXISTS (SELECT 1 FROM actors x WHERE x.id = ref_id AND x.status = 'ACTIVE')
      ELSE FALSE
    END`;

// The first page reads the newest id of each kind in the same statement that finds its window.
const NEWEST_IDS = `SELECT json_array(
    (SELECT max(id) FROM statements), (SELECT max(id) FROM quotes), (SELECT max(id) FROM sources), (SELECT max(id) FROM negotiation_rounds),
    (SELECT max(id) FROM events), (SELECT max(id) FROM claims), (SELECT max(id) FROM actors))`;
const NEWEST = `CASE WHEN @seen IS NULL THEN (${NEWEST_IDS}) END AS newest`;
// Kinds with no rows yet read as id 0, so the cursor stays a list of numbers.
const seenOf = (newest: string) => JSON.stringify((JSON.parse(newest) as (number | null)[]).map((n) => n ?? 0));

// The highest row id a match of the wanted kinds can have: each kind's newest id × 8 + its number. A kinds
// filter on a kind of few, low ids (sources, rounds, actors) starts its walk there, instead of below every newer
// statement and quote match of a common word (150 ms for sources at 1M quotes before). Part of the window's
// own statement, one constant bound for FTS5; NULL without a kinds filter.
const KINDS_TOP = `(SELECT max(coalesce(json_extract(coalesce(@seen, (${NEWEST_IDS})), '$[' || (k.value - 1) || ']'), 0) * 8 + k.value)
    FROM json_each(@kinds) k)`;

// A row's kind and ref_id are read from its row id (id × 8 + kind), never from the index's columns: FTS5 reads a
// column by loading the whole stored row, an article's body included (6 ms of a scattered window of 400 matches).
// Qualified: the date filter reads them inside subqueries over other tables, whose own rowid would shadow it.
const KIND_OF_ROWID = `json_extract('${JSON.stringify(['', ...SEARCH_KINDS])}', '$[' || (search_index.rowid & 7) || ']')`;
const REF_OF_ROWID = '(search_index.rowid >> 3)';
const kindOf = (id: number) => SEARCH_KINDS[(id % 8) - 1]!;

// The window: the newest matches of the wanted kinds (the kind is the row id's low three bits, read from the
// index alone) and dates. Whether a match is public is asked only of the hits a page shows, in ranked order.
const WINDOW_WHERE = `search_index MATCH @q AND rowid <= min(@hi, coalesce(${KINDS_TOP}, @hi))
    AND (@seen IS NULL OR rowid >> 3 <= json_extract(@seen, '$[' || ((rowid & 7) - 1) || ']'))
    AND (@kinds IS NULL OR rowid % 8 IN (SELECT value FROM json_each(@kinds)))
    AND (@from IS NULL OR ${dateOf(KIND_OF_ROWID, REF_OF_ROWID)} >= @from) AND (@to IS NULL OR ${dateOf(KIND_OF_ROWID, REF_OF_ROWID)} <= @to)
  ORDER BY rowid DESC LIMIT @limit`;
const ROWIDS_SQL = `SELECT rowid AS id, ${NEWEST} FROM search_index WHERE ${WINDOW_WHERE}`;
const MARKED_SQL = `SELECT rowid AS id, ${NEWEST},
    highlight(search_index, 2, char(2), char(3)) AS title, highlight(search_index, 3, char(2), char(3)) AS body
  FROM search_index WHERE ${WINDOW_WHERE}`;
const BM25_SQL = `SELECT rowid AS id, ${NEWEST}, -bm25(search_index, 0, 0, 4.0, 1.0) AS score FROM search_index WHERE ${WINDOW_WHERE}`;

// What a hit on the page carries besides its text: whether it is public, the statement and source it belongs
// to, and its date; asked for a batch of ranked candidates in one statement.
export const DETAILS = `${SEARCH_PUBLIC_SQL} AS public,
    CASE kind WHEN 'STATEMENT' THEN ref_id WHEN 'QUOTE' THEN (SELECT statement_id FROM quotes WHERE id = ref_id) END AS "statementId",
    CASE kind WHEN 'SOURCE' THEN ref_id WHEN 'QUOTE' THEN (SELECT source_id FROM quotes WHERE id = ref_id) END AS "sourceId",
    ${dateOf('kind', 'ref_id')} AS date`;
const DETAILS_SQL = `SELECT id, ${DETAILS} FROM (SELECT value AS id, value >> 3 AS ref_id,
    json_extract('${JSON.stringify(['', ...SEARCH_KINDS])}', '$[' || (value & 7) || ']') AS kind FROM json_each(@ids))`;
// Scattered windows were ranked without their text: the shown hits' text is highlighted here, with the details.
const MARKED_DETAILS_SQL = `SELECT rowid AS id, ${DETAILS},
    highlight(search_index, 2, char(2), char(3)) AS title, highlight(search_index, 3, char(2), char(3)) AS body
  FROM search_index WHERE search_index MATCH @q AND rowid IN (SELECT value FROM json_each(@ids))`;

const CITED_SQL = 'SELECT title, outlet FROM sources WHERE key = ? AND retracted_at IS NULL';

interface Details {
  id: number;
  public: number;
  statementId: number | null;
  sourceId: number | null;
  date: string | null;
  title?: string;
  body?: string;
}

const indexSize = new WeakMap<object, number>();
// Documents in the index, for the inverse document frequency; read once per connection (it only drifts).
function documents(db: ParleyDb): number {
  let n = indexSize.get(db.$client);
  if (n === undefined) {
    n = prepared(db, 'SELECT count(*) FROM search_index_docsize').pluck().get() as number;
    indexSize.set(db.$client, n);
  }
  return n;
}

type WindowParams = { q: string; kinds: string | null; from: string | null; to: string | null; limit: number; hi: number; seen: string | null };

function run<T>(db: ParleyDb, sql: string, params: WindowParams): T[] {
  try {
    const statement = prepared(db, sql);
    return statement.all(params) as T[];
  } catch (error) {
    throw ftsQueryError(error, 'query');
  }
}

// Sources are whole articles: highlighting a window of them costs twice what bm25() reading their position
// lists does (a sources-only window of a common word at 1M quotes: ~60 ms against ~32 ms).
const SOURCE_KIND = SEARCH_KINDS.indexOf('SOURCE') + 1;
const mostlyArticles = (probe: { id: number }[]) => probe.filter((r) => (r.id & 7) === SOURCE_KIND).length * 2 > probe.length;

// How the newest matches of one word spread over row ids: a few hundred microseconds even for a common word.
const WORD_SPREAD_SQL = `SELECT count(*) AS n, max(rowid) - min(rowid) AS span
  FROM (SELECT rowid FROM search_index WHERE search_index MATCH @q ORDER BY rowid DESC LIMIT @limit)`;

/**
 * Whether the first window of an AND is known to be scattered before it is walked: it holds only rows holding
 * each of the AND's words, so one word with fewer matches than a window, or spread thinner than SPARSE, bounds
 * it. Such a window is then ranked by bm25() in its only walk, instead of a probe and a second walk (an AND
 * with a common word walks that word's doclist: ~3 ms each at 1M quotes). Only single words are asked about:
 * a prefix builds every term's doclist, a phrase checks positions all the way down.
 */
function scatteredAnd(db: ParleyDb, node: SearchNode, limit: number): boolean {
  if (node.type !== 'and' || limit < 0) return false;
  for (const item of node.items) {
    if (item.type !== 'phrase' || item.prefix || item.words.length !== 1) continue;
    let spread: { n: number; span: number | null };
    try {
      spread = prepared(db, WORD_SPREAD_SQL).get({ q: toFts5(item), limit }) as typeof spread;
    } catch (error) {
      throw ftsQueryError(error, 'query');
    }
    const { n, span } = spread;
    if (n < limit || (span ?? 0) / n > SPARSE) return true;
  }
  return false;
}

type Scored = { id: number; score: number; newest: string | null };
const byScore = (rows: Scored[]): Ranked[] =>
  rows.map((row) => ({ row, score: row.score, marked: null })).sort((a, b) => b.score - a.score || b.row.id - a.row.id);
// Whether a window is ranked from its text: it is full, its rows lie close together and are not mostly articles.
const isDense = (rows: { id: number }[], limit: number) =>
  rows.length === limit && (rows[0]!.id - rows.at(-1)!.id) / rows.length <= SPARSE && !mostlyArticles(rows);

/** The window below `hi`, ranked: dense windows from their text, sparse ones by bm25() without reading it. */
function windowAt(db: ParleyDb, params: WindowParams, scattered: boolean) {
  // A prefix query builds every matching term's doclist on each pass, so it skips the probe and reads its
  // window's text at once (prefixes match many terms: their windows are dense). A window expected to be
  // scattered is ranked by bm25() in the walk that finds it; should it turn out dense after all, it is ranked
  // as any dense window, so a page never depends on which way its window was found.
  const marked = params.q.includes('*') ? run<WindowRow & { newest: string | null }>(db, MARKED_SQL, params) : null;
  const scored = !marked && scattered ? run<Scored>(db, BM25_SQL, params) : null;
  const probe = marked ?? scored ?? run<{ id: number; newest: string | null }>(db, ROWIDS_SQL, params);
  if (probe.length === 0) return null;
  const seen = params.seen ?? seenOf(probe[0]!.newest!);
  const at = { ...params, seen };
  const full = probe.length === params.limit;
  const top = probe[0]!.id;
  const bottom = probe.at(-1)!.id;
  let ranked: Ranked[];
  if (marked) ranked = rankMarked(documents(db), marked, full);
  else if (isDense(probe, params.limit)) ranked = rankMarked(documents(db), run<WindowRow>(db, MARKED_SQL, at), full);
  else ranked = byScore(scored ?? run<Scored>(db, BM25_SQL, { ...at, limit: probe.length }));
  return { ranked, full, top, bottom, seen };
}

/** Details (and text, where the window did not read it) of a run of ranked candidates, in one statement. */
function detailsOf(db: ParleyDb, q: string, candidates: Ranked[]): Map<number, Details> {
  const ids = JSON.stringify(candidates.map((c) => c.row.id));
  const rows = (candidates.some((c) => !c.marked) ? prepared(db, MARKED_DETAILS_SQL).all({ q, ids }) : prepared(db, DETAILS_SQL).all({ ids })) as Details[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** One page of hits, best first within each window; `after` is the cursor of the last hit already seen. */
export function searchPage(db: ParleyDb, args: SearchArgs): SearchHitRow[] {
  const tree = parseSearchQuery(args.query, 'query');
  const q = toFts5(tree);
  if (args.from && args.to && args.to < args.from) throw badInput('to', 'must not be before from');
  const size = args.window ?? SEARCH_WINDOW;
  const at = args.after ? decodeCursor(args.after) : null;
  let seen = at ? JSON.stringify(at.seen) : null;
  const params = {
    q,
    kinds: args.kinds?.length ? JSON.stringify(args.kinds.map((k) => SEARCH_KINDS.indexOf(k) + 1)) : null,
    from: args.from ?? null,
    to: args.to ?? null,
    limit: Number.isFinite(size) ? size : -1,
  };
  const page: SearchHitRow[] = [];
  let hi = at ? at.top : Number.MAX_SAFE_INTEGER;
  let start = at ? at.index + 1 : 0;
  while (page.length < args.first) {
    const window = windowAt(db, { ...params, hi, seen }, !at && hi === Number.MAX_SAFE_INTEGER && !params.kinds && scatteredAnd(db, tree, params.limit));
    if (!window) break;
    seen = window.seen;
    const top = hi === Number.MAX_SAFE_INTEGER ? window.top : hi;
    // Candidates in ranked order, a few more than the page needs since some may not be public.
    for (let i = start; i < window.ranked.length && page.length < args.first; ) {
      const need = args.first - page.length;
      const batch = window.ranked.slice(i, i + need + Math.ceil(need / 4) + 2);
      const details = detailsOf(db, q, batch);
      for (const { row, score, marked } of batch) {
        const d = details.get(row.id);
        if (d?.public && page.length < args.first) {
          const text = { title: parseMarked((marked ?? d).title ?? ''), body: parseMarked((marked ?? d).body ?? '') };
          const cited = (key: string) => prepared(db, CITED_SQL).get(key) as { title: string; outlet: string } | undefined;
          const column = snippetColumn(renderTokens(text.title, cited), renderTokens(text.body, cited));
          const { snippet, highlights } = snippetOf(column, SNIPPET_TOKENS);
          const cursor = cursorOf({ top, index: i, seen: JSON.parse(seen) });
          page.push({
            cursor,
            kind: kindOf(row.id),
            refId: Math.floor(row.id / 8),
            score,
            snippet,
            highlights,
            statementId: d.statementId,
            sourceId: d.sourceId,
            date: d.date,
          });
        }
        i++;
        if (page.length === args.first) break;
      }
    }
    if (!window.full) break;
    hi = window.bottom - 1;
    start = 0;
  }
  return page;
}
