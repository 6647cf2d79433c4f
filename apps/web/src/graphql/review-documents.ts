/**
 * The operations of the /ingest review page. Every write here needs an editor token, which the browser
 * sends with mutations only (see src/lib/operation-type.ts); the speaker search is an anonymous read.
 */
import { ReviewActor, ReviewQuote } from './review-fragments.ts';
import { graphql } from './tada.ts';

export const IngestArticleMutation = graphql(
  `
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      source { id key title outlet url publishedOn body }
      quotes { ...ReviewQuote }
      unattributed { text start end }
    }
  }
`,
  [ReviewQuote],
);

export const ConfirmQuoteMutation = graphql(
  `
  mutation ConfirmQuote($id: ID!) {
    confirmQuote(id: $id) { ...ReviewQuote }
  }
`,
  [ReviewQuote],
);

export const RejectQuoteMutation = graphql(
  `
  mutation RejectQuote($id: ID!) {
    rejectQuote(id: $id) { ...ReviewQuote }
  }
`,
  [ReviewQuote],
);

export const ChangeSpeakerMutation = graphql(
  `
  mutation ChangeSpeaker($id: ID!, $speakerId: ID!) {
    editQuote(id: $id, input: { speakerId: $speakerId }) { ...ReviewQuote }
  }
`,
  [ReviewQuote],
);

export const ConfirmActorMutation = graphql(
  `
  mutation ConfirmActor($id: ID!) {
    confirmActor(id: $id) { ...ReviewActor }
  }
`,
  [ReviewActor],
);

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
