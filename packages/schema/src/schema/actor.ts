import { and, sql } from 'drizzle-orm';
import { z } from 'zod';
import { findActorByName, normalizeName, queryRows, sideOfActor } from '@parley/core';
import { actors } from '@parley/core/tables';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import type { ParleyContext } from '../context.ts';
import { userError } from '../errors.ts';
import { ActorKind, ActorStatus, AliasKind, Side } from './enums.ts';
import { countryRule, nameRule } from './inputs.ts';

const _Actor = builder.drizzleNode('actors', {
  name: 'Actor',
  id: { column: (a) => a.id },
  // Only the columns a document selects, and always status, which the visibility rule reads.
  select: { columns: { status: true } },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ActorKind }),
    status: t.expose('status', { type: ActorStatus }),
    country: t.exposeString('country', { nullable: true, description: 'ISO-3166 alpha-2' }),
    description: t.string({ nullable: true, ...citedTextField('description') }),
    citations: t.field(citationsField('description')),
    parent: t.relation('parent', { nullable: true, description: 'The body this actor belongs to.' }),
    members: t.relation('members', { query: { orderBy: { name: 'asc' } } }),
    aliases: t.relation('aliases', { query: { orderBy: { id: 'asc' } } }),
    roles: t.relation('roles', { query: { orderBy: { id: 'asc' } } }),
    side: t.field({
      type: Side,
      select: { extras: { side: (a) => sideOfActor(a.id) } },
      resolve: (a) => a.side as 'PK' | 'AF' | 'MEDIATORS' | 'OTHERS',
    }),
    statements: t.relatedConnection('statements', {
      query: { where: { status: 'PUBLISHED' }, orderBy: { saidOn: 'desc', id: 'desc' } },
      totalCount: true,
    }),
    stances: t.relation('stances', {
      description: 'The claims this actor asserts, denies or disputes.',
      query: { where: { retractedAt: { isNull: true } }, orderBy: { id: 'asc' } },
    }),
    topTargets: t.field({
      type: [TargetCount],
      description: 'Whom this actor addresses most, by number of statements.',
      args: { first: t.arg.int({ defaultValue: 5, validate: z.number().int().min(1).max(50) }) },
      select: { columns: { id: true } },
      resolve: (a, args, ctx) =>
        queryRows<{ actorId: number; statements: number }>(
          ctx.db,
          `SELECT st.actor_id AS "actorId", count(*) AS statements FROM statements s
           JOIN statement_targets st ON st.statement_id = s.id
           WHERE s.speaker_id = ? AND s.status = 'PUBLISHED' GROUP BY st.actor_id ORDER BY statements DESC, st.actor_id LIMIT ?`,
          a.id,
          args.first,
        ),
    }),
    intensityTrend: t.field({
      type: [TrendPoint],
      description: "Mean intensity of this actor's statements per day.",
      select: { columns: { id: true } },
      resolve: (a, _args, ctx) =>
        queryRows<{ day: string; statements: number; meanIntensity: number }>(
          ctx.db,
          `SELECT said_on AS day, count(*) AS statements, avg(CAST(intensity AS DOUBLE PRECISION)) AS "meanIntensity" FROM statements
           WHERE speaker_id = ? AND status = 'PUBLISHED' GROUP BY said_on ORDER BY said_on`,
          a.id,
        ),
    }),
  }),
});

const TargetCount = builder.objectRef<{ actorId: number; statements: number }>('TargetCount').implement({
  fields: (t) => ({
    actor: t.drizzleField({
      type: 'actors',
      resolve: (query, row, _args, ctx) => ctx.db.query.actors.findFirst(query({ where: { id: row.actorId } })).then((a) => a!),
    }),
    statements: t.exposeInt('statements'),
  }),
});

export const TrendPoint = builder.objectRef<{ day: string; statements: number; meanIntensity: number }>('TrendPoint').implement({
  fields: (t) => ({
    day: t.expose('day', { type: 'Date' }),
    statements: t.exposeInt('statements'),
    meanIntensity: t.exposeFloat('meanIntensity'),
  }),
});

builder.drizzleObject('actorAliases', {
  name: 'ActorAlias',
  select: {},
  fields: (t) => ({
    text: t.exposeString('text'),
    kind: t.expose('kind', { type: AliasKind }),
    source: t.relation('source', { nullable: true }),
  }),
});

builder.drizzleObject('actorRoles', {
  name: 'ActorRole',
  select: {},
  fields: (t) => ({
    title: t.exposeString('title'),
    organization: t.relation('organization', { nullable: true }),
    from: t.expose('fromOn', { type: 'Date', nullable: true }),
    to: t.expose('toOn', { type: 'Date', nullable: true }),
    source: t.relation('source', { nullable: true }),
  }),
});

const ActorFilter = builder.inputType('ActorFilter', {
  fields: (t) => ({
    kind: t.field({ type: ActorKind }),
    country: t.string({ validate: countryRule }),
    query: t.string({ description: 'Matches any alias, ignoring case, diacritics and honorifics.', validate: z.string().max(200) }),
    status: t.field({ type: ActorStatus, description: 'Default ACTIVE; PROPOSED actors (from ingestion) need a token.' }),
  }),
});

builder.queryFields((t) => ({
  actor: t.drizzleField({
    type: 'actors',
    nullable: true,
    args: { slug: t.arg.string({ required: true, validate: z.string().max(80) }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.actors.findFirst(query({ where: { slug: args.slug, ...(ctx.viewer ? {} : { status: { ne: 'RETRACTED' as const } }) } })),
  }),
  resolveActor: t.drizzleField({
    type: 'actors',
    nullable: true,
    description: 'The actor any alias or spelling names, ignoring case, diacritics, honorifics and common transliterations.',
    args: { name: t.arg.string({ required: true, validate: nameRule }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await findActorByName(ctx.db, args.name);
      return id === null ? null : ctx.db.query.actors.findFirst(query({ where: { id } }));
    },
  }),
  actors: t.drizzleConnection(
    {
      type: 'actors',
      args: { filter: t.arg({ type: ActorFilter }) },
      totalCount: (_parent, args, ctx) => ctx.db.$count(actors, actorWhere(ctx, args.filter ?? {})(actors)),
      resolve: (query, _parent, args, ctx) => {
        const where = actorWhere(ctx, args.filter ?? {});
        return ctx.db.query.actors.findMany(query({ where: { RAW: (a) => where(a) }, orderBy: { name: 'asc', id: 'asc' } }));
      },
    },
    { name: 'ActorConnection' },
    { name: 'ActorEdge' },
  ),
}));

function actorWhere(ctx: ParleyContext, filter: { kind?: string | null; country?: string | null; query?: string | null; status?: string | null }) {
  if (filter.status === 'PROPOSED' && !ctx.viewer) {
    throw userError('UNAUTHENTICATED', 'filter.status: proposed actors need a token', 'filter.status');
  }
  return (a: typeof actors) => {
    const parts = [sql`${a.status} = ${filter.status ?? 'ACTIVE'}`];
    if (filter.kind) parts.push(sql`${a.kind} = ${filter.kind}`);
    if (filter.country) parts.push(sql`${a.country} = ${filter.country}`);
    if (filter.query) {
      const q = normalizeName(filter.query);
      parts.push(sql`${a.id} IN (SELECT actor_id FROM actor_aliases WHERE normalized LIKE ${`%${q.replace(/[%_]/g, '')}%`})`);
    }
    return and(...parts)!;
  };
}
