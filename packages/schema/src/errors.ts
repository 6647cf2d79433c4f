// One error class for the whole project lives in core; the GraphQL face re-exports it for its resolvers.
export { userError, badInput, notFound, ParleyError, type ErrorCode } from '@parley/core';
