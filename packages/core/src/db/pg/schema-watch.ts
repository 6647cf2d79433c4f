// PostgreSQL twin of ../schema-watch.ts: watches, their alerts, webhook deliveries and attempts.
import { index, integer, json, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES, WATCH_KINDS, WATCH_STATUSES } from '../schema-watch.ts';
import { NOW, pgTable, serialId } from './columns.ts';
import { apiTokens } from './schema.ts';

// One list of allowed values for both engines; re-exported so this module exports what the SQLite one does.
export { DELIVERY_STATUSES, WATCH_KINDS, WATCH_STATUSES };

export const watches = pgTable(
  'watches',
  {
    id: serialId(),
    name: text().notNull(),
    kind: text({ enum: WATCH_KINDS }).notNull(),
    /** The rule's parameters as JSON: a statement filter, a threshold, a round or a claim. */
    rule: json().notNull(),
    webhookUrl: text(),
    /** Signs webhook bodies (HMAC-SHA256); shown once, when the watch is created. */
    secret: text().notNull(),
    status: text({ enum: WATCH_STATUSES }).notNull().default('ACTIVE'),
    createdBy: text().notNull(),
    tokenId: integer().references(() => apiTokens.id),
    createdAt: text().notNull().default(NOW),
  },
  (t) => [index('watches_status_idx').on(t.status, t.kind)],
);

export const alerts = pgTable(
  'alerts',
  {
    id: serialId(),
    watchId: integer()
      .notNull()
      .references(() => watches.id, { onDelete: 'cascade' }),
    at: text().notNull().default(NOW),
    /** What fired it (e.g. "statement:42"); unique per watch, so no event raises the same alert twice. */
    triggerKey: text().notNull(),
    summary: text().notNull(),
    evidence: json().notNull(),
    acknowledgedAt: text(),
    acknowledgedBy: text(),
  },
  (t) => [
    uniqueIndex('alerts_trigger_unique').on(t.watchId, t.triggerKey),
    index('alerts_watch_idx').on(t.watchId, t.id),
    index('alerts_open_idx').on(t.acknowledgedAt, t.id),
  ],
);

export const deliveries = pgTable(
  'deliveries',
  {
    id: serialId(),
    alertId: integer()
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    status: text({ enum: DELIVERY_STATUSES }).notNull().default('PENDING'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: text().notNull().default(NOW),
    /** A worker holding the delivery until then; another may take it over after. */
    lockedUntil: text(),
    lastError: text(),
    deliveredAt: text(),
  },
  (t) => [index('deliveries_due_idx').on(t.status, t.nextAttemptAt), index('deliveries_alert_idx').on(t.alertId)],
);

export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: serialId(),
    deliveryId: integer()
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    at: text().notNull().default(NOW),
    httpStatus: integer(),
    error: text(),
    durationMs: integer().notNull(),
  },
  (t) => [index('delivery_attempts_delivery_idx').on(t.deliveryId, t.id)],
);

/** How far into the sync feed the watches have been evaluated. */
export const watchCursor = pgTable('watch_cursor', {
  name: text().primaryKey(),
  position: integer().notNull(),
});
