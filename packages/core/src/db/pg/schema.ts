// PostgreSQL tables, one for one with ../schema.ts (same JS names, same SQL names, same constraints), so a query
// written against one can be pointed at the other. test/pg-parity.test.ts compares the migrated databases.
// Type mapping: integer ids as identity columns, REAL as double precision (float4 would round 0.83), SQLite's
// integer booleans as boolean, JSON columns as json (keeps the text and key order the API returns; jsonb
// would reorder keys), text enums as text (SQLite checks none of them either).
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';

import {
  ACTOR_KINDS,
  ACTOR_STATUSES,
  ACTS,
  ALIAS_KINDS,
  CHANNELS,
  DATE_PRECISIONS,
  QUOTE_KINDS,
  QUOTE_LINKS,
  SOURCE_KINDS,
  STATEMENT_STATUSES,
} from '../../domain/enums.ts';
import { outlets } from './schema-web.ts';

export * from './schema-web.ts';

import { createdAt, pgTable, retraction, serialId } from './columns.ts';
import { negotiationRounds } from './schema-rounds.ts';

export const actors = pgTable(
  'actors',
  {
    id: serialId(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: text({ enum: ACTOR_KINDS }).notNull(),
    country: text(),
    description: text(),
    parentId: integer().references((): any => actors.id, { onDelete: 'set null' }),
    status: text({ enum: ACTOR_STATUSES }).notNull().default('ACTIVE'),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [
    index('actors_status_idx').on(t.status, t.name),
    index('actors_kind_idx').on(t.kind, t.name),
    index('actors_country_idx').on(t.country, t.name),
    index('actors_parent_idx').on(t.parentId),
    index('actors_name_idx').on(t.name),
  ],
);

export const actorAliases = pgTable(
  'actor_aliases',
  {
    id: serialId(),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    kind: text({ enum: ALIAS_KINDS }).notNull().default('NAME'),
    normalized: text().notNull().unique(),
    phonetic: text().notNull(),
    sourceId: integer().references(() => sources.id),
  },
  (t) => [index('actor_aliases_actor_idx').on(t.actorId), index('actor_aliases_phonetic_idx').on(t.phonetic)],
);

export const actorRoles = pgTable(
  'actor_roles',
  {
    id: serialId(),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    organizationId: integer().references(() => actors.id),
    fromOn: text(),
    toOn: text(),
    sourceId: integer().references(() => sources.id),
  },
  (t) => [index('actor_roles_actor_idx').on(t.actorId), index('actor_roles_org_idx').on(t.organizationId)],
);

export const sources = pgTable(
  'sources',
  {
    id: serialId(),
    key: text().unique(),
    title: text().notNull(),
    outlet: text().notNull(),
    kind: text({ enum: SOURCE_KINDS }).notNull(),
    url: text(),
    publishedOn: text(),
    publishedPrecision: text({ enum: DATE_PRECISIONS }).notNull().default('DAY'),
    language: text().notNull().default('en'),
    body: text().notNull(),
    contentHash: text().notNull().unique(),
    outletId: integer().references((): any => outlets.id, { onDelete: 'set null' }),
    copyOfId: integer().references((): any => sources.id, { onDelete: 'set null' }),
    wireOutletId: integer().references((): any => outlets.id, { onDelete: 'set null' }),
    copyEvidence: text(),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [
    index('sources_published_idx').on(t.publishedOn, t.id),
    index('sources_outlet_idx').on(t.outlet),
    index('sources_url_idx').on(t.url),
    index('sources_outlet_record_idx').on(t.outletId),
    index('sources_copy_of_idx').on(t.copyOfId),
    index('sources_wire_idx').on(t.wireOutletId),
  ],
);

export const occasions = pgTable(
  'occasions',
  {
    id: serialId(),
    key: text().unique(),
    speakerId: integer()
      .notNull()
      .references(() => actors.id),
    saidOn: text().notNull(),
    datePrecision: text({ enum: DATE_PRECISIONS }).notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    venue: text(),
    url: text(),
    note: text(),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [index('occasions_speaker_idx').on(t.speakerId, t.saidOn), index('occasions_said_idx').on(t.saidOn)],
);

export const statements = pgTable(
  'statements',
  {
    id: serialId(),
    key: text().unique(),
    occasionId: integer()
      .notNull()
      .references(() => occasions.id),
    speakerId: integer()
      .notNull()
      .references(() => actors.id),
    saidOn: text().notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    text: text().notNull(),
    act: text({ enum: ACTS }).notNull(),
    intensity: doublePrecision().notNull(),
    conditional: boolean().notNull().default(false),
    roundId: integer().references(() => negotiationRounds.id, { onDelete: 'set null' }),
    status: text({ enum: STATEMENT_STATUSES }).notNull().default('PUBLISHED'),
    note: text(),
    createdAt: createdAt(),
    ...retraction(),
  },
  // Each list index ends with `status` so that a reader's counts need no row (see the SQLite schema).
  (t) => [
    index('statements_said_idx').on(t.saidOn, t.id, t.status),
    index('statements_speaker_idx').on(t.speakerId, t.saidOn, t.id, t.status),
    index('statements_round_idx').on(t.roundId, t.saidOn, t.id, t.status),
    index('statements_act_idx').on(t.act, t.saidOn, t.id, t.status),
    index('statements_channel_idx').on(t.channel, t.saidOn, t.id, t.status),
    index('statements_occasion_idx').on(t.occasionId),
    index('statements_created_idx').on(t.createdAt, t.id),
  ],
);

export const statementTargets = pgTable(
  'statement_targets',
  {
    statementId: integer()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.actorId] }), index('statement_targets_actor_idx').on(t.actorId)],
);

export const statementTopics = pgTable(
  'statement_topics',
  {
    statementId: integer()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    topic: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.topic] }), index('statement_topics_topic_idx').on(t.topic)],
);

export const quotes = pgTable(
  'quotes',
  {
    id: serialId(),
    statementId: integer()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
    text: text().notNull(),
    kind: text({ enum: QUOTE_KINDS }).notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    link: text({ enum: QUOTE_LINKS }).notNull().default('CONFIRMED'),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [
    index('quotes_statement_idx').on(t.statementId, t.id),
    index('quotes_source_idx').on(t.sourceId, t.start),
    uniqueIndex('quotes_span_unique').on(t.statementId, t.sourceId, t.start, t.end),
    check('quotes_span_check', sql`${sql.identifier('start')} >= 0 and ${sql.identifier('end')} > ${sql.identifier('start')}`),
  ],
);

export const quoteCandidates = pgTable('quote_candidates', {
  quoteId: integer()
    .primaryKey()
    .references(() => quotes.id, { onDelete: 'cascade' }),
  speakerText: text(),
  speakerStart: integer(),
  speakerEnd: integer(),
  speakerName: text(),
  resolution: text(),
  verb: text(),
  confidence: doublePrecision().notNull(),
  similarity: doublePrecision(),
  act: text({ enum: ACTS }),
  actConfidence: doublePrecision(),
  speakerKind: text(),
  problem: text(),
  createdAt: createdAt(),
});

export * from './schema-rounds.ts';
export * from './schema-claims.ts';
export * from './schema-audit.ts';
export * from './schema-sync.ts';
export * from './schema-watch.ts';
