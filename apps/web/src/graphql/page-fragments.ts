/** Fragments only server-rendered pages use; kept apart so client bundles never carry them. */
import { StatementLine } from './fragments.ts';
import { graphql } from './tada.ts';

export const StatementPage = graphql(
  `
  fragment StatementPage on Statement {
    ...StatementLine
    note
    topics
    targets { id slug name }
    round { id key title status }
    occasion { id venue url note statements { id key text } }
    quotes {
      id
      text
      kind
      link
      start
      end
      source { id key title outlet publishedOn }
      context(chars: 160) { before text after }
    }
    stances { stance killed civilians children claim { id key text } }
  }
`,
  [StatementLine],
);

export const SourcePage = graphql(`
  fragment SourcePage on Source {
    id
    key
    title
    outlet
    kind
    url
    publishedOn
    publishedPrecision
    language
    body
    quotes { id start end text kind link statement { id key text speaker { slug name } } }
  }
`);

export const ClaimPage = graphql(`
  fragment ClaimPage on Claim {
    id
    key
    text
    killed
    civilians
    children
    source { id key title }
    event { id type occurredOn datePrecision summary locations { place province country } }
    stances {
      stance
      killed
      civilians
      children
      actor { id slug name side }
      statement { id key text saidOn quotes { kind } }
      source { id key title }
    }
  }
`);
