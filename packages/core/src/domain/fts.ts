import { isSqlite } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import type { ParleyError } from '../errors.ts';
import { parseSearchQuery, searchSyntaxError, toFts5 } from './search-query.ts';

/** FTS5 refusing a query that parsed (it should not happen): still the user's error, by field. */
export function ftsQueryError(error: unknown, field: string): ParleyError {
  const reason = error instanceof Error ? error.message.replace(/^fts5: /, '') : 'invalid';
  return searchSyntaxError(field, reason);
}

/** The user's query in FTS5's MATCH syntax (search-query.ts), or BAD_USER_INPUT on `field`. */
export function ftsQuery(query: string, field: string): string {
  return toFts5(parseSearchQuery(query, field));
}

/**
 * The user's query, checked: parsed (BAD_USER_INPUT on `field` if malformed) and, on SQLite, tried once on the
 * index, so a query FTS5 still refuses is reported by field instead of surfacing as an exception later. The
 * query itself is returned: statementWhere renders it for the engine it runs on.
 */
export function checkFtsQuery(db: ParleyDb, query: string, field: string): string {
  const q = ftsQuery(query, field);
  if (!isSqlite(db)) return query.trim();
  try {
    prepared(db, 'SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1').all(q);
  } catch (error) {
    throw ftsQueryError(error, field);
  }
  return query.trim();
}
