/** What the alerts page shows of an alert and of a watch (its list, its stream and its writes share them). */
import { graphql } from './tada.ts';

export const AlertItem = graphql(`
  fragment AlertItem on Alert {
    id
    at
    summary
    evidence
    acknowledgedAt
    acknowledgedBy
    watch { id name kind }
    deliveries { url status attemptCount deliveredAt lastError }
  }
`);

export const WatchItem = graphql(`
  fragment WatchItem on Watch {
    id
    name
    kind
    status
    rule
    webhookUrl
    createdAt
    alerts(first: 1) { totalCount }
  }
`);
