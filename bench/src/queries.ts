// The three measured reads, as each contender asks for them. Parley and the raw baseline must return the
// same JSON (the harness checks it before measuring); the peer returns its closest equivalent.

/** The dashboard's feed: newest statements with speaker, confirmed quotes with their sources, and round. */
export const FEED = `query Feed($first: Int!, $after: String, $filter: StatementFilter) {
  statements(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id text saidOn channel act intensity
      speaker { id name }
      round { id title status }
      quotes { id text kind source { id title outlet } }
    } }
  }
}`;

/** An actor's page: profile, aliases, roles, and the first page of their statements with quotes. */
export const ACTOR = `query ActorPage($slug: String!, $first: Int!) {
  actor(slug: $slug) {
    id slug name kind country description
    aliases { text kind }
    parent { id name }
    roles { title organization { id name } }
    statements(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id text saidOn act intensity quotes { id text source { id outlet } } } }
    }
  }
}`;

/** A negotiation round's page: participants, status history and demands. */
export const ROUND_PAGE = `query RoundPage($id: ID!) {
  node(id: $id) { ... on NegotiationRound {
    id title status startedOn
    participants { role actor { id name } }
    updates { at status }
    demands { id text by { id name } to { id name } }
  } }
}`;

/** One speaker's statements with whom they address, their topics and confirmed quotes. */
export const SPEAKER_STATEMENTS = `query SpeakerStatements($first: Int!, $speaker: ID!) {
  statements(first: $first, filter: { speaker: $speaker }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id text saidOn act targets { id name } topics quotes { id text source { id outlet } } } }
  }
}`;

/** Full-text search: ranked hits with snippets, highlights and the statement each belongs to. */
export const SEARCH = `query Search($q: String!, $first: Int!) {
  search(query: $q, first: $first) {
    kind score snippet nodeId
    highlights { start end }
    statement { id text speaker { id name } }
  }
}`;

export const SUBSCRIPTION = `subscription { statementAdded { id text saidOn channel act speaker { id name } } }`;

export const CREATE_STATEMENT = `mutation Add($speaker: ID!, $text: String!) {
  createStatement(input: { occasion: { speakerId: $speaker, saidOn: "2025-10-01", channel: SOCIAL_MEDIA_POST, venue: "X" }, text: $text, act: COMMENT }) { id }
}`;

// drizzle-graphql's generated API: lists with where/orderBy/limit, relations as nested fields.
export const PEER_FEED = `query Feed($limit: Int!, $where: StatementsFilters) {
  statements(limit: $limit, where: $where, orderBy: { saidOn: { direction: desc, priority: 2 }, id: { direction: desc, priority: 1 } }) {
    id text saidOn channel act intensity
    speaker { id name }
    round { id title status }
    quotes(where: { link: { eq: "CONFIRMED" } }, orderBy: { id: { direction: asc, priority: 1 } }) { id text kind source { id title outlet } }
  }
}`;

export const PEER_ACTOR = `query ActorPage($slug: String!, $limit: Int!) {
  actorsSingle(where: { slug: { eq: $slug } }) {
    id slug name kind country description
    aliases(orderBy: { id: { direction: asc, priority: 1 } }) { text kind }
    parent { id name }
    roles(orderBy: { id: { direction: asc, priority: 1 } }) { title organization { id name } }
    statements(limit: $limit, where: { status: { eq: "PUBLISHED" } }, orderBy: { saidOn: { direction: desc, priority: 2 }, id: { direction: desc, priority: 1 } }) {
      id text saidOn act intensity
      quotes(where: { link: { eq: "CONFIRMED" } }, orderBy: { id: { direction: asc, priority: 1 } }) { id text source { id outlet } }
    }
  }
}`;

export interface FeedParams {
  first: number;
  to?: string;
  act?: string;
}

export interface ActorParams {
  slug: string;
  first: number;
}

export interface SearchParams {
  q: string;
  first: number;
}

export interface RoundParams {
  id: string;
}

export interface SpeakerParams {
  speaker: string;
  first: number;
}

export type Scenario = 'feed' | 'actor' | 'search' | 'round' | 'speaker';
export type Params = FeedParams | ActorParams | SearchParams | RoundParams | SpeakerParams;

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

const json = { 'content-type': 'application/json' };

function feedFilter(p: FeedParams) {
  const f: Record<string, string> = {};
  if (p.to) f.to = p.to;
  if (p.act) f.act = p.act;
  return Object.keys(f).length ? f : undefined;
}

/** How Parley is asked (GraphQL over HTTP POST). */
export function parleyRequest(scenario: Scenario, p: Params): HttpRequest {
  const documents = { actor: ACTOR, search: SEARCH, round: ROUND_PAGE, speaker: SPEAKER_STATEMENTS };
  const [query, variables] = scenario === 'feed' ? [FEED, { first: (p as FeedParams).first, filter: feedFilter(p as FeedParams) }] : [documents[scenario], p];
  return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query, variables }) };
}

/** How the raw baseline is asked: a plain GET per read, no GraphQL. */
export function rawRequest(scenario: Scenario, p: Params): HttpRequest {
  const qs = new URLSearchParams(
    Object.entries(p)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return { method: 'GET', path: `/${scenario}?${qs}` };
}

/** How drizzle-graphql is asked, where it has an equivalent (it has no full-text search). */
export function peerRequest(scenario: Scenario, p: Params): HttpRequest | null {
  // The peer's tables (peer/src/tables.ts) stop at statements, quotes, sources, actors and rounds.
  if (scenario === 'search' || scenario === 'round' || scenario === 'speaker') return null;
  if (scenario === 'feed') {
    const f = p as FeedParams;
    const where: Record<string, unknown> = { status: { eq: 'PUBLISHED' } };
    if (f.to) where.saidOn = { lte: f.to };
    if (f.act) where.act = { eq: f.act };
    return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: PEER_FEED, variables: { limit: f.first, where } }) };
  }
  const a = p as ActorParams;
  return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: PEER_ACTOR, variables: { slug: a.slug, limit: a.first } }) };
}
