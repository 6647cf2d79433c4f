import { graphql } from './tada.ts';

/** A speaker as the review shows it: PROPOSED ones were invented by ingestion and are marked new. */
export const ReviewActor = graphql(`
  fragment ReviewActor on Actor {
    id
    slug
    name
    kind
    country
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
    candidate { speakerText speakerStart speakerEnd speakerName resolution confidence similarity verb }
    statement {
      id
      key
      status
      text
      channel
      venue
      saidOn
      datePrecision
      outletCount
      occasion { id }
      speaker { ...ReviewActor }
      quotes(links: [CONFIRMED, SUGGESTED]) { id text link source { id key title outlet } }
    }
  }
`,
  [ReviewActor],
);
