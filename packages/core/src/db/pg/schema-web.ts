// PostgreSQL twin of ../schema-web.ts: outlets as records, near-duplicate fingerprints, feeds and their items.
import { bigint, boolean, index, integer, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { FEED_ITEM_OUTCOMES, FEED_STATUSES, OUTLET_KINDS } from '../../domain/enums.ts';
import { NOW, pgTable, serialId } from './columns.ts';
import { sources } from './schema.ts';

export const outlets = pgTable(
  'outlets',
  {
    id: serialId(),
    key: text().notNull().unique(),
    name: text().notNull(),
    // Null for an outlet met only through ingestion, until an editor says what it is.
    kind: text({ enum: OUTLET_KINDS }),
    country: text(),
    // Sites of one owner are one origin: two papers of one group reprinting a story is not corroboration.
    ownerGroup: text(),
    createdAt: text().notNull().default(NOW),
  },
  (t) => [index('outlets_group_idx').on(t.ownerGroup), index('outlets_kind_idx').on(t.kind, t.name)],
);

/** Every name an outlet goes by, folded: its name, its credit line ("AFP", "Agence France-Presse"), its brands. */
export const outletNames = pgTable(
  'outlet_names',
  {
    normalized: text().primaryKey(),
    outletId: integer()
      .notNull()
      .references(() => outlets.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    // Used as a wire credit in datelines ("(AFP) —"): only for agencies, and only for unambiguous names.
    credit: boolean().notNull().default(false),
  },
  (t) => [index('outlet_names_outlet_idx').on(t.outletId)],
);

export const outletDomains = pgTable(
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
export const sourceShingles = pgTable(
  'source_shingles',
  {
    // An unsigned 32-bit FNV-1a hash: above PostgreSQL's integer range, so bigint (read back as a number).
    hash: bigint({ mode: 'number' }).notNull(),
    sourceId: integer()
      .notNull()
      .references((): any => sources.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.hash, t.sourceId] }), index('source_shingles_source_idx').on(t.sourceId)],
);

export const feeds = pgTable(
  'feeds',
  {
    id: serialId(),
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
    nextPollAt: text().notNull().default(NOW),
    createdAt: text().notNull().default(NOW),
  },
  (t) => [index('feeds_due_idx').on(t.status, t.nextPollAt)],
);

export const feedItems = pgTable(
  'feed_items',
  {
    id: serialId(),
    feedId: integer()
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    title: text(),
    outcome: text({ enum: FEED_ITEM_OUTCOMES }).notNull(),
    note: text(),
    sourceId: integer().references((): any => sources.id, { onDelete: 'set null' }),
    seenAt: text().notNull().default(NOW),
  },
  (t) => [
    uniqueIndex('feed_items_feed_url_unique').on(t.feedId, t.url),
    index('feed_items_feed_seen_idx').on(t.feedId, t.seenAt, t.id),
    index('feed_items_url_idx').on(t.url),
    index('feed_items_source_idx').on(t.sourceId),
  ],
);
