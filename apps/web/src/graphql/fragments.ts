import { graphql } from './tada.ts';

/** What a statement needs wherever it is listed: speaker, channel, date, act, outlets. */
export const StatementLine = graphql(`
  fragment StatementLine on Statement {
    id
    key
    text
    act
    intensity
    conditional
    channel
    venue
    saidOn
    datePrecision
    outletCount
    createdAt
    speaker { id slug name country }
  }
`);

/** A round as the rounds board shows it. */
export const RoundCard = graphql(`
  fragment RoundCard on NegotiationRound {
    id
    key
    title
    sequence
    status
    outcome
    venueCity
    venueCountry
    startedOn
    endedOn
    updatedAt
    latestUpdate { at atPrecision status note }
  }
`);

/** Everything the round page shows, and what roundUpdated re-sends when the round changes. */
export const RoundDetail = graphql(
  `
  fragment RoundDetail on NegotiationRound {
    ...RoundCard
    process { id name mediators { id slug name } }
    updates { at atPrecision status note source { id key title } }
    participants { role actor { id slug name kind country } }
    demands { id text status note by { id slug name } to { id slug name } source { id key title label } }
  }
`,
  [RoundCard],
);

export const EscalationDay = graphql(`
  fragment EscalationDay on EscalationPoint {
    day
    statements
    meanIntensity
    sides { side meanIntensity minIntensity statements }
  }
`);
