/**
 * The reads of the /ingest review page. ReviewSources and ReviewSource need an editor token: the proxy
 * forwards one for these two operations by name (src/app/api/graphql/route.ts); the rest are anonymous.
 */
import { ReviewActor, ReviewQuote, ReviewSourceFields } from './review-fragments.ts';
import { graphql } from './tada.ts';

export const REVIEW_SOURCES = 50;
/** The API's page limit: a longer queue is reviewed in turns. */
export const REVIEW_QUEUE_SIZE = 100;

/** Articles with quotes awaiting review, wherever they were ingested (dashboard, API, CLI). */
export const ReviewSourcesQuery = graphql(`
  query ReviewSources($first: Int!) {
    reviewSources(first: $first) { id key title outlet publishedOn awaitingReview }
  }
`);

/** One article under review: its text, the quotes awaiting review, and those already decided. */
export const ReviewSourceQuery = graphql(
  `
  query ReviewSource($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Source {
        ...ReviewSourceFields
        decided: quotes(links: [CONFIRMED, REJECTED]) { ...ReviewQuote }
      }
    }
    reviewQueue(source: $id, first: $first) { totalCount edges { node { ...ReviewQuote } } }
  }
`,
  [ReviewQuote, ReviewSourceFields],
);

/** The one table that turns an act into an intensity, for the act picker. */
export const ActIntensityQuery = graphql(`
  query ActIntensity {
    actIntensity { act intensity }
  }
`);

export const SPEAKER_OPTIONS = 8;

/** Speakers for the combobox: the alias the reviewer typed resolved exactly, then every alias containing it. */
export const SpeakerSearchQuery = graphql(
  `
  query SpeakerSearch($query: String!, $first: Int!) {
    resolveActor(name: $query) { ...ReviewActor }
    actors(first: $first, filter: { query: $query }) { edges { node { ...ReviewActor } } }
  }
`,
  [ReviewActor],
);
