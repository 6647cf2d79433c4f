// Parley's tables as drizzle-orm 0.33 declares them: the subset the peer serves, same SQL names, so the
// peer reads the very SQLite file Parley and the baseline read. Only columns the queries touch are declared.
import { relations } from 'drizzle-orm';
import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const actors = sqliteTable('actors', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  country: text('country'),
  description: text('description'),
  parentId: integer('parent_id'),
  status: text('status').notNull(),
});

export const actorAliases = sqliteTable('actor_aliases', {
  id: integer('id').primaryKey(),
  actorId: integer('actor_id').notNull(),
  text: text('text').notNull(),
  kind: text('kind').notNull(),
});

export const actorRoles = sqliteTable('actor_roles', {
  id: integer('id').primaryKey(),
  actorId: integer('actor_id').notNull(),
  title: text('title').notNull(),
  organizationId: integer('organization_id'),
});

export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey(),
  title: text('title').notNull(),
  outlet: text('outlet').notNull(),
  kind: text('kind').notNull(),
  publishedOn: text('published_on'),
});

export const negotiationRounds = sqliteTable('negotiation_rounds', {
  id: integer('id').primaryKey(),
  title: text('title').notNull(),
  status: text('status').notNull(),
});

export const statements = sqliteTable('statements', {
  id: integer('id').primaryKey(),
  speakerId: integer('speaker_id').notNull(),
  saidOn: text('said_on').notNull(),
  channel: text('channel').notNull(),
  text: text('text').notNull(),
  act: text('act').notNull(),
  intensity: real('intensity').notNull(),
  roundId: integer('round_id'),
  status: text('status').notNull(),
});

export const quotes = sqliteTable('quotes', {
  id: integer('id').primaryKey(),
  statementId: integer('statement_id').notNull(),
  sourceId: integer('source_id').notNull(),
  text: text('text').notNull(),
  kind: text('kind').notNull(),
  link: text('link').notNull(),
});

export const actorsRelations = relations(actors, ({ one, many }) => ({
  parent: one(actors, { fields: [actors.parentId], references: [actors.id], relationName: 'parent' }),
  members: many(actors, { relationName: 'parent' }),
  aliases: many(actorAliases),
  roles: many(actorRoles, { relationName: 'holder' }),
  statements: many(statements),
}));
export const actorAliasesRelations = relations(actorAliases, ({ one }) => ({
  actor: one(actors, { fields: [actorAliases.actorId], references: [actors.id] }),
}));
export const actorRolesRelations = relations(actorRoles, ({ one }) => ({
  actor: one(actors, { fields: [actorRoles.actorId], references: [actors.id], relationName: 'holder' }),
  organization: one(actors, { fields: [actorRoles.organizationId], references: [actors.id], relationName: 'organization' }),
}));
export const statementsRelations = relations(statements, ({ one, many }) => ({
  speaker: one(actors, { fields: [statements.speakerId], references: [actors.id] }),
  round: one(negotiationRounds, { fields: [statements.roundId], references: [negotiationRounds.id] }),
  quotes: many(quotes),
}));
export const quotesRelations = relations(quotes, ({ one }) => ({
  statement: one(statements, { fields: [quotes.statementId], references: [statements.id] }),
  source: one(sources, { fields: [quotes.sourceId], references: [sources.id] }),
}));
export const sourcesRelations = relations(sources, ({ many }) => ({ quotes: many(quotes) }));
export const roundsRelations = relations(negotiationRounds, ({ many }) => ({ statements: many(statements) }));
