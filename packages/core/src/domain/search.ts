// Full-text search, bounded: each page ranks a window of at most SEARCH_WINDOW matches, the newest by row id
// (id × 8 + kind), found by walking FTS5's index downwards and stopping. Ranking every match made a common
// word (a fifth of the index) cost hundreds of milliseconds. A page that runs past a window's end carries on
// in the next, older window; cursors name their window by its top row id, so later inserts never shift pages.
import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { badInput } from '../errors.ts';
import { ftsQueryError, nonEmptyFtsQuery } from './fts.ts';
import { countTokens, type MarkedText, parseMarked, type Range, snippetColumn, snippetOf } from './search-text.ts';

export const SEARCH_KINDS = ['STATEMENT', 'QUOTE', 'SOURCE', 'ROUND', 'EVENT', 'CLAIM', 'ACTOR'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How many matches one page's ranking considers. */
export const SEARCH_WINDOW = 1000;
const SNIPPET_TOKENS = 20;
// Title matches count four times a body match, as the weights bm25() was given before.
const TITLE_WEIGHT = 4;
const K1 = 1.2;
const B = 0.75;

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

const dateOf = (kind: string, ref: string) => `CASE ${kind}
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
      ELSE 0
    END`;

const WINDOW_SQL = `
  SELECT rowid AS id, kind, ref_id AS refId,
    highlight(search_index, 2, char(2), char(3)) AS title, highlight(search_index, 3, char(2), char(3)) AS body
  FROM search_index WHERE search_index MATCH @q AND rowid <= @hi
    AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
    AND ${SEARCH_PUBLIC_SQL}
    AND (@from IS NULL OR ${dateOf('kind', 'ref_id')} >= @from) AND (@to IS NULL OR ${dateOf('kind', 'ref_id')} <= @to)
  ORDER BY rowid DESC LIMIT @limit`;

// What a hit on the page carries besides its text: the statement and source it belongs to, and its date.
const DETAILS_SQL = `SELECT
    CASE @kind WHEN 'STATEMENT' THEN @ref WHEN 'QUOTE' THEN (SELECT statement_id FROM quotes WHERE id = @ref) END AS statementId,
    CASE @kind WHEN 'SOURCE' THEN @ref WHEN 'QUOTE' THEN (SELECT source_id FROM quotes WHERE id = @ref) END AS sourceId,
    ${dateOf('@kind', '@ref')} AS date`;

interface WindowRow {
  id: number;
  kind: SearchKind;
  refId: number;
  title: string;
  body: string;
}

interface Ranked {
  row: WindowRow;
  score: number;
  title: MarkedText;
  body: MarkedText;
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

/**
 * BM25 over the window: term frequency (title × 4) and length normalization per document; each matched term's
 * document frequency is counted in the window and, when the window is full, scaled by how much of the row-id
 * range it spans (matches are spread over ids about evenly), which stands in for a count over the whole index.
 */
function rank(db: ParleyDb, rows: WindowRow[], full: boolean): Ranked[] {
  const docs = rows.map((row) => {
    const title = parseMarked(row.title);
    const body = parseMarked(row.body);
    const tf = new Map<string, number>();
    for (const k of title.keys) tf.set(k, (tf.get(k) ?? 0) + TITLE_WEIGHT);
    for (const k of body.keys) tf.set(k, (tf.get(k) ?? 0) + 1);
    return { row, title, body, tf, length: countTokens(title.text) + countTokens(body.text) };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const top = rows[0]?.id ?? 0;
  const bottom = rows.at(-1)?.id ?? 0;
  const spread = full && top > bottom ? top / (top - bottom) : 1;
  const n = Math.max(documents(db), rows.length);
  const avg = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length) || 1;
  const ranked = docs.map((d) => {
    let score = 0;
    for (const [k, f] of d.tf) {
      const nk = Math.min(n, (df.get(k) ?? 1) * spread);
      const idf = Math.log(1 + (n - nk + 0.5) / (nk + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avg));
    }
    return { row: d.row, score, title: d.title, body: d.body };
  });
  return ranked.sort((a, b) => b.score - a.score || b.row.id - a.row.id);
}

const CURSOR = 'search:';
const cursorOf = (top: number, index: number) => Buffer.from(`${CURSOR}${top}:${index}`).toString('base64');
function decodeCursor(after: string): { top: number; index: number } {
  const text = Buffer.from(after, 'base64').toString('utf8');
  const [top, index] = text.slice(CURSOR.length).split(':').map(Number);
  if (!text.startsWith(CURSOR) || !Number.isSafeInteger(top) || !Number.isSafeInteger(index) || top! < 0 || index! < 0)
    throw badInput('after', 'is not a cursor of this search');
  return { top: top!, index: index! };
}

/** One page of hits, best first within each window; `after` is the cursor of the last hit already seen. */
export function searchPage(db: ParleyDb, args: SearchArgs): SearchHitRow[] {
  const q = nonEmptyFtsQuery(args.query, 'query');
  if (args.from && args.to && args.to < args.from) throw badInput('to', 'must not be before from');
  const size = args.window ?? SEARCH_WINDOW;
  const at = args.after ? decodeCursor(args.after) : null;
  const params = {
    q,
    kinds: args.kinds?.length ? JSON.stringify(args.kinds) : null,
    from: args.from ?? null,
    to: args.to ?? null,
    limit: Number.isFinite(size) ? size : -1,
  };
  const details = prepared(db, DETAILS_SQL);
  const page: SearchHitRow[] = [];
  let hi = at ? at.top : Number.MAX_SAFE_INTEGER;
  let start = at ? at.index + 1 : 0;
  while (page.length < args.first) {
    let rows: WindowRow[];
    try {
      rows = prepared(db, WINDOW_SQL).all({ ...params, hi }) as WindowRow[];
    } catch (error) {
      throw ftsQueryError(error, 'query');
    }
    if (rows.length === 0) break;
    const full = rows.length === params.limit;
    const top = hi === Number.MAX_SAFE_INTEGER ? rows[0]!.id : hi;
    const ranked = rank(db, rows, full);
    for (let i = start; i < ranked.length && page.length < args.first; i++) {
      const { row, score, title, body } = ranked[i]!;
      const { snippet, highlights } = snippetOf(snippetColumn(title, body), SNIPPET_TOKENS);
      const more = details.get({ kind: row.kind, ref: row.refId }) as Pick<SearchHitRow, 'statementId' | 'sourceId' | 'date'>;
      page.push({ cursor: cursorOf(top, i), kind: row.kind, refId: row.refId, score, snippet, highlights, ...more });
    }
    if (!full) break;
    hi = rows.at(-1)!.id - 1;
    start = 0;
  }
  return page;
}
