import { and, eq, ne, sql } from 'drizzle-orm';
import { actorAliases, actorRoles, actors, claimStances, demands, occasions, sources, statements } from '../db/schema.ts';
import type { ActorKind, ActorStatus, AliasKind } from '../domain/enums.ts';
import { badInput, userError } from '../errors.ts';
import { addAlias, slugify } from '../write/aliases.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, optionalRef, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

// Name resolution is a read, but ingestion resolves names inside its writes: one resolver for both.
export { findActorByName, type FindActorOptions } from '../domain/actor-lookup.ts';

export interface AliasFields {
  text: string;
  kind?: AliasKind | null;
  sourceId?: number | null;
}

export interface RoleFields {
  title: string;
  organizationId?: number | null;
  from?: string | null;
  to?: string | null;
  sourceId?: number | null;
}

export interface ActorFields {
  /** Defaults to one made from the name, numbered until it is free. */
  slug?: string | null;
  name: string;
  kind: ActorKind;
  country?: string | null;
  description?: string | null;
  parentId?: number | null;
  status?: ActorStatus | null;
  aliases?: readonly AliasFields[] | null;
  roles?: readonly RoleFields[] | null;
}

export type ActorRow = typeof actors.$inferSelect;
export type ActorRoleRow = typeof actorRoles.$inferSelect;

function uniqueSlug(tx: Tx, base: string): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: actors.id }).from(actors).where(eq(actors.slug, slug)).get()) return slug;
  }
}

/**
 * Inserts an actor inside a running write: its name becomes its first alias, then the other spellings, then
 * its roles. A spelling that already names another actor fails the whole write.
 */
export function insertActor(scope: WriteScope, input: ActorFields, field = 'input', action = 'create'): ActorRow {
  const { tx, log } = scope;
  const parentId = optionalRef(tx, actors, input.parentId, `${field}.parentId`, 'actor');
  const slug = input.slug ?? uniqueSlug(tx, slugify(input.name));
  if (tx.select({ id: actors.id }).from(actors).where(eq(actors.slug, slug)).get()) {
    throw userError('CONFLICT', `${field}.slug: "${slug}" is taken`, `${field}.slug`);
  }
  const row = tx
    .insert(actors)
    .values({
      slug,
      name: input.name,
      kind: input.kind,
      country: input.country ?? null,
      description: input.description ?? null,
      parentId,
      status: input.status ?? 'ACTIVE',
    })
    .returning()
    .get();
  addAlias(tx, row.id, input.name, 'NAME', null, `${field}.name`);
  (input.aliases ?? []).forEach((a, i) => addAlias(tx, row.id, a.text, a.kind ?? 'SPELLING', a.sourceId ?? null, `${field}.aliases.${i}.text`));
  log('Actor', row.id, action, null, row);
  (input.roles ?? []).forEach((r, i) => insertActorRole(scope, row.id, r, `${field}.roles.${i}`, action));
  return row;
}

export const createActor = (ctx: CommandContext, input: ActorFields): number => write(ctx, (scope) => insertActor(scope, input).id);

export type ActorPatch = Partial<{
  name: string | null;
  kind: ActorKind | null;
  country: string | null;
  description: string | null;
  parentId: number | null;
}>;

/** Changes an actor; a new name is also kept as an alias, so the old and new spellings both resolve. */
export function updateActor(ctx: CommandContext, id: number, input: ActorPatch): number {
  return write(ctx, ({ tx, log }) => {
    const before = mustFind(tx, actors, id, 'id', 'actor');
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    if (parentId === id) throw badInput('input.parentId', 'an actor cannot belong to itself');
    if (parentId !== null && parentId !== before.parentId) mustFind(tx, actors, parentId, 'input.parentId', 'actor');
    const patch = patchOf(input, ['name', 'kind']);
    patch.parentId = parentId;
    const after = tx.update(actors).set(patch).where(eq(actors.id, id)).returning().get();
    if (input.name) addAlias(tx, id, input.name, 'NAME', null, 'input.name');
    log('Actor', id, 'update', before, after);
    return id;
  });
}

/** Adds a spelling; the id of the new alias, or null when the actor already had it. */
export function addActorAlias(ctx: CommandContext, actorId: number, text: string, kind?: AliasKind | null, sourceId?: number | null): number | null {
  return write(ctx, ({ tx, log }) => {
    mustFind(tx, actors, actorId, 'actorId', 'actor');
    const alias = addAlias(tx, actorId, text, kind ?? 'SPELLING', sourceId ?? null, 'text');
    if (alias) log('ActorAlias', alias.id, 'create', null, alias);
    return alias?.id ?? null;
  });
}

/** Inserts a role of an existing actor inside a running write. */
export function insertActorRole({ tx, log }: WriteScope, actorId: number, input: RoleFields, field = 'input', action = 'create'): ActorRoleRow {
  const organizationId = optionalRef(tx, actors, input.organizationId, `${field}.organizationId`, 'actor');
  if (input.from && input.to && input.to < input.from) throw badInput(`${field}.to`, `must not be before ${field}.from`);
  const sourceId = optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const role = tx
    .insert(actorRoles)
    .values({ actorId, title: input.title, organizationId, fromOn: input.from ?? null, toOn: input.to ?? null, sourceId })
    .returning()
    .get();
  log('ActorRole', role.id, action, null, role);
  return role;
}

/** Adds a role to an actor; the id of the new role. */
export function addActorRole(ctx: CommandContext, actorId: number, input: RoleFields): number {
  return write(ctx, (scope) => {
    mustFind(scope.tx, actors, actorId, 'input.actorId', 'actor');
    return insertActorRole(scope, actorId, input).id;
  });
}

const MERGE_AFFECTS: [string, string][] = [
  ['Statement', 'SELECT id FROM statements WHERE speaker_id = ? UNION SELECT statement_id FROM statement_targets WHERE actor_id = ?'],
  ['Demand', 'SELECT id FROM demands WHERE by_id = ? OR to_id = ?'],
  ['Claim', 'SELECT claim_id AS id FROM claim_stances WHERE actor_id = ?'],
  ['NegotiationRound', 'SELECT round_id AS id FROM round_participants WHERE actor_id = ?'],
  ['Actor', 'SELECT id FROM actors WHERE parent_id = ? UNION SELECT actor_id FROM actor_roles WHERE organization_id = ?'],
];

/**
 * Folds `mergedId` into `survivorId`: statements, occasions, stances, aliases, roles, demands, memberships and
 * link rows move to the survivor, and the merged actor is deleted. Returns the survivor's id.
 */
export function mergeActors(ctx: CommandContext, survivorId: number, mergedId: number): number {
  if (survivorId === mergedId) throw badInput('mergedId', 'must differ from survivorId');
  return write(ctx, ({ tx, log, touch }) => {
    const survivor = mustFind(tx, actors, survivorId, 'survivorId', 'actor');
    const merged = mustFind(tx, actors, mergedId, 'mergedId', 'actor');
    // Records that name the merged actor change their public form (the sync feed must say so).
    for (const [entity, query] of MERGE_AFFECTS) {
      for (const row of tx.all<{ id: number }>(sql.raw(query.replaceAll('?', String(mergedId))))) touch(entity, row.id);
    }
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
    tx.update(actors)
      .set({ parentId: survivorId })
      .where(and(eq(actors.parentId, mergedId), ne(actors.id, survivorId)))
      .run();
    // Link tables have composite keys: re-point what does not collide, drop the duplicates.
    for (const [table, column] of [
      ['statement_targets', 'actor_id'],
      ['round_participants', 'actor_id'],
      ['process_mediators', 'actor_id'],
    ] as const) {
      tx.run(sql`UPDATE OR IGNORE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${survivorId} WHERE ${sql.identifier(column)} = ${mergedId}`);
      tx.run(sql`DELETE FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${mergedId}`);
    }
    if (survivor.parentId === mergedId) tx.update(actors).set({ parentId: merged.parentId }).where(eq(actors.id, survivorId)).run();
    tx.delete(actors).where(eq(actors.id, mergedId)).run();
    log('Actor', mergedId, 'merge', merged, { survivorId, moved });
    log('Actor', survivorId, 'merge-into', survivor, { mergedId, moved });
    return survivorId;
  });
}
