import type Database from 'better-sqlite3';
import { renderCitations } from '../domain/citations.ts';
import { globalIdOrNull } from '../sync/global-id.ts';

export type Row = Record<string, any>;

/** One export: its SQL, and how a row becomes a JSON record and a flat CSV line. */
export interface ExportQuery {
  sql: string;
  /** Positional values, or one object of named values (@name in the SQL). */
  params: unknown[];
  columns: string[];
  record(row: Row): Record<string, unknown>;
  flat(record: Record<string, any>): Record<string, unknown>;
}

export const gid = globalIdOrNull;
export const list = (json: string | null): Row[] => (json ? JSON.parse(json) : []);
export const joined = (values: unknown[]) => values.filter((v) => v !== null && v !== undefined && v !== '').join('; ');

/** Where a source can be found: its URL, else its global id (what node(id) takes). */
export const addressOf = (source: { id: number; url?: string | null }) => source.url ?? gid('Source', source.id)!;

/** Renders citation tokens in curated text; the sources are looked up once per export, not once per row. */
export function citationRenderer(client: Database.Database): (text: string | null) => string | null {
  const lookup = client.prepare('SELECT title, outlet FROM sources WHERE key = ? AND retracted_at IS NULL');
  const known = new Map<string, { title: string; outlet: string } | undefined>();
  const find = (key: string) => {
    if (!known.has(key)) known.set(key, lookup.get(key) as { title: string; outlet: string } | undefined);
    return known.get(key);
  };
  return (text) => (text === null ? null : renderCitations(text, find));
}
