// Tables of the corrections and the public sync feed. Kept apart from the domain tables in schema.ts, which
// re-exports them so drizzle-kit and the relations see one schema.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, snakeCase, text } from 'drizzle-orm/sqlite-core';

const sqliteTable = snakeCase.table;
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** What is left of a deleted row: enough to say that it existed, what it was, who removed it and why. */
export const tombstones = sqliteTable(
  'tombstones',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    entity: text().notNull(),
    entityId: integer().notNull(),
    globalId: text().notNull(),
    who: text().notNull(),
    at: text().notNull().default(now),
    reason: text().notNull(),
  },
  (t) => [index('tombstones_entity_idx').on(t.entity, t.entityId), index('tombstones_global_idx').on(t.globalId)],
);

/**
 * The public sync feed: one row per change to the public dataset, in commit order (its id is the cursor).
 * Written inside the same transaction as the change itself, so a reader never sees one without the other.
 */
export const syncLog = sqliteTable(
  'sync_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull().default(now),
    entity: text().notNull(),
    entityId: integer().notNull(),
    globalId: text().notNull(),
    kind: text({ enum: ['CREATED', 'UPDATED', 'RETRACTED', 'DELETED'] }).notNull(),
    /** The public record after the change, as JSON; null when the record left the public dataset. */
    data: text(),
    reason: text(),
  },
  (t) => [index('sync_log_entity_idx').on(t.entity, t.id), index('sync_log_record_idx').on(t.entity, t.entityId, t.id)],
);

/** A hash of each public record as last announced, so a write that changes nothing public says nothing. */
export const syncState = sqliteTable(
  'sync_state',
  {
    entity: text().notNull(),
    entityId: integer().notNull(),
    hash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);

/** Flags such as "backfill the feed from the existing rows", set by a migration and cleared once done. */
export const syncMeta = sqliteTable('sync_meta', {
  key: text().primaryKey(),
  value: text(),
});
