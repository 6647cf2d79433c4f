import { sql } from 'drizzle-orm';
import { integer, snakeCase, text } from 'drizzle-orm/pg-core';

// The PostgreSQL twin of ../columns.ts: camelCase in TypeScript, snake_case in SQL, as on SQLite.
export const pgTable = snakeCase.table;

/**
 * Timestamps stay ISO-8601 text with milliseconds and a Z, the exact form SQLite's strftime writes: cursors
 * carry them and lists order by them, so both engines must hand out and compare the same strings. A native
 * timestamptz would print differently and need converting at every edge. statement_timestamp() matches
 * SQLite's 'now' (fixed per statement, not per transaction as now() would be).
 */
export const NOW = sql`to_char(statement_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
export const createdAt = () => text().notNull().default(NOW);

/**
 * SQLite's INTEGER PRIMARY KEY AUTOINCREMENT: increasing, never reused, and an explicit id is still accepted
 * (BY DEFAULT, not ALWAYS), as the SQLite tables accept one.
 */
export const serialId = () => integer().primaryKey().generatedByDefaultAsIdentity();

export const retraction = () => ({
  retractedAt: text(),
  retractedBy: text(),
  retractionReason: text(),
});
