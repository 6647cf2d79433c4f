/**
 * The writes of the /ingest review page. Every one needs an editor token, which the browser sends with
 * mutations only (see src/lib/operation-type.ts). Each has an inverse the page's undo runs:
 * confirm → reopen, reject → restore, edit → edit back, confirmActor → reproposeActor.
 */
import { ReviewActor, ReviewQuote, ReviewSourceFields } from './review-fragments.ts';
import { graphql } from './tada.ts';

export * from './review-reads.ts';

export const IngestArticleMutation = graphql(
  `
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
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

export const ReopenQuoteMutation = graphql(
  `
  mutation ReopenQuote($id: ID!) {
    reopenQuote(id: $id) { ...ReviewQuote }
  }
`,
  [ReviewQuote],
);

export const RestoreQuoteMutation = graphql(
  `
  mutation RestoreQuote($id: ID!) {
    restoreQuote(id: $id) { ...ReviewQuote }
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

/** Act (and with it intensity), conditional, date, channel, canonical text: whatever the reviewer changed. */
export const EditQuoteMutation = graphql(
  `
  mutation EditQuote($id: ID!, $input: EditQuoteInput!) {
    editQuote(id: $id, input: $input) { ...ReviewQuote }
  }
`,
  [ReviewQuote],
);

export const ProposeQuoteMutation = graphql(
  `
  mutation ProposeQuote($input: ProposeQuoteInput!) {
    proposeQuote(input: $input) { ...ReviewQuote }
  }
`,
  [ReviewQuote],
);

/** Confirms a proposed actor with the reviewer's corrections (the page always sends them). */
export const ConfirmActorMutation = graphql(
  `
  mutation ConfirmActor($id: ID!, $input: ConfirmActorInput) {
    confirmActor(id: $id, input: $input) { ...ReviewActor }
  }
`,
  [ReviewActor],
);

export const ReproposeActorMutation = graphql(
  `
  mutation ReproposeActor($id: ID!) {
    reproposeActor(id: $id) { ...ReviewActor }
  }
`,
  [ReviewActor],
);
