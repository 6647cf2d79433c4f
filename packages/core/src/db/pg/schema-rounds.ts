// PostgreSQL twin of ../schema-rounds.ts: negotiation processes, rounds, participants, status history, demands.
import { index, integer, primaryKey, text } from 'drizzle-orm/pg-core';
import { DATE_PRECISIONS, DEMAND_STATUSES, PARTICIPANT_ROLES, ROUND_OUTCOMES, ROUND_STATUSES } from '../../domain/enums.ts';
import { createdAt, pgTable, retraction, serialId } from './columns.ts';
import { actors, sources } from './schema.ts';

export const negotiationProcesses = pgTable('negotiation_processes', {
  id: serialId(),
  key: text().unique(),
  name: text().notNull(),
  description: text(),
  createdAt: createdAt(),
});

export const processMediators = pgTable(
  'process_mediators',
  {
    processId: integer()
      .notNull()
      .references(() => negotiationProcesses.id, { onDelete: 'cascade' }),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.processId, t.actorId] }), index('process_mediators_actor_idx').on(t.actorId)],
);

export const negotiationRounds = pgTable(
  'negotiation_rounds',
  {
    id: serialId(),
    key: text().unique(),
    processId: integer()
      .notNull()
      .references(() => negotiationProcesses.id),
    sequence: integer().notNull(),
    title: text().notNull(),
    venueCity: text(),
    venueCountry: text(),
    startedOn: text(),
    endedOn: text(),
    status: text({ enum: ROUND_STATUSES }).notNull().default('SCHEDULED'),
    outcome: text({ enum: ROUND_OUTCOMES }),
    updatedAt: createdAt(),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [index('rounds_process_idx').on(t.processId, t.sequence), index('rounds_status_idx').on(t.status), index('rounds_started_idx').on(t.startedOn, t.id)],
);

export const roundParticipants = pgTable(
  'round_participants',
  {
    roundId: integer()
      .notNull()
      .references(() => negotiationRounds.id, { onDelete: 'cascade' }),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    role: text({ enum: PARTICIPANT_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.actorId, t.role] }), index('round_participants_actor_idx').on(t.actorId, t.role)],
);

export const roundUpdates = pgTable(
  'round_updates',
  {
    id: serialId(),
    roundId: integer()
      .notNull()
      .references(() => negotiationRounds.id, { onDelete: 'cascade' }),
    at: text().notNull(),
    atPrecision: text({ enum: DATE_PRECISIONS }).notNull().default('DAY'),
    status: text({ enum: ROUND_STATUSES }).notNull(),
    note: text().notNull(),
    sourceId: integer().references(() => sources.id),
    createdAt: createdAt(),
  },
  (t) => [index('round_updates_round_idx').on(t.roundId, t.at, t.id)],
);

export const demands = pgTable(
  'demands',
  {
    id: serialId(),
    key: text().unique(),
    roundId: integer()
      .notNull()
      .references(() => negotiationRounds.id, { onDelete: 'cascade' }),
    byId: integer()
      .notNull()
      .references(() => actors.id),
    toId: integer()
      .notNull()
      .references(() => actors.id),
    text: text().notNull(),
    status: text({ enum: DEMAND_STATUSES }).notNull().default('TABLED'),
    note: text(),
    sourceId: integer().references(() => sources.id),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [index('demands_round_idx').on(t.roundId, t.id), index('demands_by_idx').on(t.byId), index('demands_to_idx').on(t.toId)],
);
