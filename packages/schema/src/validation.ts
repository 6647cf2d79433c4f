import { GraphQLError } from 'graphql';

interface Issue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
}

/** Turns standard-schema issues into one BAD_USER_INPUT error naming each field and its reason. */
export function validationFailure(result: { issues: ReadonlyArray<Issue> }): GraphQLError {
  const fields = result.issues.map((issue) => {
    const field = (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.');
    return { field: field || 'input', reason: issue.message };
  });
  const first = fields[0] ?? { field: 'input', reason: 'invalid' };
  return new GraphQLError(fields.map((f) => `${f.field}: ${f.reason}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, reason: first.reason, fields },
  });
}
