/** The statements list page's read: one page of statements and the choices its filters offer. */
import { StatementLine } from './fragments.ts';
import { graphql } from './tada.ts';

export const STATEMENT_PAGE_SIZES = [10, 25, 50, 100] as const;
export const STATEMENT_PAGE_SIZE = 25;

export const StatementsQuery = graphql(
  `
  query Statements($filter: StatementFilter, $orderBy: StatementOrder, $first: Int, $after: String, $last: Int, $before: String) {
    statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { ...StatementLine createdAt } }
    }
    actors(first: 100) { edges { node { id name } } }
    rounds(first: 50) { edges { node { id title } } }
  }
`,
  [StatementLine],
);
