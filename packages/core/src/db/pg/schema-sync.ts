// PostgreSQL twin of ../schema-sync.ts: the corrections and the public sync feed.
import { index, integer, primaryKey, text } from 'drizzle-orm/pg-core';
import { NOW, pgTable, serialId } from './columns.ts';

/** What is left of a deleted row: enough to say that it existed, what it was, who removed it and why. */
export const tombstones = pgTable(
  'tombstones',
  {
    id: serialId(),
    entity: text().notNull(),
    entityId: integer().notNull(),
    globalId: text().notNull(),
    who: text().notNull(),
    at: text().notNull().default(NOW),
    reason: text().notNull(),
  },
  (t) => [index('tombstones_entity_idx').on(t.entity, t.entityId), index('tombstones_global_idx').on(t.globalId)],
);

/**
 * The public sync feed: one row per change to the public dataset, in commit order (its id is the cursor).
 * Written inside the same transaction as the change itself, so a reader never sees one without the other.
 */
export const syncLog = pgTable(
  'sync_log',
  {
    id: serialId(),
    at: text().notNull().default(NOW),
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
export const syncState = pgTable(
  'sync_state',
  {
    entity: text().notNull(),
    entityId: integer().notNull(),
    hash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);

/** Flags such as "backfill the feed from the existing rows", set by a migration and cleared once done. */
export const syncMeta = pgTable('sync_meta', {
  key: text().primaryKey(),
  value: text(),
});
