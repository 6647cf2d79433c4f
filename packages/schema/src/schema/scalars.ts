import { GraphQLError, Kind } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { isCalendarDate } from '@parley/core';
import { builder } from '../builder.ts';

const invalid = (what: string, value: unknown) =>
  new GraphQLError(`Invalid ${what}: ${JSON.stringify(value)?.slice(0, 40)}; expected ${what === 'Date' ? 'YYYY-MM-DD' : 'an ISO 8601 date-time'}`, {
    extensions: { code: 'BAD_USER_INPUT', reason: `not a valid ${what}` },
  });

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) throw invalid('Date', value);
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string') throw invalid('DateTime', value);
  const day = value.slice(0, 10);
  if (!isCalendarDate(day) || Number.isNaN(Date.parse(value))) throw invalid('DateTime', value);
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar day, YYYY-MM-DD. Read it with the datePrecision that accompanies it.',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('DateTime', {
  description: 'An ISO 8601 date-time, or a bare date where only the day is known.',
  serialize: (value) => value,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.addScalarType('JSON', JSONResolver);
