// Watches (saved rules), the alerts they raise with their evidence, and webhook deliveries with every attempt.
import { sql } from 'drizzle-orm';
import { index, integer, snakeCase, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { apiTokens } from './schema.ts';
import { jsonText } from './columns.ts';

const sqliteTable = snakeCase.table;
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const WATCH_KINDS = ['STATEMENT', 'THRESHOLD', 'ROUND_STATUS', 'CLAIM_STANCE'] as const;
export const WATCH_STATUSES = ['ACTIVE', 'PAUSED'] as const;
export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

export const watches = sqliteTable(
  'watches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    kind: text({ enum: WATCH_KINDS }).notNull(),
    /** The rule's parameters as JSON: a statement filter, a threshold, a round or a claim. */
    rule: jsonText().notNull(),
    webhookUrl: text(),
    /** Signs webhook bodies (HMAC-SHA256); shown once, when the watch is created. */
    secret: text().notNull(),
    status: text({ enum: WATCH_STATUSES }).notNull().default('ACTIVE'),
    createdBy: text().notNull(),
    tokenId: integer().references(() => apiTokens.id),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('watches_status_idx').on(t.status, t.kind)],
);

export const alerts = sqliteTable(
  'alerts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    watchId: integer()
      .notNull()
      .references(() => watches.id, { onDelete: 'cascade' }),
    at: text().notNull().default(now),
    /** What fired it (e.g. "statement:42"); unique per watch, so no event raises the same alert twice. */
    triggerKey: text().notNull(),
    summary: text().notNull(),
    evidence: jsonText().notNull(),
    acknowledgedAt: text(),
    acknowledgedBy: text(),
  },
  (t) => [
    uniqueIndex('alerts_trigger_unique').on(t.watchId, t.triggerKey),
    index('alerts_watch_idx').on(t.watchId, t.id),
    index('alerts_open_idx').on(t.acknowledgedAt, t.id),
  ],
);

export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    alertId: integer()
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    status: text({ enum: DELIVERY_STATUSES }).notNull().default('PENDING'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: text().notNull().default(now),
    /** A worker holding the delivery until then; another may take it over after. */
    lockedUntil: text(),
    lastError: text(),
    deliveredAt: text(),
  },
  (t) => [index('deliveries_due_idx').on(t.status, t.nextAttemptAt), index('deliveries_alert_idx').on(t.alertId)],
);

export const deliveryAttempts = sqliteTable(
  'delivery_attempts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    deliveryId: integer()
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    at: text().notNull().default(now),
    httpStatus: integer(),
    error: text(),
    durationMs: integer().notNull(),
  },
  (t) => [index('delivery_attempts_delivery_idx').on(t.deliveryId, t.id)],
);

/** How far into the sync feed the watches have been evaluated. */
export const watchCursor = sqliteTable('watch_cursor', {
  name: text().primaryKey(),
  position: integer().notNull(),
});
