/**
 * Every GraphQL operation the dashboard sends, in one module, so tests/api/dashboard-documents.test.ts can
 * run each against the real API and prove the graphql-armor limits fit them.
 */
import { EscalationDay, RoundCard, RoundDetail, StatementLine } from './fragments.ts';
import { ClaimPage, SourcePage, StatementPage } from './page-fragments.ts';
import { graphql } from './tada.ts';

export * from './alert-documents.ts';
export * from './list-documents.ts';
export * from './live-documents.ts';
export * from './review-documents.ts';

export const OverviewQuery = graphql(
  `
  query Overview($first: Int!, $order: StatementOrderField!) {
    statements(first: $first, orderBy: { field: $order, direction: DESC }) {
      totalCount
      edges { node { ...StatementLine } }
    }
    rounds(first: 50) { totalCount edges { node { ...RoundCard } } }
    escalation { ...EscalationDay }
    actors(first: 1) { totalCount }
    sources(first: 1) { totalCount }
    claims(first: 1) { totalCount }
    events(first: 1) { totalCount }
  }
`,
  [StatementLine, RoundCard, EscalationDay],
);

export const RoundsQuery = graphql(
  `
  query Rounds {
    processes { id name description mediators { id slug name } }
    rounds(first: 50) { totalCount edges { node { ...RoundCard process { id } } } }
  }
`,
  [RoundCard],
);

export const ROUND_STATEMENTS = 50;

export const RoundByKeyQuery = graphql(
  `
  query RoundByKey($key: String!, $statements: Int!) {
    round(key: $key) {
      ...RoundDetail
      statements(first: $statements) { totalCount edges { node { ...StatementLine } } }
    }
  }
`,
  [RoundDetail, StatementLine],
);

export const RoundByIdQuery = graphql(
  `
  query RoundById($id: ID!, $statements: Int!) {
    node(id: $id) {
      ... on NegotiationRound {
        ...RoundDetail
        statements(first: $statements) { totalCount edges { node { ...StatementLine } } }
      }
    }
  }
`,
  [RoundDetail, StatementLine],
);

export const ACTORS_PAGE_SIZE = 50;

export const ActorsQuery = graphql(
  `
  query Actors($filter: ActorFilter, $first: Int, $after: String, $last: Int, $before: String) {
    actors(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id
          slug
          name
          kind
          country
          side
          description
          parent { id slug name }
          statements(first: 1) { totalCount }
        }
      }
    }
    everyone: actors(first: 100) { edges { node { id country } } }
  }
`,
);

export const ACTOR_PAGE_SIZE = 10;

export const ActorQuery = graphql(
  `
  query Actor($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    actor(slug: $slug) {
      id
      slug
      name
      kind
      country
      side
      description
      parent { id slug name }
      members { id slug name }
      aliases { text kind }
      roles { title from to organization { id slug name } }
      intensityTrend { day meanIntensity statements }
      topTargets(first: 5) { statements actor { id slug name } }
      stances {
        stance
        killed
        civilians
        children
        claim { id key text }
        statement { id key saidOn }
      }
      statements(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { ...StatementLine } }
      }
    }
  }
`,
  [StatementLine],
);

export const StatementByKeyQuery = graphql(
  `
  query StatementByKey($key: String!) {
    statement(key: $key) { ...StatementPage }
  }
`,
  [StatementPage],
);

export const StatementByIdQuery = graphql(
  `
  query StatementById($id: ID!) {
    node(id: $id) { ... on Statement { ...StatementPage } }
  }
`,
  [StatementPage],
);

export const SourcesQuery = graphql(`
  query Sources {
    sources(first: 100) {
      totalCount
      edges { node { id key title outlet kind publishedOn publishedPrecision language quoteCount } }
    }
  }
`);

export const SourceByKeyQuery = graphql(
  `
  query SourceByKey($key: String!) {
    source(key: $key) { ...SourcePage }
  }
`,
  [SourcePage],
);

export const SourceByIdQuery = graphql(
  `
  query SourceById($id: ID!) {
    node(id: $id) { ... on Source { ...SourcePage } }
  }
`,
  [SourcePage],
);

export const ClaimsQuery = graphql(`
  query Claims {
    claims(first: 100) {
      totalCount
      edges {
        node {
          id
          key
          text
          killed
          civilians
          children
          event { id type occurredOn }
          stances { stance actor { id name side } }
        }
      }
    }
  }
`);

export const EventsQuery = graphql(`
  query Events($filter: EventFilter) {
    events(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          key
          type
          occurredOn
          datePrecision
          summary
          locations { place province country }
          claims { id key text }
          source { id key title }
        }
      }
    }
  }
`);

export const ClaimByKeyQuery = graphql(
  `
  query ClaimByKey($key: String!) {
    claim(key: $key) { ...ClaimPage }
  }
`,
  [ClaimPage],
);

export const ClaimQuery = graphql(
  `
  query Claim($id: ID!) {
    node(id: $id) { ... on Claim { ...ClaimPage } }
  }
`,
  [ClaimPage],
);

export const SEARCH_SIZE = 30;

export const SearchQuery = graphql(
  `
  query Search($query: String!, $first: Int, $after: String, $kinds: [SearchKind!], $from: Date, $to: Date) {
    search(query: $query, first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {
      kind
      score
      snippet
      nodeId
      cursor
      date
      highlights { start end }
      statement { ...StatementLine }
      quote { id source { id key title outlet } }
      source { id key title outlet publishedOn }
      round { id key title status startedOn }
      event { id key type occurredOn datePrecision }
      claim { id key text }
      actor { id slug name kind }
    }
  }
`,
  [StatementLine],
);
