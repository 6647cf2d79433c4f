/**
 * The operations client components send (live streams and their catch-up queries). Only these reach the
 * browser bundle; documents.ts re-exports them with the rest.
 */
import { EscalationDay, RoundCard, RoundDetail, StatementLine } from './fragments.ts';
import { graphql } from './tada.ts';

export const WIRE_SIZE = 20;

/** After a reconnect: what was added while the stream was down, newest first. */
export const RecentStatementsQuery = graphql(
  `
  query RecentStatements($first: Int!) {
    statements(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges { node { ...StatementLine } }
    }
  }
`,
  [StatementLine],
);

export const EscalationQuery = graphql(
  `
  query Escalation($from: Date, $to: Date) {
    escalation(from: $from, to: $to) { ...EscalationDay }
  }
`,
  [EscalationDay],
);

export const StatementAddedSubscription = graphql(
  `
  subscription StatementAdded {
    statementAdded { ...StatementLine }
  }
`,
  [StatementLine],
);

export const RoundsUpdatedSubscription = graphql(
  `
  subscription RoundsUpdated {
    roundUpdated { ...RoundCard }
  }
`,
  [RoundCard],
);

export const RoundUpdatedSubscription = graphql(
  `
  subscription RoundUpdated($id: ID!) {
    roundUpdated(roundId: $id) { ...RoundDetail }
  }
`,
  [RoundDetail],
);

/** After a reconnect: every round as the board shows it. */
export const RoundCardsQuery = graphql(
  `
  query RoundCards {
    rounds(first: 50) { edges { node { ...RoundCard } } }
  }
`,
  [RoundCard],
);

/** After a reconnect: one round as its page shows it. */
export const RoundDetailQuery = graphql(
  `
  query RoundDetail($id: ID!) {
    node(id: $id) { ... on NegotiationRound { ...RoundDetail } }
  }
`,
  [RoundDetail],
);

/** A statement that left the public record (a confirmation undone): live views drop it. */
export const StatementWithdrawnSubscription = graphql(`
  subscription StatementWithdrawn {
    statementWithdrawn
  }
`);

/** The overview's headline numbers, re-read a moment after anything live says the dataset moved. */
export const OverviewCountsQuery = graphql(`
  query OverviewCounts {
    actors(first: 1) { totalCount }
    sources(first: 1) { totalCount }
    rounds(first: 1) { totalCount }
    claims(first: 1) { totalCount }
    events(first: 1) { totalCount }
  }
`);
