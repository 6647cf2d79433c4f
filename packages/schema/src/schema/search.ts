import { selectedFieldNames } from '@pothos/selection-mapper';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { SEARCH_KINDS, type SearchKind, searchHits } from '@parley/core';
import { globalIdOf } from '../ids.ts';

const SearchKindEnum = builder.enumType('SearchKind', { values: SEARCH_KINDS });
type Kind = SearchKind;
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

const TextRange = builder.objectRef<{ start: number; end: number }>('TextRange').implement({
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description:
    'One full-text match, best first. statement is set for statement and quote hits, source for quote and source hits; round, event, claim and actor for theirs.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as after to get the hits that follow this one.' }),
    date: t.expose('date', { type: 'Date', nullable: true, description: 'The date the from/to filter reads: said, published, started or occurred on.' }),
    kind: t.expose('kind', { type: SearchKindEnum }),
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

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description:
      "Full-text search over statements, quotes, sources, rounds, events, claims and actors, ranked, with highlighted snippets. Page on with after (a hit's cursor); filter by kinds and by date. Ranking is bounded: the newest 1,000 matches (by id) are ranked together, then the next older 1,000 follow, so a strong older match of a very common query comes after the newer ones.",
    args: {
      query: t.arg.string({
        required: true,
        description:
          'Words (all must match), "quoted phrases", a trailing * for a prefix, AND, OR, NOT (as in: ceasefire NOT Doha) and parentheses. Punctuation inside a word (al-Ansari, Pakistan\'s, U.S.) is read as a phrase of its parts.',
        validate: z.string().max(500, 'must be at most 500 characters'),
      }),
      first: t.arg.int({ defaultValue: 20, validate: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100') }),
      after: t.arg.string({ description: 'The cursor of the last hit already seen.', validate: z.string().max(200) }),
      kinds: t.arg({ type: [SearchKindEnum], description: 'Only these kinds of match.' }),
      from: t.arg({ type: 'Date', description: 'Only hits dated on or after this day (actors, undated, are left out).' }),
      to: t.arg({ type: 'Date' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const rows = await searchHits(ctx.db, {
        query: args.query,
        first: args.first ?? 20,
        after: args.after,
        kinds: args.kinds,
        from: args.from,
        to: args.to,
      });
      // One query per kind of node for the whole page, planned from the client's selection, and only for the
      // kinds it selects: a quote hit's source is a whole article, loaded for nothing when only its statement is shown.
      const selected = selectedFieldNames(ctx, info);
      const load = async <T extends { id: number }>(table: (typeof NODE)[Kind]['table'], path: string, ids: number[]) => {
        if (ids.length === 0 || !selected.has(path)) return new Map<number, T>();
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
      return rows.map((r) => {
        const own = (kind: Kind, map: Map<number, unknown>) => (r.kind === kind ? (map.get(r.refId) ?? null) : null);
        return {
          cursor: r.cursor,
          date: r.date,
          kind: r.kind,
          score: r.score,
          snippet: r.snippet,
          highlights: r.highlights,
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
