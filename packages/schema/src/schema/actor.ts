import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { prepared } from '@parley/core';
import { actorAliases, actorRoles, actors, claimStances, demands, occasions, statements } from '@parley/core/tables';
import { normalizeName, phoneticKey } from '@parley/core';
import { sideOfActor } from '@parley/core';
import { badInput, userError } from '../errors.ts';
import { addAlias, slugify } from '@parley/core';
import { idOf, optionalIdOf } from '../ids.ts';
import { patchOf } from '@parley/core';
import { mustFind, write } from '@parley/core';
import { ActorKind, ActorStatus, AliasKind, Side } from './enums.ts';
import type { ParleyContext } from '../context.ts';
import { countryRule, nameRule, slugRule, textRule } from './inputs.ts';

export const Actor = builder.drizzleNode('actors', {
  name: 'Actor',
  id: { column: (a) => a.id },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ActorKind }),
    status: t.expose('status', { type: ActorStatus }),
    country: t.exposeString('country', { nullable: true, description: 'ISO-3166 alpha-2' }),
    description: t.exposeString('description', { nullable: true }),
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
      query: { orderBy: { id: 'asc' } },
    }),
    topTargets: t.field({
      type: [TargetCount],
      description: 'Whom this actor addresses most, by number of statements.',
      args: { first: t.arg.int({ defaultValue: 5, validate: z.number().int().min(1).max(50) }) },
      resolve: (a, args, ctx) =>
        prepared(
          ctx.db,
          `SELECT st.actor_id AS actorId, count(*) AS statements FROM statements s
           JOIN statement_targets st ON st.statement_id = s.id
           WHERE s.speaker_id = ? AND s.status = 'PUBLISHED' GROUP BY st.actor_id ORDER BY statements DESC, st.actor_id LIMIT ?`,
        ).all(a.id, args.first) as { actorId: number; statements: number }[],
    }),
    intensityTrend: t.field({
      type: [TrendPoint],
      description: "Mean intensity of this actor's statements per day.",
      resolve: (a, _args, ctx) =>
        prepared(
          ctx.db,
          `SELECT said_on AS day, count(*) AS statements, avg(intensity) AS meanIntensity FROM statements
           WHERE speaker_id = ? AND status = 'PUBLISHED' GROUP BY said_on ORDER BY said_on`,
        ).all(a.id) as { day: string; statements: number; meanIntensity: number }[],
    }),
  }),
});

const TargetCount = builder.objectRef<{ actorId: number; statements: number }>('TargetCount').implement({
  fields: (t) => ({
    actor: t.drizzleField({
      type: 'actors',
      resolve: (query, row, _args, ctx) =>
        ctx.db.query.actors.findFirst(query({ where: { id: row.actorId } })).then((a) => a!),
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
  fields: (t) => ({
    text: t.exposeString('text'),
    kind: t.expose('kind', { type: AliasKind }),
    source: t.relation('source', { nullable: true }),
  }),
});

builder.drizzleObject('actorRoles', {
  name: 'ActorRole',
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

/** Finds the actor a spelling names: exact normalized alias, then slug, then a unique transliteration match. */
export function resolveActorId(db: Parameters<typeof prepared>[0], name: string, includeProposed = false): number | null {
  const normalized = normalizeName(name);
  if (!normalized) return null;
  const statuses = includeProposed ? `('ACTIVE', 'PROPOSED')` : `('ACTIVE')`;
  const exact = prepared(db, `SELECT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.normalized = ? AND a.status IN ${statuses}`).get(normalized) as { id: number } | undefined;
  if (exact) return exact.id;
  const bySlug = prepared(db, `SELECT id FROM actors WHERE slug = ? AND status IN ${statuses}`).get(name.trim().toLowerCase()) as { id: number } | undefined;
  if (bySlug) return bySlug.id;
  const phonetic = prepared(db, `SELECT DISTINCT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.phonetic = ? AND a.status IN ${statuses} LIMIT 2`).all(phoneticKey(name)) as { id: number }[];
  return phonetic.length === 1 ? phonetic[0]!.id : null;
}

builder.queryFields((t) => ({
  actor: t.drizzleField({
    type: 'actors',
    nullable: true,
    args: { slug: t.arg.string({ required: true, validate: z.string().max(80) }) },
    resolve: (query, _root, args, ctx) => ctx.db.query.actors.findFirst(query({ where: { slug: args.slug } })),
  }),
  resolveActor: t.drizzleField({
    type: 'actors',
    nullable: true,
    description: 'The actor any alias or spelling names, ignoring case, diacritics, honorifics and common transliterations.',
    args: { name: t.arg.string({ required: true, validate: nameRule }) },
    resolve: (query, _root, args, ctx) => {
      const id = resolveActorId(ctx.db, args.name);
      return id === null ? null : ctx.db.query.actors.findFirst(query({ where: { id } }));
    },
  }),
  actors: t.drizzleConnection({
    type: 'actors',
    args: { filter: t.arg({ type: ActorFilter }) },
    totalCount: (_parent, args, ctx) => ctx.db.$count(actors, actorWhere(ctx, args.filter ?? {})(actors)).sync(),
    resolve: (query, _parent, args, ctx) => {
      const where = actorWhere(ctx, args.filter ?? {});
      return ctx.db.query.actors.findMany(query({ where: { RAW: (a) => where(a) }, orderBy: { name: 'asc', id: 'asc' } }));
    },
  },
  { name: 'ActorConnection' },
  { name: 'ActorEdge' }),
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
      parts.push(
        sql`${a.id} IN (SELECT actor_id FROM actor_aliases WHERE normalized LIKE ${`%${q.replace(/[%_]/g, '')}%`})`,
      );
    }
    return and(...parts)!;
  };
}

const AliasInput = builder.inputType('AliasInput', {
  fields: (t) => ({
    text: t.string({ required: true, validate: nameRule }),
    kind: t.field({ type: AliasKind, defaultValue: 'SPELLING' }),
  }),
});

const CreateActorInput = builder.inputType('CreateActorInput', {
  fields: (t) => ({
    slug: t.string({ validate: slugRule, description: 'Defaults to one made from the name.' }),
    name: t.string({ required: true, validate: nameRule }),
    kind: t.field({ type: ActorKind, required: true }),
    country: t.string({ validate: countryRule }),
    description: t.string({ validate: textRule }),
    parentId: t.id(),
    aliases: t.field({ type: [AliasInput], validate: z.array(z.any()).max(50, 'must list at most 50 aliases') }),
  }),
});

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  fields: (t) => ({
    name: t.string({ validate: nameRule }),
    kind: t.field({ type: ActorKind }),
    country: t.string({ validate: countryRule }),
    description: t.string({ validate: textRule }),
    parentId: t.id(),
  }),
});

const AddRoleInput = builder.inputType('AddActorRoleInput', {
  fields: (t) => ({
    actorId: t.id({ required: true }),
    title: t.string({ required: true, validate: nameRule }),
    organizationId: t.id(),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    sourceId: t.id(),
  }),
});

builder.mutationFields((t) => ({
  createActor: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateActorInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const id = write(ctx, ({ tx, log }) => {
        const parentId = optionalIdOf('Actor', input.parentId, 'input.parentId');
        if (parentId !== null) mustFind(tx, actors, parentId, 'input.parentId', 'actor');
        const slug = input.slug ?? uniqueSlug(tx, slugify(input.name));
        if (tx.select({ id: actors.id }).from(actors).where(eq(actors.slug, slug)).get()) {
          throw userError('CONFLICT', `input.slug: "${slug}" is taken`, 'input.slug');
        }
        const row = tx
          .insert(actors)
          .values({ slug, name: input.name, kind: input.kind, country: input.country ?? null, description: input.description ?? null, parentId })
          .returning()
          .get();
        addAlias(tx, row.id, input.name, 'NAME', null, 'input.name');
        (input.aliases ?? []).forEach((a, i) => addAlias(tx, row.id, a.text, a.kind ?? 'SPELLING', null, `input.aliases.${i}.text`));
        log('Actor', row.id, 'create', null, row);
        return row.id;
      });
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  updateActor: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateActorInput, required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = idOf('Actor', String(args.id), 'id');
      write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, actors, id, 'id', 'actor');
        const { input } = args;
        const parentId = input.parentId === undefined ? before.parentId : optionalIdOf('Actor', input.parentId, 'input.parentId');
        if (parentId === id) throw badInput('input.parentId', 'an actor cannot belong to itself');
        if (parentId !== null && parentId !== before.parentId) mustFind(tx, actors, parentId, 'input.parentId', 'actor');
        const patch = patchOf(input, ['name', 'kind'], { parentId: 'parentId' });
        patch.parentId = parentId;
        const after = tx.update(actors).set(patch).where(eq(actors.id, id)).returning().get();
        if (input.name) addAlias(tx, id, input.name, 'NAME', null, 'input.name');
        log('Actor', id, 'update', before, after);
      });
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  addActorAlias: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    args: {
      actorId: t.arg.id({ required: true }),
      text: t.arg.string({ required: true, validate: nameRule }),
      kind: t.arg({ type: AliasKind, defaultValue: 'SPELLING' }),
    },
    resolve: (query, _root, args, ctx) => {
      const id = idOf('Actor', String(args.actorId), 'actorId');
      write(ctx, ({ tx, log }) => {
        mustFind(tx, actors, id, 'actorId', 'actor');
        const alias = addAlias(tx, id, args.text, args.kind ?? 'SPELLING', null, 'text');
        if (alias) log('ActorAlias', alias.id, 'create', null, alias);
      });
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  addActorRole: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    args: { input: t.arg({ type: AddRoleInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const id = idOf('Actor', String(input.actorId), 'input.actorId');
      write(ctx, ({ tx, log }) => {
        mustFind(tx, actors, id, 'input.actorId', 'actor');
        const organizationId = optionalIdOf('Actor', input.organizationId, 'input.organizationId');
        if (organizationId !== null) mustFind(tx, actors, organizationId, 'input.organizationId', 'actor');
        const sourceId = optionalIdOf('Source', input.sourceId, 'input.sourceId');
        if (input.from && input.to && input.to < input.from) throw badInput('input.to', 'must not be before input.from');
        const role = tx
          .insert(actorRoles)
          .values({ actorId: id, title: input.title, organizationId, fromOn: input.from ?? null, toOn: input.to ?? null, sourceId })
          .returning()
          .get();
        log('ActorRole', role.id, 'create', null, role);
      });
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  mergeActors: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    description: "Folds `mergedId` into `survivorId`: its statements (with their quotes), stances, aliases, roles, demands and memberships move; the merged actor is deleted.",
    args: { survivorId: t.arg.id({ required: true }), mergedId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const survivorId = idOf('Actor', String(args.survivorId), 'survivorId');
      const mergedId = idOf('Actor', String(args.mergedId), 'mergedId');
      if (survivorId === mergedId) throw badInput('mergedId', 'must differ from survivorId');
      write(ctx, ({ tx, log }) => {
        const survivor = mustFind(tx, actors, survivorId, 'survivorId', 'actor');
        const merged = mustFind(tx, actors, mergedId, 'mergedId', 'actor');
        const moved = {
          statements: tx.update(statements).set({ speakerId: survivorId }).where(eq(statements.speakerId, mergedId)).run().changes,
          occasions: tx.update(occasions).set({ speakerId: survivorId }).where(eq(occasions.speakerId, mergedId)).run().changes,
          stances: tx.update(claimStances).set({ actorId: survivorId }).where(eq(claimStances.actorId, mergedId)).run().changes,
          aliases: tx.update(actorAliases).set({ actorId: survivorId }).where(eq(actorAliases.actorId, mergedId)).run().changes,
        };
        tx.update(actorRoles).set({ actorId: survivorId }).where(eq(actorRoles.actorId, mergedId)).run();
        tx.update(actorRoles).set({ organizationId: survivorId }).where(eq(actorRoles.organizationId, mergedId)).run();
        tx.update(demands).set({ byId: survivorId }).where(eq(demands.byId, mergedId)).run();
        tx.update(demands).set({ toId: survivorId }).where(eq(demands.toId, mergedId)).run();
        tx.update(actors).set({ parentId: survivorId }).where(and(eq(actors.parentId, mergedId), ne(actors.id, survivorId))).run();
        // Link tables have composite keys: re-point what does not collide, drop the duplicates.
        for (const [table, column] of [
          ['statement_targets', 'actor_id'],
          ['round_participants', 'actor_id'],
          ['process_mediators', 'actor_id'],
        ] as const) {
          tx.run(sql.raw(`UPDATE OR IGNORE ${table} SET ${column} = ${survivorId} WHERE ${column} = ${mergedId}`));
          tx.run(sql.raw(`DELETE FROM ${table} WHERE ${column} = ${mergedId}`));
        }
        if (survivor.parentId === mergedId) tx.update(actors).set({ parentId: merged.parentId }).where(eq(actors.id, survivorId)).run();
        tx.delete(actors).where(eq(actors.id, mergedId)).run();
        log('Actor', mergedId, 'merge', merged, { survivorId, moved });
        log('Actor', survivorId, 'merge-into', survivor, { mergedId, moved });
      });
      return ctx.db.query.actors.findFirst(query({ where: { id: survivorId } })).then((a) => a!);
    },
  }),
}));

function uniqueSlug(tx: Parameters<typeof mustFind>[0], base: string): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: actors.id }).from(actors).where(eq(actors.slug, slug)).get()) return slug;
  }
}
