import { z } from 'zod';
import { builder } from '../builder.ts';
import { prepared } from '@parley/core';
import { checkFtsQuery } from '@parley/core';
import { globalIdOf } from '../ids.ts';

const SearchKind = builder.enumType('SearchKind', { values: ['STATEMENT', 'QUOTE', 'SOURCE'] as const });
type Kind = 'STATEMENT' | 'QUOTE' | 'SOURCE';

interface HitRow {
  kind: Kind;
  refId: number;
  score: number;
  snippet: string;
  statementId: number | null;
  sourceId: number | null;
}

interface Hit {
  kind: Kind;
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  nodeId: string;
  statement: unknown;
  quote: unknown;
  source: unknown;
}

// Control characters cannot occur in stored text, so they mark matches unambiguously; the client gets
// plain text plus ranges and decides how to highlight, with nothing to escape.
const OPEN = '\u0002';
const CLOSE = '\u0003';

function splitSnippet(marked: string) {
  const highlights: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open >= 0) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

const TextRange = builder.objectRef<{ start: number; end: number }>('TextRange').implement({
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One full-text match, best first. statement is set for statement and quote hits, source for quote and source hits.',
  fields: (t) => ({
    kind: t.expose('kind', { type: SearchKind }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
    snippet: t.exposeString('snippet', { description: 'Plain text around the match.' }),
    highlights: t.expose('highlights', { type: [TextRange], description: 'Ranges of snippet that matched.' }),
    nodeId: t.exposeID('nodeId', { description: 'Global id of the statement, quote or source that matched.' }),
    statement: t.drizzleField({ type: 'statements', nullable: true, resolve: (_q, hit) => hit.statement as never }),
    quote: t.drizzleField({ type: 'quotes', nullable: true, resolve: (_q, hit) => hit.quote as never }),
    source: t.drizzleField({ type: 'sources', nullable: true, resolve: (_q, hit) => hit.source as never }),
  }),
});

const SEARCH_SQL = `
  SELECT kind, ref_id AS refId, -bm25(search_index, 0, 0, 4.0, 1.0) AS score,
    snippet(search_index, -1, char(2), char(3), '…', 20) AS snippet,
    CASE kind WHEN 'STATEMENT' THEN ref_id WHEN 'QUOTE' THEN (SELECT statement_id FROM quotes WHERE id = ref_id) END AS statementId,
    CASE kind WHEN 'SOURCE' THEN ref_id WHEN 'QUOTE' THEN (SELECT source_id FROM quotes WHERE id = ref_id) END AS sourceId
  FROM search_index WHERE search_index MATCH ?
    AND CASE kind
      WHEN 'SOURCE' THEN EXISTS (SELECT 1 FROM sources x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'STATEMENT' THEN EXISTS (SELECT 1 FROM statements s WHERE s.id = ref_id AND s.status = 'PUBLISHED')
      ELSE EXISTS (SELECT 1 FROM quotes q JOIN statements s ON s.id = q.statement_id
                   WHERE q.id = ref_id AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL AND s.status = 'PUBLISHED')
    END
  ORDER BY rank LIMIT ?`;

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description: 'Full-text search (SQLite FTS5) over statements, quotes and sources, ranked, with highlighted snippets.',
    args: {
      query: t.arg.string({ required: true, validate: z.string().max(500, 'must be at most 500 characters') }),
      first: t.arg.int({ defaultValue: 20, validate: z.number().int().min(1).max(100, 'must be at most 100') }),
      kinds: t.arg({ type: [SearchKind], description: 'Only these kinds of match.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const q = checkFtsQuery(ctx.db, args.query, 'query');
      const kinds = args.kinds?.length ? new Set(args.kinds) : null;
      const limit = args.first ?? 20;
      // Over-fetch when filtering by kind in memory, so a narrow filter still fills the page.
      const rows = (prepared(ctx.db, SEARCH_SQL).all(q, kinds ? limit * 5 : limit) as HitRow[])
        .filter((r) => !kinds || kinds.has(r.kind))
        .slice(0, limit);
      // One query per kind of node for the whole page, planned from the client's selection.
      const load = async <T extends { id: number }>(table: 'statements' | 'quotes' | 'sources', path: string, ids: number[]) => {
        if (ids.length === 0) return new Map<number, T>();
        const query = t.drizzleQueryFromInfo(table, { context: ctx, info, path: [path], where: { id: { in: ids } } } as never);
        const found = (await (ctx.db.query[table].findMany as (q: unknown) => Promise<T[]>)(query)) as T[];
        return new Map(found.map((row) => [row.id, row]));
      };
      const unique = (values: (number | null)[]) => [...new Set(values.filter((v): v is number => v !== null))];
      const [statements, quotes, sources] = await Promise.all([
        load('statements', 'statement', unique(rows.map((r) => r.statementId))),
        load('quotes', 'quote', unique(rows.map((r) => (r.kind === 'QUOTE' ? r.refId : null)))),
        load('sources', 'source', unique(rows.map((r) => r.sourceId))),
      ]);
      return rows.map((r) => {
        const { text, highlights } = splitSnippet(r.snippet);
        const typename = r.kind === 'STATEMENT' ? 'Statement' : r.kind === 'QUOTE' ? 'Quote' : 'Source';
        return {
          kind: r.kind,
          score: r.score,
          snippet: text,
          highlights,
          nodeId: globalIdOf(typename, r.refId),
          statement: r.statementId === null ? null : (statements.get(r.statementId) ?? null),
          quote: r.kind === 'QUOTE' ? (quotes.get(r.refId) ?? null) : null,
          source: r.sourceId === null ? null : (sources.get(r.sourceId) ?? null),
        };
      });
    },
  }),
}));
