// Full-text search on PostgreSQL, with SQLite's result shape and bound: the same language (search-query.ts), the
// same windows of the newest SEARCH_WINDOW matches by row id (id × 8 + kind), the same cursors, and the same
// snippets (search-text.ts) from text whose matches ts_headline marked; ranked within a window by ts_rank. The
// index is the tsvector column of search_index (drizzle-pg/*search*): English stemming without stop words over
// unaccented text split as unicode61 splits it, served by its GIN index.
import { isSqlite } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { badInput } from '../errors.ts';
import { cursorOf, decodeCursor } from './search-cursor.ts';
import { parseSearchQuery, toTsquery } from './search-query.ts';
import { DETAILS, dateOf, SEARCH_KINDS, SEARCH_WINDOW, type SearchArgs, type SearchHitRow, searchPage } from './search.ts';
import { citedKeys, renderTokens } from './search-citations.ts';
import { CLOSE, OPEN, parseMarked, snippetColumn, snippetOf } from './search-text.ts';

const CITED_SQL = 'SELECT key, title, outlet FROM sources WHERE key = ANY($1) AND retracted_at IS NULL';

type Query = (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
const SNIPPET_TOKENS = 20;
const MARKS = `'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true'`;

// The window: the newest matches (by row id) of the wanted kinds and dates, ranked by ts_rank over the stored
// tsvector (titles weigh four times a body, as bm25() is weighted on SQLite). Text is read and marked only for
// the hits a page shows (DETAILS_SQL): ts_headline on every row of a window cost seconds when it reached back to
// article bodies. $1 tsquery text, $2 top row id, $3 newest id per kind (JSON) or null, $4 kind slots or null,
// $5 from, $6 to, $7 limit.
const WINDOW_SQL = `WITH q AS (SELECT to_tsquery('parley_english', parley_unaccent($1)) AS q),
  w AS (SELECT i.rowid, i.kind, i.ref_id, i.document FROM search_index i, q
    WHERE i.document @@ q.q AND i.rowid <= $2
      AND ($3::text IS NULL OR (i.rowid >> 3) <= (($3::json) ->> ((i.rowid & 7)::int - 1))::bigint)
      AND ($4::int[] IS NULL OR (i.rowid % 8)::int = ANY($4::int[]))
      AND ($5::text IS NULL OR ${dateOf('i.kind', 'i.ref_id')} >= $5) AND ($6::text IS NULL OR ${dateOf('i.kind', 'i.ref_id')} <= $6)
    ORDER BY i.rowid DESC LIMIT $7)
  SELECT w.rowid AS id, w.kind, w.ref_id AS "refId", ts_rank('{0.1, 0.2, 0.25, 1.0}', w.document, q.q) AS score,
    CASE WHEN $3::text IS NULL THEN json_build_array((SELECT max(id) FROM statements), (SELECT max(id) FROM quotes),
      (SELECT max(id) FROM sources), (SELECT max(id) FROM negotiation_rounds), (SELECT max(id) FROM events),
      (SELECT max(id) FROM claims), (SELECT max(id) FROM actors))::text END AS newest
  FROM w, q ORDER BY w.rowid DESC`;

// Whether each candidate is public, what it belongs to, its date, and (for the public ones) its text marked.
const DETAILS_SQL = `WITH q AS (SELECT to_tsquery('parley_english', parley_unaccent($2)) AS q)
  SELECT d.*, i.title AS "plainTitle", i.body AS "plainBody",
    ts_headline('parley_english', parley_words(i.title), q.q, ${MARKS}) AS title,
    ts_headline('parley_english', parley_words(i.body), q.q, ${MARKS}) AS body
  FROM (SELECT id, ${DETAILS} FROM (SELECT v AS id, v >> 3 AS ref_id,
    (ARRAY[${SEARCH_KINDS.map((k) => `'${k}'`).join(', ')}])[(v & 7)::int] AS kind FROM unnest($1::bigint[]) v) x) d
  JOIN search_index i ON i.rowid = d.id, q
  WHERE d.public`;

interface WindowHit {
  id: number;
  kind: SearchHitRow['kind'];
  refId: number;
  score: number;
  newest: string | null;
}

/**
 * ts_headline marked the folded text (unaccented, punctuation as spaces), which the index holds; readers see the
 * text as printed. Where folding kept every character in place (it does for accented letters and punctuation),
 * the marks move over to the printed text.
 */
function onPrinted(marked: string, printed: string): string {
  const plain = marked.replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), '');
  if (plain.length !== printed.length) return marked;
  let out = '';
  let at = 0;
  for (const ch of marked) {
    if (ch === OPEN || ch === CLOSE) out += ch;
    else out += printed[at++];
  }
  return out;
}

/** One page of hits, best first within each window, as searchPage answers on SQLite. */
export async function searchPagePg(db: ParleyDb, args: SearchArgs): Promise<SearchHitRow[]> {
  const tsquery = toTsquery(parseSearchQuery(args.query, 'query'));
  if (args.from && args.to && args.to < args.from) throw badInput('to', 'must not be before from');
  const query = ((text, values) => (db.$client as unknown as { query: Query }).query(text, values)) as Query;
  const size = args.window ?? SEARCH_WINDOW;
  const at = args.after ? decodeCursor(args.after) : null;
  let seen = at ? JSON.stringify(at.seen) : null;
  const kinds = args.kinds?.length ? args.kinds.map((k) => SEARCH_KINDS.indexOf(k) + 1) : null;
  const page: SearchHitRow[] = [];
  let hi = at ? at.top : Number.MAX_SAFE_INTEGER;
  let start = at ? at.index + 1 : 0;
  while (page.length < args.first) {
    const { rows } = await query(WINDOW_SQL, [tsquery, hi, seen, kinds, args.from ?? null, args.to ?? null, Number.isFinite(size) ? size : null]);
    const window = rows as unknown as WindowHit[];
    if (window.length === 0) break;
    seen ??= JSON.stringify((JSON.parse(window[0]!.newest!) as (number | null)[]).map((n) => n ?? 0));
    const full = window.length === size;
    const top = hi === Number.MAX_SAFE_INTEGER ? window[0]!.id : hi;
    const ranked = [...window].sort((a, b) => b.score - a.score || b.id - a.id);
    // Candidates in ranked order, a few more than the page needs since some may not be public.
    for (let i = start; i < ranked.length && page.length < args.first; ) {
      const need = args.first - page.length;
      const batch = ranked.slice(i, i + need + Math.ceil(need / 4) + 2);
      const found = await query(DETAILS_SQL, [batch.map((h) => h.id), tsquery]);
      const details = new Map(found.rows.map((d) => [Number(d.id), d]));
      for (const hit of batch) {
        const d = details.get(hit.id);
        if (d && page.length < args.first) {
          const title = parseMarked(onPrinted(String(d.title), String(d.plainTitle)));
          const body = parseMarked(onPrinted(String(d.body), String(d.plainBody)));
          const keys = citedKeys([title, body]);
          const cited = new Map<string, { title: string; outlet: string }>();
          if (keys.length)
            for (const r of (await query(CITED_SQL, [keys])).rows) cited.set(String(r.key), { title: String(r.title), outlet: String(r.outlet) });
          const column = snippetColumn(
            renderTokens(title, (k) => cited.get(k)),
            renderTokens(body, (k) => cited.get(k)),
          );
          const { snippet, highlights } = snippetOf(column, SNIPPET_TOKENS);
          page.push({
            cursor: cursorOf({ top, index: i, seen: JSON.parse(seen) }),
            kind: hit.kind,
            refId: hit.refId,
            score: hit.score,
            snippet,
            highlights,
            statementId: (d.statementId as number | null) ?? null,
            sourceId: (d.sourceId as number | null) ?? null,
            date: (d.date as string | null) ?? null,
          });
        }
        i++;
        if (page.length === args.first) break;
      }
    }
    if (!full) break;
    hi = window.at(-1)!.id - 1;
    start = 0;
  }
  return page;
}

/** Search on whichever engine `db` is. */
export async function searchHits(db: ParleyDb, args: SearchArgs): Promise<SearchHitRow[]> {
  return isSqlite(db) ? searchPage(db, args) : searchPagePg(db, args);
}
