import type { Engine } from '../db/engine.ts';
import { renderCitations } from '../domain/citations.ts';
import { globalIdOrNull } from '../sync/global-id.ts';
import { list as jsonList } from '../sync/json-sql.ts';

export type Row = Record<string, any>;

/** One export: its SQL (`?` placeholders), and how a row becomes a JSON record and a flat CSV line. */
export interface ExportQuery {
  sql: string;
  params: unknown[];
  columns: string[];
  record(row: Row): Record<string, unknown>;
  flat(record: Record<string, any>): Record<string, unknown>;
}

/** A curated source by its citation key, as the export's own connection sees it. */
export type SourceLookup = (key: string) => { title: string; outlet: string } | undefined;

export const gid = globalIdOrNull;
/** A JSON column as a list: text on SQLite, already parsed on PostgreSQL. */
export const list = (json: unknown): Row[] => jsonList(json);
export const joined = (values: unknown[]) => values.filter((v) => v !== null && v !== undefined && v !== '').join('; ');

/** Where a source can be found: its URL, else its global id (what node(id) takes). */
export const addressOf = (source: { id: number; url?: string | null }) => source.url ?? gid('Source', source.id)!;

/** Renders citation tokens in curated text, each source looked up once per export. */
export function citationRenderer(lookup: SourceLookup): (text: string | null) => string | null {
  const known = new Map<string, ReturnType<SourceLookup>>();
  const find = (key: string) => {
    if (!known.has(key)) known.set(key, lookup(key));
    return known.get(key);
  };
  return (text) => (text === null ? null : renderCitations(text, find));
}

/**
 * The JSON the exports build in SQL, spelled for each engine. Keys keep their order on both (json, not jsonb, on
 * PostgreSQL), and an empty list is `[]`, not null.
 */
export interface ExportJson {
  object(fields: Record<string, string>): string;
  /** A JSON array of `value` over the rows of `from` (tables, joins and WHERE), in `order`. */
  array(value: string, from: string, order: string): string;
}

const pairs = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `'${key}', ${value}`)
    .join(', ');

export const EXPORT_JSON: Record<Engine, ExportJson> = {
  sqlite: {
    object: (fields) => `json_object(${pairs(fields)})`,
    array: (value, from, order) => `(SELECT json_group_array(${value} ORDER BY ${order}) FROM ${from})`,
  },
  postgres: {
    object: (fields) => `json_build_object(${pairs(fields)})`,
    array: (value, from, order) => `(SELECT coalesce(json_agg(${value} ORDER BY ${order}), '[]') FROM ${from})`,
  },
};

/** A row's source as {id, url}, or null when it cites none. */
export const sourceJson = (json: ExportJson, alias: string) =>
  `CASE WHEN ${alias}.source_id IS NULL THEN NULL ELSE ${json.object({ id: `${alias}.source_id`, url: `(SELECT url FROM sources WHERE id = ${alias}.source_id)` })} END`;

export const sourceOf = (value: unknown) => {
  const s = (typeof value === 'string' ? JSON.parse(value) : value) as Row | null;
  return s ? { id: gid('Source', s.id), address: addressOf(s as { id: number; url?: string | null }) } : null;
};
