import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { badInput } from '../errors.ts';

/**
 * FTS5 has its own query language (phrases, AND/OR/NOT, prefix*). A malformed query is the user's error,
 * so it is tried once here and reported by field instead of surfacing as an SQLite exception.
 */
export function checkFtsQuery(db: ParleyDb, query: string, field: string): string {
  const q = query.trim();
  if (!q) throw badInput(field, 'must not be empty');
  try {
    prepared(db, 'SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1').all(q);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^fts5: /, '') : 'invalid';
    throw badInput(field, `is not a valid full-text query (${reason}); quote phrases with "…" and use AND, OR, NOT, prefix*`);
  }
  return q;
}
