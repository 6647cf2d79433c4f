// Core knows nothing of GraphQL. Its errors carry `extensions` shaped as a GraphQL error's, so graphql-js
// copies them onto the located error and the client sees the code, the field and the reason.

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

export interface ParleyErrorExtensions {
  code: ErrorCode;
  field?: string;
  reason?: string;
}

/** An error meant for the person who sent the input: a code, the field at fault and the reason. */
export class ParleyError extends Error {
  readonly extensions: ParleyErrorExtensions;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ParleyError';
    this.extensions = { code, ...(field ? { field, reason: message } : {}) };
  }

  get code(): ErrorCode {
    return this.extensions.code;
  }
}

export const isParleyError = (error: unknown): error is ParleyError => error instanceof ParleyError;

export const userError = (code: ErrorCode, message: string, field?: string) => new ParleyError(code, message, field);
export const badInput = (field: string, reason: string) => userError('BAD_USER_INPUT', `${field}: ${reason}`, field);
export const notFound = (field: string, what: string) => userError('NOT_FOUND', `${field}: no ${what} with that id`, field);
