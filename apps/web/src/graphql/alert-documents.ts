/**
 * The alerts page's operations. All need an editor token: the proxy forwards one for the two reads and the
 * alert stream by name (src/app/api/graphql/route.ts), and for every mutation.
 */
import { AlertItem, WatchItem } from './alert-fragments.ts';
import { graphql } from './tada.ts';

export const ALERTS_PAGE_SIZE = 50;

export const AlertsQuery = graphql(
  `
  query Alerts($first: Int!, $unacknowledged: Boolean) {
    alerts(first: $first, unacknowledged: $unacknowledged) { totalCount edges { node { ...AlertItem } } }
  }
`,
  [AlertItem],
);

export const WatchesQuery = graphql(
  `
  query Watches {
    watches(first: 100) { totalCount edges { node { ...WatchItem } } }
  }
`,
  [WatchItem],
);

export const AlertRaisedSubscription = graphql(
  `
  subscription AlertRaised {
    alertRaised { ...AlertItem }
  }
`,
  [AlertItem],
);

export const CreateWatchMutation = graphql(
  `
  mutation CreateWatch($input: CreateWatchInput!) {
    createWatch(input: $input) { secret watch { ...WatchItem } }
  }
`,
  [WatchItem],
);

export const PauseWatchMutation = graphql(
  `
  mutation PauseWatch($id: ID!) {
    pauseWatch(id: $id) { ...WatchItem }
  }
`,
  [WatchItem],
);

export const ResumeWatchMutation = graphql(
  `
  mutation ResumeWatch($id: ID!) {
    resumeWatch(id: $id) { ...WatchItem }
  }
`,
  [WatchItem],
);

export const AcknowledgeAlertMutation = graphql(
  `
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) { ...AlertItem }
  }
`,
  [AlertItem],
);

/** Names for the watch form's choices: public reads, loaded with the page. */
export const WatchChoicesQuery = graphql(`
  query WatchChoices {
    actors(first: 100) { edges { node { id name side } } }
    rounds(first: 50) { edges { node { id title } } }
    claims(first: 100) { edges { node { id text } } }
  }
`);

export const TrendQuery = graphql(`
  query Trend($period: TrendPeriod!, $from: Date!, $to: Date!) {
    trend(period: $period, from: $from, to: $to) {
      period
      sides { ...TrendGroupFields }
      pairs { ...TrendGroupFields }
    }
  }
  fragment TrendGroupFields on TrendGroup {
    side
    pair
    statements
    meanIntensity
    previousMean
    change
    verdict
    evidence { delta intensity statement { id key text saidOn speaker { id slug name } } }
  }
`);
