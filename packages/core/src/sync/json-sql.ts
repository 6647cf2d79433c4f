// The few SQL forms a projection needs that the two engines spell differently: a batch of ids as one parameter,
// and a record's children as one JSON array. Each projection is written once against these and rendered for
// both engines at load time. The arrays must parse to the same values on both: same keys in the same order,
// same ordering of elements (PostgreSQL databases use byte-order collation, as SQLite's BINARY does), and an
// empty array rather than SQL null for no children.
import type { Engine } from '../db/engine.ts';
import { tagged } from './steps.ts';

export interface JsonSql {
  /** `IN` a batch of ids, completing `WHERE x.id …`: one parameter, filled by `idsParam`. */
  ids: string;
  idsParam(ids: readonly number[]): unknown;
  /** A JSON array of one column of `from` (a table and its WHERE), ordered by `order`. */
  list(column: string, from: string, order: string): string;
  /** A JSON array of objects, their keys (to columns of `from`) in the order given. */
  objects(fields: Record<string, string>, from: string, order: string): string;
}

const pairs = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, column]) => `'${key}', ${column}`)
    .join(', ');

const SQLITE: JsonSql = {
  ids: 'IN (SELECT value FROM json_each(?))',
  idsParam: (ids) => JSON.stringify(ids),
  list: (column, from, order) => `(SELECT json_group_array(${column}) FROM (SELECT ${column} FROM ${from} ORDER BY ${order}))`,
  objects: (fields, from, order) => `(SELECT json_group_array(json_object(${pairs(fields)})) FROM (SELECT * FROM ${from} ORDER BY ${order}))`,
};

// json (not jsonb) keeps json_build_object's key order; json_agg gives null for no rows, hence coalesce.
const POSTGRES: JsonSql = {
  ids: '= ANY(?::int[])',
  idsParam: (ids) => [...ids],
  list: (column, from, order) => `(SELECT coalesce(json_agg(${column} ORDER BY ${order}), '[]') FROM ${from})`,
  objects: (fields, from, order) => `(SELECT coalesce(json_agg(json_build_object(${pairs(fields)}) ORDER BY ${order}), '[]') FROM ${from})`,
};

export const JSON_SQL: Record<Engine, JsonSql> = { sqlite: SQLITE, postgres: POSTGRES };

/** A query of the feed's, written once against JsonSql, rendered (and tagged) for each engine. */
export const forEngines = (write: (d: JsonSql) => string): Record<Engine, string> => ({
  sqlite: tagged(write(SQLITE)),
  postgres: tagged(write(POSTGRES)),
});

/**
 * A JSON array column as a list: text on SQLite (json_group_array), already parsed on PostgreSQL (node-postgres
 * parses json), null for none.
 */
export const list = (value: unknown): any[] => (typeof value === 'string' ? JSON.parse(value) : ((value as any[] | null) ?? []));
