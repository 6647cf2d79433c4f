// Tables for ingestion from the web: outlets as records, near-duplicate fingerprints, feeds and their items.
// Kept apart from schema.ts (which re-exports them) so each file stays readable.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, snakeCase, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { FEED_ITEM_OUTCOMES, FEED_STATUSES, OUTLET_KINDS } from '../domain/enums.ts';
import { sources } from './schema.ts';

const sqliteTable = snakeCase.table;
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const outlets = sqliteTable(
  'outlets',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    key: text().notNull().unique(),
    name: text().notNull(),
    // Null for an outlet met only through ingestion, until an editor says what it is.
    kind: text({ enum: OUTLET_KINDS }),
    country: text(),
    // Sites of one owner are one origin: two papers of one group reprinting a story is not corroboration.
    ownerGroup: text(),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('outlets_group_idx').on(t.ownerGroup), index('outlets_kind_idx').on(t.kind, t.name)],
);

/** Every name an outlet goes by, folded: its name, its credit line ("AFP", "Agence France-Presse"), its brands. */
export const outletNames = sqliteTable(
  'outlet_names',
  {
    normalized: text().primaryKey(),
    outletId: integer()
      .notNull()
      .references(() => outlets.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    // Used as a wire credit in datelines ("(AFP) —"): only for agencies, and only for unambiguous names.
    credit: integer({ mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('outlet_names_outlet_idx').on(t.outletId)],
);

export const outletDomains = sqliteTable(
  'outlet_domains',
  {
    domain: text().primaryKey(),
    outletId: integer()
      .notNull()
      .references(() => outlets.id, { onDelete: 'cascade' }),
  },
  (t) => [index('outlet_domains_outlet_idx').on(t.outletId)],
);

/** A sample of each source's word 5-gram hashes (those ≡ 0 mod 4): enough to find long shared passages. */
export const sourceShingles = sqliteTable(
  'source_shingles',
  {
    hash: integer().notNull(),
    sourceId: integer()
      .notNull()
      .references((): any => sources.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.hash, t.sourceId] }), index('source_shingles_source_idx').on(t.sourceId)],
);

export const feeds = sqliteTable(
  'feeds',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    url: text().notNull().unique(),
    title: text(),
    outlet: text().notNull(),
    outletId: integer().references(() => outlets.id, { onDelete: 'set null' }),
    intervalMinutes: integer().notNull().default(30),
    status: text({ enum: FEED_STATUSES }).notNull().default('ACTIVE'),
    etag: text(),
    lastModified: text(),
    lastPolledAt: text(),
    lastSuccessAt: text(),
    lastError: text(),
    // Consecutive failures: the wait before the next poll doubles with each (capped), and resets on success.
    failures: integer().notNull().default(0),
    nextPollAt: text().notNull().default(now),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('feeds_due_idx').on(t.status, t.nextPollAt)],
);

export const feedItems = sqliteTable(
  'feed_items',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    feedId: integer()
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    title: text(),
    outcome: text({ enum: FEED_ITEM_OUTCOMES }).notNull(),
    note: text(),
    sourceId: integer().references((): any => sources.id, { onDelete: 'set null' }),
    seenAt: text().notNull().default(now),
  },
  (t) => [
    uniqueIndex('feed_items_feed_url_unique').on(t.feedId, t.url),
    index('feed_items_feed_seen_idx').on(t.feedId, t.seenAt, t.id),
    index('feed_items_url_idx').on(t.url),
    index('feed_items_source_idx').on(t.sourceId),
  ],
);
