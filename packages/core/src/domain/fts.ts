import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { badInput, type ParleyError } from '../errors.ts';

/** FTS5 rejects a malformed query (phrases, AND/OR/NOT, prefix*) when it runs: that is the user's error, by field. */
export function ftsQueryError(error: unknown, field: string): ParleyError {
  const reason = error instanceof Error ? error.message.replace(/^fts5: /, '') : 'invalid';
  return badInput(field, `is not a valid full-text query (${reason}); quote phrases with "…" and use AND, OR, NOT, prefix*`);
}

export function nonEmptyFtsQuery(query: string, field: string): string {
  const q = query.trim();
  if (!q) throw badInput(field, 'must not be empty');
  return q;
}

/**
 * FTS5 has its own query language (phrases, AND/OR/NOT, prefix*). A malformed query is the user's error,
 * so it is tried once here and reported by field instead of surfacing as an SQLite exception.
 */
export function checkFtsQuery(db: ParleyDb, query: string, field: string): string {
  const q = nonEmptyFtsQuery(query, field);
  try {
    prepared(db, 'SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1').all(q);
  } catch (error) {
    throw ftsQueryError(error, field);
  }
  return q;
}
