import { isParleyError } from '@parley/core';
import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** Core knows nothing of GraphQL; its errors become GraphQL errors with the same code, field and reason. */
function asGraphQLError(error: unknown): unknown {
  return isParleyError(error) ? new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions } }) : error;
}

function guard(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    try {
      const result = resolve(source, args, context, info);
      return result instanceof Promise ? result.catch((error) => Promise.reject(asGraphQLError(error))) : result;
    } catch (error) {
      throw asGraphQLError(error);
    }
  };
}

/**
 * Core errors reach resolvers that write (root fields) and those that decode arguments (filters, searches).
 * Those fields are wrapped once, when the schema is built, so that any host's Yoga or plain graphql-js shows
 * them as the client's errors rather than masking them as internal ones; plain fields stay unwrapped.
 */
export function translateCoreErrors(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!roots.has(type) && field.args.length === 0) continue;
      if (field.resolve) field.resolve = guard(field.resolve);
      if (field.subscribe) field.subscribe = guard(field.subscribe);
    }
  }
  return schema;
}
