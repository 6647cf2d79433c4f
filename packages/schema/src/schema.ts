import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import { translateCoreErrors } from './core-errors.ts';
import './schema/index.ts';
import { applyInputGuards } from './input-guards.ts';
import { applyVisibility } from './visibility.ts';

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

let schema: GraphQLSchema | undefined;

/** The Parley GraphQL schema. Built once; every call returns the same instance. */
export function createSchema(): GraphQLSchema {
  schema ??= translateCoreErrors(applyInputGuards(applyVisibility(builder.toSchema({ sortSchema: false }))));
  return schema;
}

/** The SDL as checked in at packages/schema/schema.graphql. */
export function printParleySchema(): string {
  return `${printSchema(lexicographicSortSchema(createSchema()))}\n`;
}
