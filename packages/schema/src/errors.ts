import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** Errors meant for the client: a code, the field at fault and the reason. Everything else is masked. */
export function userError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...(field ? { field, reason: message } : {}) },
  });
}

export const badInput = (field: string, reason: string) => userError('BAD_USER_INPUT', `${field}: ${reason}`, field);
export const notFound = (field: string, what: string) => userError('NOT_FOUND', `${field}: no ${what} with that id`, field);
