import { sql } from 'drizzle-orm';
import { customType, snakeCase, text } from 'drizzle-orm/sqlite-core';

// Column names are camelCase in TypeScript and snake_case in SQLite: snakeCase.table maps them, so raw SQL and
// drizzle-kit agree without a casing option.
export const sqliteTable = snakeCase.table;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
export const createdAt = () => text().notNull().default(now);

/**
 * A retraction keeps the row for the record and takes it out of every public read: who, when and why.
 * Spread into each table a curator can create.
 */
export const retraction = () => ({
  retractedAt: text(),
  retractedBy: text(),
  retractionReason: text(),
});

/**
 * JSON kept as text, as `text({ mode: 'json' })` keeps it, read back from either engine: SQLite hands over the
 * text, node-postgres a value it has already parsed (commands use these tables on PostgreSQL too).
 */
export const jsonText = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
});
