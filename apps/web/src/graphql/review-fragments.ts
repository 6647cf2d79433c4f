import { graphql } from './tada.ts';

/** A speaker as the review shows it: PROPOSED ones were invented by ingestion and are marked new. */
export const ReviewActor = graphql(`
  fragment ReviewActor on Actor {
    id
    slug
    name
    kind
    country
    description
    status
  }
`);

/** One candidate quote with what the extractor proposed and the statement it would join or create. */
export const ReviewQuote = graphql(
  `
  fragment ReviewQuote on Quote {
    id
    text
    kind
    link
    start
    end
    candidate { speakerText speakerStart speakerEnd speakerName speakerKind resolution confidence similarity verb act actConfidence }
    statement {
      id
      key
      status
      text
      act
      intensity
      conditional
      channel
      venue
      saidOn
      datePrecision
      outletCount
      occasion { id }
      speaker { ...ReviewActor }
      quotes(links: [CONFIRMED, SUGGESTED]) { id text kind link source { id key title outlet } }
    }
  }
`,
  [ReviewActor],
);

/** What the review shows of an article: enough to mark its candidates in the text. */
export const ReviewSourceFields = graphql(`
  fragment ReviewSourceFields on Source {
    id
    key
    title
    outlet
    url
    publishedOn
    body
  }
`);
