import * as documents from '../../apps/web/src/graphql/documents.ts';

// The variables the dashboard sends with each of its queries, more than one set where it varies them; shared by
// the documents test (API limits) and the engines test (identical answers on SQLite and PostgreSQL).

/** Ids and cursors the variables need, read once from the seeded ledger with this query. */
export const IDS_QUERY = `{ actor(slug: "khawaja-asif") { id } round(key: "istanbul-round-2") { id } statement(key: "asif-2025-10-29-x-no-more") { id }
  source(key: "seed-002") { id } claims(first: 2) { edges { node { id } } } actors(first: 2) { pageInfo { endCursor } }
  statements(first: 30) { pageInfo { endCursor } } }`;

export type Ids = Record<'actor' | 'round' | 'statement' | 'source' | 'claim' | 'actorCursor' | 'statementCursor', string>;

export function idsFrom(data: any): Ids {
  return {
    actor: data.actor.id,
    round: data.round.id,
    statement: data.statement.id,
    source: data.source.id,
    claim: data.claims.edges[1].node.id,
    actorCursor: data.actors.pageInfo.endCursor,
    statementCursor: data.statements.pageInfo.endCursor,
  };
}

/** Queries the dashboard reads with an editor token (the proxy forwards one for these by name). */
export const TOKEN_QUERIES = new Set(['ReviewSources', 'ReviewSource', 'Alerts', 'Watches']);

export function queryVariables(ids: Ids): Record<string, () => Record<string, unknown>[]> {
  return {
    Overview: () => [
      { first: documents.WIRE_SIZE, order: 'SAID_ON' },
      { first: documents.WIRE_SIZE, order: 'CREATED_AT' },
    ],
    OverviewCounts: () => [{}],
    Statements: () => [
      { filter: {}, orderBy: { field: 'SAID_ON', direction: 'DESC' }, first: documents.STATEMENT_PAGE_SIZE },
      {
        filter: {
          speaker: ids.actor,
          target: ids.actor,
          side: 'PK',
          act: 'THREATEN',
          channel: 'SOCIAL_MEDIA_POST',
          topic: 'border',
          round: ids.round,
          from: '2025-10-01',
          to: '2025-11-30',
          text: 'Tora',
        },
        orderBy: { field: 'CREATED_AT', direction: 'ASC' },
        first: 100,
      },
      { filter: {}, orderBy: { field: 'SAID_ON', direction: 'DESC' }, last: 100, before: ids.statementCursor },
    ],
    RecentStatements: () => [{ first: documents.WIRE_SIZE }],
    Escalation: () => [{}, { from: '2025-10-25', to: '2025-11-30' }],
    RoundCards: () => [{}],
    RoundDetail: () => [{ id: ids.round }],
    Rounds: () => [{}],
    RoundByKey: () => [{ key: 'istanbul-round-2', statements: documents.ROUND_STATEMENTS }],
    RoundById: () => [{ id: ids.round, statements: documents.ROUND_STATEMENTS }],
    Actors: () => [
      { first: documents.ACTORS_PAGE_SIZE },
      { filter: { query: 'Khwaja Asif', kind: 'PERSON', country: 'PK' }, first: documents.ACTORS_PAGE_SIZE },
      { filter: { kind: 'PERSON' }, first: documents.ACTORS_PAGE_SIZE, after: ids.actorCursor },
      { last: documents.ACTORS_PAGE_SIZE, before: ids.actorCursor },
    ],
    Actor: () => [{ slug: 'khawaja-asif', first: documents.ACTOR_PAGE_SIZE }],
    StatementByKey: () => [{ key: 'asif-2025-10-29-x-no-more' }],
    StatementById: () => [{ id: ids.statement }],
    Sources: () => [{}],
    SourceByKey: () => [{ key: 'seed-002' }],
    SourceById: () => [{ id: ids.source }],
    Claims: () => [{}],
    Events: () => [{}, { filter: { type: 'AIRSTRIKE' } }],
    Claim: () => [{ id: ids.claim }],
    Search: () => [
      { query: 'Tora Bora', first: documents.SEARCH_SIZE + 1 },
      {
        query: 'ceasefire',
        first: documents.SEARCH_SIZE + 1,
        kinds: ['QUOTE', 'SOURCE', 'ROUND', 'EVENT', 'CLAIM', 'ACTOR'],
        from: '2025-10-01',
        to: '2025-11-30',
      },
    ],
    ClaimByKey: () => [{ key: 'ttp-uses-afghan-soil' }],
    Trend: () => [
      { period: 'MONTH', from: '2025-10-01', to: '2025-11-30' },
      { period: 'WEEK', from: '2025-10-01', to: '2025-11-30' },
    ],
    WatchChoices: () => [{}],
    // The alerts page's reads and stream need an editor token (the proxy forwards one for these by name).
    Alerts: () => [{ first: documents.ALERTS_PAGE_SIZE }, { first: documents.ALERTS_PAGE_SIZE, unacknowledged: true }],
    Watches: () => [{}],
    SpeakerSearch: () => [{ query: 'Khwaja Asif', first: documents.SPEAKER_OPTIONS }],
    ActIntensity: () => [{}],
    // The review queue's reads need an editor token (the proxy forwards one for these two by name).
    ReviewSources: () => [{ first: documents.REVIEW_SOURCES }],
    ReviewSource: () => [{ id: ids.source, first: documents.REVIEW_QUEUE_SIZE }],
  };
}
