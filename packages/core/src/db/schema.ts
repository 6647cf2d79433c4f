// Tables for the whole domain in DESIGN.md. Column names are camelCase here and snake_case in SQLite
// (snakeCase.table maps them, so raw SQL and drizzle-kit agree without a casing option).
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, snakeCase, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import {
  ACTOR_KINDS,
  ACTOR_STATUSES,
  ACTS,
  ALIAS_KINDS,
  CHANNELS,
  DATE_PRECISIONS,
  DEMAND_STATUSES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  QUOTE_KINDS,
  QUOTE_LINKS,
  ROUND_OUTCOMES,
  ROUND_STATUSES,
  SOURCE_KINDS,
  STANCES,
  STATEMENT_STATUSES,
  TOKEN_ROLES,
} from '../domain/enums.ts';
import { outlets } from './schema-web.ts';

export * from './schema-web.ts';

const sqliteTable = snakeCase.table;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const createdAt = () => text().notNull().default(now);

/**
 * A retraction keeps the row for the record and takes it out of every public read: who, when and why.
 * Spread into each table a curator can create.
 */
const retraction = () => ({
  retractedAt: text(),
  retractedBy: text(),
  retractionReason: text(),
});

export const actors = sqliteTable(
  'actors',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const actorAliases = sqliteTable(
  'actor_aliases',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: integer()
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    kind: text({ enum: ALIAS_KINDS }).notNull().default('NAME'),
    // Case-, diacritic- and honorific-free form: two actors can never share one.
    normalized: text().notNull().unique(),
    // Transliteration-tolerant key (Khawaja ≈ Khwaja); not unique, used as a fallback match.
    phonetic: text().notNull(),
    sourceId: integer().references(() => sources.id),
  },
  (t) => [index('actor_aliases_actor_idx').on(t.actorId), index('actor_aliases_phonetic_idx').on(t.phonetic)],
);

export const actorRoles = sqliteTable(
  'actor_roles',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const sources = sqliteTable(
  'sources',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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
    // The outlet as a record (domain, group, kind); `outlet` stays the name as printed.
    outletId: integer().references((): any => outlets.id, { onDelete: 'set null' }),
    // An earlier source this one republishes (shared passages), always the original, never a copy.
    copyOfId: integer().references((): any => sources.id, { onDelete: 'set null' }),
    // The wire agency this copy credits in its dateline or byline.
    wireOutletId: integer().references((): any => outlets.id, { onDelete: 'set null' }),
    /** Why it was judged a copy: the credit found, or the share of passages and the source they match. */
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

export const occasions = sqliteTable(
  'occasions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const negotiationProcesses = sqliteTable('negotiation_processes', {
  id: integer().primaryKey({ autoIncrement: true }),
  key: text().unique(),
  name: text().notNull(),
  description: text(),
  createdAt: createdAt(),
});

export const processMediators = sqliteTable(
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

export const negotiationRounds = sqliteTable(
  'negotiation_rounds',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const roundParticipants = sqliteTable(
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

export const roundUpdates = sqliteTable(
  'round_updates',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const demands = sqliteTable(
  'demands',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const statements = sqliteTable(
  'statements',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    key: text().unique(),
    occasionId: integer()
      .notNull()
      .references(() => occasions.id),
    // Copied from the occasion so that feed filters and orderings are served by one index each.
    speakerId: integer()
      .notNull()
      .references(() => actors.id),
    saidOn: text().notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    text: text().notNull(),
    act: text({ enum: ACTS }).notNull(),
    intensity: real().notNull(),
    conditional: integer({ mode: 'boolean' }).notNull().default(false),
    roundId: integer().references(() => negotiationRounds.id, { onDelete: 'set null' }),
    status: text({ enum: STATEMENT_STATUSES }).notNull().default('PUBLISHED'),
    note: text(),
    createdAt: createdAt(),
    ...retraction(),
  },
  (t) => [
    index('statements_said_idx').on(t.saidOn, t.id),
    index('statements_speaker_idx').on(t.speakerId, t.saidOn, t.id),
    index('statements_round_idx').on(t.roundId, t.saidOn, t.id),
    index('statements_act_idx').on(t.act, t.saidOn, t.id),
    index('statements_channel_idx').on(t.channel, t.saidOn, t.id),
    index('statements_occasion_idx').on(t.occasionId),
    index('statements_created_idx').on(t.createdAt, t.id),
  ],
);

export const statementTargets = sqliteTable(
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

export const statementTopics = sqliteTable(
  'statement_topics',
  {
    statementId: integer()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    topic: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.topic] }), index('statement_topics_topic_idx').on(t.topic)],
);

export const quotes = sqliteTable(
  'quotes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

/** What the extractor said about a quote it proposed: kept beside the quote for the reviewer. */
export const quoteCandidates = sqliteTable('quote_candidates', {
  quoteId: integer()
    .primaryKey()
    .references(() => quotes.id, { onDelete: 'cascade' }),
  speakerText: text(),
  speakerStart: integer(),
  speakerEnd: integer(),
  speakerName: text(),
  resolution: text(), // how the speaker was matched: exact, transliteration, surname, title, proposed
  verb: text(),
  confidence: real().notNull(),
  // Similarity to the statement it was linked to as a variant; null when it proposed a new statement.
  similarity: real(),
  // What the extractor proposed, kept beside what the reviewer settles on the statement itself.
  act: text({ enum: ACTS }),
  actConfidence: real(),
  speakerKind: text(), // PERSON, BODY, GROUP, UNNAMED, or MANUAL for a quote a reviewer added by selection
  // Why the candidate could not be stored as proposed (a name conflict resolved to a known actor, …).
  problem: text(),
  createdAt: createdAt(),
});

export const events = sqliteTable(
  'events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const eventLocations = sqliteTable(
  'event_locations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    place: text(),
    province: text(),
    country: text().notNull(),
  },
  (t) => [index('event_locations_event_idx').on(t.eventId), index('event_locations_province_idx').on(t.province)],
);

export const claims = sqliteTable(
  'claims',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const claimStances = sqliteTable(
  'claim_stances',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const discrepancies = sqliteTable('discrepancies', {
  id: integer().primaryKey({ autoIncrement: true }),
  key: text().unique(),
  subject: text().notNull(),
  field: text().notNull(),
  note: text(),
  ...retraction(),
});

export const discrepancyVersions = sqliteTable(
  'discrepancy_versions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
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

export const apiTokens = sqliteTable('api_tokens', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  role: text({ enum: TOKEN_ROLES }).notNull(),
  // SHA-256 of the secret: the secret itself is shown once and never stored.
  tokenHash: text().notNull().unique(),
  createdAt: createdAt(),
  revokedAt: text(),
});

export const changes = sqliteTable(
  'changes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: createdAt(),
    tokenId: integer().references(() => apiTokens.id),
    who: text().notNull(),
    entity: text().notNull(),
    entityId: integer().notNull(),
    action: text().notNull(),
    before: text({ mode: 'json' }),
    after: text({ mode: 'json' }),
  },
  (t) => [index('changes_entity_idx').on(t.entity, t.entityId, t.id), index('changes_at_idx').on(t.at, t.id)],
);

/**
 * Idempotency keys of writes: the key is claimed inside the write's own transaction, so a retried request can
 * tell a committed write from one that never happened; the answer is kept beside it to be replayed.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    key: text().notNull(),
    // Who sent it: keys are per writer, so two clients cannot collide or read each other's answers.
    who: text().notNull(),
    response: text(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.who, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

export * from './schema-sync.ts';
export * from './schema-watch.ts';
