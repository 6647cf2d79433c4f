import type { ErrorCode } from '@parley/core';
import { GraphQLError } from 'graphql';

/**
 * Errors the GraphQL face raises itself (ids, auth): a GraphQLError with the same code, field and reason as
 * core's errors carry, so every host shows them to the client, whatever its masking.
 */
export function userError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field, reason: message } : {}) } });
}

export const badInput = (field: string, reason: string) => userError('BAD_USER_INPUT', `${field}: ${reason}`, field);
export const notFound = (field: string, what: string) => userError('NOT_FOUND', `${field}: no ${what} with that id`, field);
