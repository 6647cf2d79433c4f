// PostgreSQL twin of ../schema-claims.ts: incidents, claims and stances, discrepancies.
import { index, integer, text } from 'drizzle-orm/pg-core';
import { DATE_PRECISIONS, EVENT_TYPES, STANCES } from '../../domain/enums.ts';
import { createdAt, pgTable, retraction, serialId } from './columns.ts';
import { actors, sources, statements } from './schema.ts';

export const events = pgTable(
  'events',
  {
    id: serialId(),
    key: text().unique(),
    type: text({ enum: EVENT_TYPES }).notNull(),
    occurredOn: text().notNull(),
    datePrecision: text({ enum: DATE_PRECISIONS }).notNull(),
    summary: text().notNull(),
    sourceId: integer().references(() => sources.id),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [index('events_occurred_idx').on(t.occurredOn, t.id), index('events_type_idx').on(t.type, t.occurredOn)],
);

export const eventLocations = pgTable(
  'event_locations',
  {
    id: serialId(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    place: text(),
    province: text(),
    country: text().notNull(),
  },
  (t) => [index('event_locations_event_idx').on(t.eventId), index('event_locations_province_idx').on(t.province)],
);

export const claims = pgTable(
  'claims',
  {
    id: serialId(),
    key: text().unique(),
    text: text().notNull(),
    eventId: integer().references(() => events.id, { onDelete: 'set null' }),
    killed: integer(),
    civilians: integer(),
    children: integer(),
    sourceId: integer().references(() => sources.id),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [index('claims_event_idx').on(t.eventId)],
);

export const claimStances = pgTable(
  'claim_stances',
  {
    id: serialId(),
    claimId: integer()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    actorId: integer()
      .notNull()
      .references(() => actors.id),
    stance: text({ enum: STANCES }).notNull(),
    statementId: integer().references(() => statements.id, { onDelete: 'set null' }),
    sourceId: integer().references(() => sources.id),
    // Figures belong to whoever claims them, so they sit on the stance as well as on the claim.
    killed: integer(),
    civilians: integer(),
    children: integer(),
    ...retraction(),
  },
  (t) => [
    index('claim_stances_claim_idx').on(t.claimId, t.id),
    index('claim_stances_actor_idx').on(t.actorId),
    index('claim_stances_statement_idx').on(t.statementId),
  ],
);

export const discrepancies = pgTable('discrepancies', {
  id: serialId(),
  key: text().unique(),
  subject: text().notNull(),
  field: text().notNull(),
  note: text(),
  ...retraction(),
});

export const discrepancyVersions = pgTable(
  'discrepancy_versions',
  {
    id: serialId(),
    discrepancyId: integer()
      .notNull()
      .references(() => discrepancies.id, { onDelete: 'cascade' }),
    value: text().notNull(),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
    quote: text(),
  },
  (t) => [index('discrepancy_versions_discrepancy_idx').on(t.discrepancyId)],
);
