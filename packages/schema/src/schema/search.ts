import { z } from 'zod';
import { builder } from '../builder.ts';
import { prepared } from '@parley/core';
import { checkFtsQuery } from '@parley/core';
import { globalIdOf } from '../ids.ts';
import { badInput } from '../errors.ts';

const KINDS = ['STATEMENT', 'QUOTE', 'SOURCE', 'ROUND', 'EVENT', 'CLAIM', 'ACTOR'] as const;
const SearchKind = builder.enumType('SearchKind', { values: KINDS });
type Kind = (typeof KINDS)[number];
// Each kind of hit and the node type and table it points at.
const NODE: Record<Kind, { typename: string; table: 'statements' | 'quotes' | 'sources' | 'negotiationRounds' | 'events' | 'claims' | 'actors' }> = {
  STATEMENT: { typename: 'Statement', table: 'statements' },
  QUOTE: { typename: 'Quote', table: 'quotes' },
  SOURCE: { typename: 'Source', table: 'sources' },
  ROUND: { typename: 'NegotiationRound', table: 'negotiationRounds' },
  EVENT: { typename: 'Event', table: 'events' },
  CLAIM: { typename: 'Claim', table: 'claims' },
  ACTOR: { typename: 'Actor', table: 'actors' },
};

interface HitRow {
  kind: Kind;
  refId: number;
  score: number;
  snippet: string;
  statementId: number | null;
  sourceId: number | null;
  date: string | null;
}

interface Hit {
  cursor: string;
  date: string | null;
  kind: Kind;
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  nodeId: string;
  statement: unknown;
  quote: unknown;
  source: unknown;
  round: unknown;
  event: unknown;
  claim: unknown;
  actor: unknown;
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
  description:
    'One full-text match, best first. statement is set for statement and quote hits, source for quote and source hits; round, event, claim and actor for theirs.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as after to get the hits that follow this one.' }),
    date: t.expose('date', { type: 'Date', nullable: true, description: 'The date the from/to filter reads: said, published, started or occurred on.' }),
    kind: t.expose('kind', { type: SearchKind }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
    snippet: t.exposeString('snippet', { description: 'Plain text around the match.' }),
    highlights: t.expose('highlights', { type: [TextRange], description: 'Ranges of snippet that matched.' }),
    nodeId: t.exposeID('nodeId', { description: 'Global id of the statement, quote or source that matched.' }),
    statement: t.drizzleField({ type: 'statements', nullable: true, resolve: (_q, hit) => hit.statement as never }),
    quote: t.drizzleField({ type: 'quotes', nullable: true, resolve: (_q, hit) => hit.quote as never }),
    source: t.drizzleField({ type: 'sources', nullable: true, resolve: (_q, hit) => hit.source as never }),
    round: t.drizzleField({ type: 'negotiationRounds', nullable: true, resolve: (_q, hit) => hit.round as never }),
    event: t.drizzleField({ type: 'events', nullable: true, resolve: (_q, hit) => hit.event as never }),
    claim: t.drizzleField({ type: 'claims', nullable: true, resolve: (_q, hit) => hit.claim as never }),
    actor: t.drizzleField({ type: 'actors', nullable: true, resolve: (_q, hit) => hit.actor as never }),
  }),
});

// Every hit is public (retracted and unpublished rows never match), and carries the date its filter reads.
const DATE_OF = `CASE kind
    WHEN 'STATEMENT' THEN (SELECT said_on FROM statements WHERE id = ref_id)
    WHEN 'QUOTE' THEN (SELECT s.said_on FROM quotes q JOIN statements s ON s.id = q.statement_id WHERE q.id = ref_id)
    WHEN 'SOURCE' THEN (SELECT published_on FROM sources WHERE id = ref_id)
    WHEN 'ROUND' THEN (SELECT started_on FROM negotiation_rounds WHERE id = ref_id)
    WHEN 'EVENT' THEN (SELECT occurred_on FROM events WHERE id = ref_id)
    WHEN 'CLAIM' THEN (SELECT e.occurred_on FROM claims c JOIN events e ON e.id = c.event_id WHERE c.id = ref_id)
  END`;

const SEARCH_SQL = `
  SELECT kind, ref_id AS refId, -bm25(search_index, 0, 0, 4.0, 1.0) AS score,
    snippet(search_index, -1, char(2), char(3), '…', 20) AS snippet,
    CASE kind WHEN 'STATEMENT' THEN ref_id WHEN 'QUOTE' THEN (SELECT statement_id FROM quotes WHERE id = ref_id) END AS statementId,
    CASE kind WHEN 'SOURCE' THEN ref_id WHEN 'QUOTE' THEN (SELECT source_id FROM quotes WHERE id = ref_id) END AS sourceId,
    ${DATE_OF} AS date
  FROM search_index WHERE search_index MATCH @q
    AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
    AND CASE kind
      WHEN 'SOURCE' THEN EXISTS (SELECT 1 FROM sources x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'STATEMENT' THEN EXISTS (SELECT 1 FROM statements s WHERE s.id = ref_id AND s.status = 'PUBLISHED')
      WHEN 'QUOTE' THEN EXISTS (SELECT 1 FROM quotes q JOIN statements s ON s.id = q.statement_id
                   WHERE q.id = ref_id AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL AND s.status = 'PUBLISHED')
      WHEN 'ROUND' THEN EXISTS (SELECT 1 FROM negotiation_rounds x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'EVENT' THEN EXISTS (SELECT 1 FROM events x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'CLAIM' THEN EXISTS (SELECT 1 FROM claims x WHERE x.id = ref_id AND x.retracted_at IS NULL)
      WHEN 'ACTOR' THEN EXISTS (SELECT 1 FROM actors x WHERE x.id = ref_id AND x.status = 'ACTIVE')
      ELSE 0
    END
    AND (@from IS NULL OR ${DATE_OF} >= @from) AND (@to IS NULL OR ${DATE_OF} <= @to)
  ORDER BY rank LIMIT @limit OFFSET @offset`;

const CURSOR = 'search:';
const cursorOf = (offset: number) => Buffer.from(`${CURSOR}${offset}`).toString('base64');
function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const text = Buffer.from(after, 'base64').toString('utf8');
  const n = Number(text.slice(CURSOR.length));
  if (!text.startsWith(CURSOR) || !Number.isSafeInteger(n) || n < 0 || n > 10_000) throw badInput('after', 'is not a cursor of this search');
  return n + 1;
}

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description:
      "Full-text search (SQLite FTS5) over statements, quotes, sources, rounds, events, claims and actors, ranked, with highlighted snippets. Page on with after (a hit's cursor); filter by kinds and by date.",
    args: {
      query: t.arg.string({ required: true, validate: z.string().max(500, 'must be at most 500 characters') }),
      first: t.arg.int({ defaultValue: 20, validate: z.number().int().min(1).max(100, 'must be at most 100') }),
      after: t.arg.string({ description: 'The cursor of the last hit already seen.', validate: z.string().max(200) }),
      kinds: t.arg({ type: [SearchKind], description: 'Only these kinds of match.' }),
      from: t.arg({ type: 'Date', description: 'Only hits dated on or after this day (actors, undated, are left out).' }),
      to: t.arg({ type: 'Date' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const q = checkFtsQuery(ctx.db, args.query, 'query');
      if (args.from && args.to && args.to < args.from) throw badInput('to', 'must not be before from');
      const offset = offsetOf(args.after);
      const limit = args.first ?? 20;
      const rows = prepared(ctx.db, SEARCH_SQL).all({
        q,
        kinds: args.kinds?.length ? JSON.stringify(args.kinds) : null,
        from: args.from ?? null,
        to: args.to ?? null,
        limit,
        offset,
      }) as HitRow[];
      // One query per kind of node for the whole page, planned from the client's selection.
      const load = async <T extends { id: number }>(table: (typeof NODE)[Kind]['table'], path: string, ids: number[]) => {
        if (ids.length === 0) return new Map<number, T>();
        const query = t.drizzleQueryFromInfo(table, { context: ctx, info, path: [path], where: { id: { in: ids } } } as never);
        const found = (await (ctx.db.query[table].findMany as (q: unknown) => Promise<T[]>)(query)) as T[];
        return new Map(found.map((row) => [row.id, row]));
      };
      const unique = (values: (number | null)[]) => [...new Set(values.filter((v): v is number => v !== null))];
      const of = (kind: Kind) => unique(rows.map((r) => (r.kind === kind ? r.refId : null)));
      const [statements, quotes, sources, rounds, events, claims, actors] = await Promise.all([
        load('statements', 'statement', unique(rows.map((r) => r.statementId))),
        load('quotes', 'quote', of('QUOTE')),
        load('sources', 'source', unique(rows.map((r) => r.sourceId))),
        load('negotiationRounds', 'round', of('ROUND')),
        load('events', 'event', of('EVENT')),
        load('claims', 'claim', of('CLAIM')),
        load('actors', 'actor', of('ACTOR')),
      ]);
      return rows.map((r, i) => {
        const { text, highlights } = splitSnippet(r.snippet);
        const own = (kind: Kind, map: Map<number, unknown>) => (r.kind === kind ? (map.get(r.refId) ?? null) : null);
        return {
          cursor: cursorOf(offset + i),
          date: r.date,
          kind: r.kind,
          score: r.score,
          snippet: text,
          highlights,
          nodeId: globalIdOf(NODE[r.kind].typename, r.refId),
          statement: r.statementId === null ? null : (statements.get(r.statementId) ?? null),
          quote: own('QUOTE', quotes),
          source: r.sourceId === null ? null : (sources.get(r.sourceId) ?? null),
          round: own('ROUND', rounds),
          event: own('EVENT', events),
          claim: own('CLAIM', claims),
          actor: own('ACTOR', actors),
        };
      });
    },
  }),
}));
