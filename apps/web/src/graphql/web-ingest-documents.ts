/**
 * Ingestion from the web on the /ingest page: a URL, the feeds panel, and the live review-queue signal.
 * Feeds is an editor read: the proxy forwards the tab's token with it by name (src/app/api/graphql/route.ts).
 */
import { ReviewQuote, ReviewSourceFields } from './review-fragments.ts';
import { graphql } from './tada.ts';

export const IngestUrlMutation = graphql(
  `
  mutation IngestUrl($input: IngestUrlInput!) {
    ingestUrl(input: $input) {
      created
      source { ...ReviewSourceFields }
      quotes { ...ReviewQuote }
      unattributed { text start end }
      problems { text start end reason }
    }
  }
`,
  [ReviewQuote, ReviewSourceFields],
);

export const FeedFields = graphql(`
  fragment FeedFields on Feed {
    id url title outlet status intervalMinutes lastPolledAt lastSuccessAt lastError failures nextPollAt
    items(first: 3) { totalCount edges { node { url title outcome note } } }
  }
`);

export const FeedsQuery = graphql(
  `
  query Feeds {
    feeds(first: 20) { totalCount edges { node { ...FeedFields } } }
  }
`,
  [FeedFields],
);

export const AddFeedMutation = graphql(
  `
  mutation AddFeed($input: AddFeedInput!) {
    addFeed(input: $input) { ...FeedFields }
  }
`,
  [FeedFields],
);

export const PauseFeedMutation = graphql(`mutation PauseFeed($id: ID!) { pauseFeed(id: $id) { id status } }`);
export const ResumeFeedMutation = graphql(`mutation ResumeFeed($id: ID!) { resumeFeed(id: $id) { id status } }`);
export const RemoveFeedMutation = graphql(`mutation RemoveFeed($id: ID!) { removeFeed(id: $id) }`);
