// The raw baselines' answers, built from plain rows. The SQLite baseline (raw.ts, raw-pages.ts) and the PostgreSQL
// one (raw-pg.ts) fetch the same columns in the same order and hand them here, so both answer the same JSON as
// Parley's GraphQL API, byte for byte, and differ only in how they get their rows.

/** One result row, columns in the order each builder's comment lists. */
export type Row = unknown[];
/** The child rows (quotes, targets, topics) of one statement, by its id. */
export type ChildrenOf = (statementId: number) => Row[];

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
// Pothos' drizzle cursor for an ordering on (said_on, id): base64 of `DC:` + a tagged tuple.
export const cursor = (saidOn: string, id: number) => Buffer.from(`DC:T:${JSON.stringify([`S:${saidOn}`, `N:${id}`])}`).toString('base64');
export const localId = (global: string) => Number(Buffer.from(global, 'base64').toString().split(':')[1]);

// Statement rows start with id, text, said_on: the cursor of a page of them.
const cursorOf = (r: Row) => cursor(r[2] as string, r[0] as number);
const pageInfo = (rows: Row[], limit: number) => ({
  hasNextPage: rows.length > limit,
  endCursor: rows.length ? cursorOf(rows[Math.min(rows.length, limit) - 1]!) : null,
});

/**
 * The feed. `rows` (up to first + 1): id, text, said_on, channel, act, intensity, speaker id, speaker name, round id,
 * round title, round status. Quotes: statement_id, id, text, kind, source id, source title, outlet.
 */
export function feedJson(rows: Row[], first: number, quotesOf: ChildrenOf): string {
  const edges = rows.slice(0, first).map((r) => ({
    cursor: cursorOf(r),
    node: {
      id: gid('Statement', r[0] as number),
      text: r[1],
      saidOn: r[2],
      channel: r[3],
      act: r[4],
      intensity: r[5],
      speaker: { id: gid('Actor', r[6] as number), name: r[7] },
      round: r[8] === null ? null : { id: gid('NegotiationRound', r[8] as number), title: r[9], status: r[10] },
      quotes: quotesOf(r[0] as number).map((q) => ({
        id: gid('Quote', q[1] as number),
        text: q[2],
        kind: q[3],
        source: { id: gid('Source', q[4] as number), title: q[5], outlet: q[6] },
      })),
    },
  }));
  return JSON.stringify({ data: { statements: { pageInfo: pageInfo(rows, first), edges } } });
}

/** Parts of an actor's page: the actor row and what hangs off it. */
export interface ActorParts {
  /** id, slug, name, kind, country, description, parent id, parent name. */
  actor: Row;
  /** text, kind. */
  aliases: Row[];
  /** title, organization id, organization name. */
  roles: Row[];
  totalCount: unknown;
  /** Up to first + 1: id, text, said_on, act, intensity. Quotes as in the feed. */
  rows: Row[];
}

export function actorJson(p: ActorParts | undefined, first: number, quotesOf: ChildrenOf): string {
  if (!p) return '{"data":{"actor":null}}';
  const a = p.actor;
  return JSON.stringify({
    data: {
      actor: {
        id: gid('Actor', a[0] as number),
        slug: a[1],
        name: a[2],
        kind: a[3],
        country: a[4],
        description: a[5],
        aliases: p.aliases.map((x) => ({ text: x[0], kind: x[1] })),
        parent: a[6] === null ? null : { id: gid('Actor', a[6] as number), name: a[7] },
        roles: p.roles.map((r) => ({ title: r[0], organization: r[1] === null ? null : { id: gid('Actor', r[1] as number), name: r[2] } })),
        statements: {
          totalCount: p.totalCount,
          pageInfo: pageInfo(p.rows, first),
          edges: p.rows.slice(0, first).map((r) => ({
            cursor: cursorOf(r),
            node: {
              id: gid('Statement', r[0] as number),
              text: r[1],
              saidOn: r[2],
              act: r[3],
              intensity: r[4],
              quotes: quotesOf(r[0] as number).map((q) => ({
                id: gid('Quote', q[1] as number),
                text: q[2],
                source: { id: gid('Source', q[4] as number), outlet: q[6] },
              })),
            },
          })),
        },
      },
    },
  });
}

/**
 * A round's page. round: id, title, status, started_on; participants: role, actor id, actor name; updates: at,
 * status; demands: id, text, by id, by name, to id, to name.
 */
export function roundJson(r: Row | undefined, participants: Row[], updates: Row[], demands: Row[]): string {
  if (!r) return '{"data":{"node":null}}';
  return JSON.stringify({
    data: {
      node: {
        id: gid('NegotiationRound', r[0] as number),
        title: r[1],
        status: r[2],
        startedOn: r[3],
        participants: participants.map((p) => ({ role: p[0], actor: { id: gid('Actor', p[1] as number), name: p[2] } })),
        updates: updates.map((u) => ({ at: u[0], status: u[1] })),
        demands: demands.map((d) => ({
          id: gid('Demand', d[0] as number),
          text: d[1],
          by: { id: gid('Actor', d[2] as number), name: d[3] },
          to: { id: gid('Actor', d[4] as number), name: d[5] },
        })),
      },
    },
  });
}

/**
 * One speaker's statements. rows (up to first + 1): id, text, said_on, act. Targets: statement_id, actor id, name;
 * topics: statement_id, topic; quotes: statement_id, id, text, source id, outlet.
 */
export function speakerJson(rows: Row[], first: number, targetsOf: ChildrenOf, topicsOf: ChildrenOf, quotesOf: ChildrenOf): string {
  return JSON.stringify({
    data: {
      statements: {
        pageInfo: pageInfo(rows, first),
        edges: rows.slice(0, first).map((r) => ({
          cursor: cursorOf(r),
          node: {
            id: gid('Statement', r[0] as number),
            text: r[1],
            saidOn: r[2],
            act: r[3],
            targets: targetsOf(r[0] as number).map((a) => ({ id: gid('Actor', a[1] as number), name: a[2] })),
            topics: topicsOf(r[0] as number).map((x) => x[1]),
            quotes: quotesOf(r[0] as number).map((x) => ({
              id: gid('Quote', x[1] as number),
              text: x[2],
              source: { id: gid('Source', x[3] as number), outlet: x[4] },
            })),
          },
        })),
      },
    },
  });
}

/** Where a snippet's matches begin and end: the engine marks them with these two control characters. */
export const OPEN = '\u0002';
export const CLOSE = '\u0003';
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

export interface SearchHit {
  kind: string;
  refId: number;
  score: number;
  /** The snippet, with its matches between OPEN and CLOSE unless `highlights` gives them. */
  snippet: string;
  highlights?: { start: number; end: number }[];
  statementId: number | null;
}

const TYPE_OF_KIND: Record<string, string> = {
  STATEMENT: 'Statement',
  QUOTE: 'Quote',
  SOURCE: 'Source',
  ROUND: 'NegotiationRound',
  EVENT: 'Event',
  CLAIM: 'Claim',
  ACTOR: 'Actor',
};

/** Search hits; `statements` by id: id, text, speaker id, speaker name. */
export function searchJson(hits: SearchHit[], statements: Map<number, Row>): string {
  return JSON.stringify({
    data: {
      search: hits.map((h) => {
        const { text, highlights } = h.highlights ? { text: h.snippet, highlights: h.highlights } : splitSnippet(h.snippet);
        const s = h.statementId === null ? undefined : statements.get(h.statementId);
        return {
          kind: h.kind,
          score: h.score,
          snippet: text,
          nodeId: gid(TYPE_OF_KIND[h.kind]!, h.refId),
          highlights,
          statement: s ? { id: gid('Statement', s[0] as number), text: s[1], speaker: { id: gid('Actor', s[2] as number), name: s[3] } } : null,
        };
      }),
    },
  });
}
