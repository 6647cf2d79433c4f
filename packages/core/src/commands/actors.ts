import { and, eq, ne, sql } from 'drizzle-orm';
import { queryRows } from '../db/engine.ts';
import {
  actorAliases,
  actorRoles,
  actors,
  claimStances,
  demands,
  occasions,
  processMediators,
  roundParticipants,
  sources,
  statements,
  statementTargets,
} from '../db/schema.ts';
import type { ActorKind, ActorStatus, AliasKind } from '../domain/enums.ts';
import { badInput, userError } from '../errors.ts';
import { addAlias, slugify } from '../write/aliases.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, optionalRef, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

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

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(tx, slug))) return slug;
  }
}

const slugTaken = async (tx: Tx, slug: string) => !!(await first(tx.select({ id: actors.id }).from(actors).where(eq(actors.slug, slug)).limit(1)));

/**
 * Inserts an actor inside a running write: its name becomes its first alias, then the other spellings, then
 * its roles. A spelling that already names another actor fails the whole write.
 */
export async function insertActor(scope: WriteScope, input: ActorFields, field = 'input', action = 'create'): Promise<ActorRow> {
  const { tx, log } = scope;
  const parentId = await optionalRef(tx, actors, input.parentId, `${field}.parentId`, 'actor');
  const slug = input.slug ?? (await uniqueSlug(tx, slugify(input.name)));
  if (await slugTaken(tx, slug)) {
    throw userError('CONFLICT', `${field}.slug: "${slug}" is taken`, `${field}.slug`);
  }
  const row = (await first(
    tx
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
      .returning(),
  ))!;
  await addAlias(tx, row.id, input.name, 'NAME', null, `${field}.name`);
  for (const [i, a] of (input.aliases ?? []).entries()) {
    await addAlias(tx, row.id, a.text, a.kind ?? 'SPELLING', a.sourceId ?? null, `${field}.aliases.${i}.text`);
  }
  log('Actor', row.id, action, null, row);
  for (const [i, r] of (input.roles ?? []).entries()) await insertActorRole(scope, row.id, r, `${field}.roles.${i}`, action);
  return row;
}

export const createActor = async (ctx: CommandContext, input: ActorFields): Promise<number> =>
  write(ctx, async (scope) => (await insertActor(scope, input)).id);

export type ActorPatch = Partial<{
  name: string | null;
  kind: ActorKind | null;
  country: string | null;
  description: string | null;
  parentId: number | null;
}>;

/** Changes an actor; a new name is also kept as an alias, so the old and new spellings both resolve. */
export async function updateActor(ctx: CommandContext, id: number, input: ActorPatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, actors, id, 'id', 'actor');
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    if (parentId === id) throw badInput('input.parentId', 'an actor cannot belong to itself');
    if (parentId !== null && parentId !== before.parentId) await mustFind(tx, actors, parentId, 'input.parentId', 'actor');
    const patch = patchOf(input, ['name', 'kind']);
    patch.parentId = parentId;
    const after = await first(tx.update(actors).set(patch).where(eq(actors.id, id)).returning());
    if (input.name) await addAlias(tx, id, input.name, 'NAME', null, 'input.name');
    log('Actor', id, 'update', before, after);
    return id;
  });
}

/** Adds a spelling; the id of the new alias, or null when the actor already had it. */
export async function addActorAlias(
  ctx: CommandContext,
  actorId: number,
  text: string,
  kind?: AliasKind | null,
  sourceId?: number | null,
): Promise<number | null> {
  return write(ctx, async ({ tx, log }) => {
    await mustFind(tx, actors, actorId, 'actorId', 'actor');
    const alias = await addAlias(tx, actorId, text, kind ?? 'SPELLING', sourceId ?? null, 'text');
    if (alias) log('ActorAlias', alias.id, 'create', null, alias);
    return alias?.id ?? null;
  });
}

/** Inserts a role of an existing actor inside a running write. */
export async function insertActorRole({ tx, log }: WriteScope, actorId: number, input: RoleFields, field = 'input', action = 'create'): Promise<ActorRoleRow> {
  const organizationId = await optionalRef(tx, actors, input.organizationId, `${field}.organizationId`, 'actor');
  if (input.from && input.to && input.to < input.from) throw badInput(`${field}.to`, `must not be before ${field}.from`);
  const sourceId = await optionalRef(tx, sources, input.sourceId, `${field}.sourceId`, 'source');
  const role = (await first(
    tx
      .insert(actorRoles)
      .values({ actorId, title: input.title, organizationId, fromOn: input.from ?? null, toOn: input.to ?? null, sourceId })
      .returning(),
  ))!;
  log('ActorRole', role.id, action, null, role);
  return role;
}

/** Adds a role to an actor; the id of the new role. */
export async function addActorRole(ctx: CommandContext, actorId: number, input: RoleFields): Promise<number> {
  return write(ctx, async (scope) => {
    await mustFind(scope.tx, actors, actorId, 'input.actorId', 'actor');
    return (await insertActorRole(scope, actorId, input)).id;
  });
}

const MERGE_AFFECTS: [string, string][] = [
  ['Statement', 'SELECT id FROM statements WHERE speaker_id = ? UNION SELECT statement_id FROM statement_targets WHERE actor_id = ?'],
  ['Demand', 'SELECT id FROM demands WHERE by_id = ? OR to_id = ?'],
  ['Claim', 'SELECT claim_id AS id FROM claim_stances WHERE actor_id = ?'],
  ['NegotiationRound', 'SELECT round_id AS id FROM round_participants WHERE actor_id = ?'],
  ['Actor', 'SELECT id FROM actors WHERE parent_id = ? UNION SELECT actor_id FROM actor_roles WHERE organization_id = ?'],
];

// Link tables have composite keys (actor_id and these columns): a merged actor's row whose other columns the
// survivor already has would collide when re-pointed, so it is dropped first.
const LINKS = [
  { table: statementTargets, actorId: statementTargets.actorId, others: [['statement_id', statementTargets.statementId]] },
  {
    table: roundParticipants,
    actorId: roundParticipants.actorId,
    others: [
      ['round_id', roundParticipants.roundId],
      ['role', roundParticipants.role],
    ],
  },
  { table: processMediators, actorId: processMediators.actorId, others: [['process_id', processMediators.processId]] },
] as const;

/** Counts the rows an update touched, on either engine. */
const count = async (rows: PromiseLike<unknown[]>) => (await rows).length;

/**
 * Folds `mergedId` into `survivorId`: statements, occasions, stances, aliases, roles, demands, memberships and
 * link rows move to the survivor, and the merged actor is deleted. Returns the survivor's id.
 */
export async function mergeActors(ctx: CommandContext, survivorId: number, mergedId: number): Promise<number> {
  if (survivorId === mergedId) throw badInput('mergedId', 'must differ from survivorId');
  return write(ctx, async ({ tx, log, touch }) => {
    const survivor = await mustFind(tx, actors, survivorId, 'survivorId', 'actor');
    const merged = await mustFind(tx, actors, mergedId, 'mergedId', 'actor');
    // Records that name the merged actor change their public form (the sync feed must say so).
    for (const [entity, query] of MERGE_AFFECTS) {
      const params = Array.from(query.matchAll(/\?/g), () => mergedId);
      for (const row of await queryRows<{ id: number }>(tx, query, ...params)) touch(entity, row.id);
    }
    const moved = {
      statements: await count(tx.update(statements).set({ speakerId: survivorId }).where(eq(statements.speakerId, mergedId)).returning({ id: statements.id })),
      occasions: await count(tx.update(occasions).set({ speakerId: survivorId }).where(eq(occasions.speakerId, mergedId)).returning({ id: occasions.id })),
      stances: await count(tx.update(claimStances).set({ actorId: survivorId }).where(eq(claimStances.actorId, mergedId)).returning({ id: claimStances.id })),
      aliases: await count(tx.update(actorAliases).set({ actorId: survivorId }).where(eq(actorAliases.actorId, mergedId)).returning({ id: actorAliases.id })),
    };
    await tx.update(actorRoles).set({ actorId: survivorId }).where(eq(actorRoles.actorId, mergedId));
    await tx.update(actorRoles).set({ organizationId: survivorId }).where(eq(actorRoles.organizationId, mergedId));
    await tx.update(demands).set({ byId: survivorId }).where(eq(demands.byId, mergedId));
    await tx.update(demands).set({ toId: survivorId }).where(eq(demands.toId, mergedId));
    await tx
      .update(actors)
      .set({ parentId: survivorId })
      .where(and(eq(actors.parentId, mergedId), ne(actors.id, survivorId)));
    // Link tables have composite keys: drop the rows that would duplicate one of the survivor's, re-point the rest.
    for (const { table, actorId, others } of LINKS) {
      const same = sql.join(
        others.map(([name, column]) => sql`o.${sql.identifier(name)} = ${column}`),
        sql` AND `,
      );
      const survivorHas = sql`EXISTS (SELECT 1 FROM ${table} o WHERE o.actor_id = ${survivorId} AND ${same})`;
      await tx.delete(table).where(and(eq(actorId, mergedId), survivorHas));
      await tx.update(table).set({ actorId: survivorId }).where(eq(actorId, mergedId));
    }
    if (survivor.parentId === mergedId) await tx.update(actors).set({ parentId: merged.parentId }).where(eq(actors.id, survivorId));
    await tx.delete(actors).where(eq(actors.id, mergedId));
    log('Actor', mergedId, 'merge', merged, { survivorId, moved });
    log('Actor', survivorId, 'merge-into', survivor, { mergedId, moved });
    return survivorId;
  });
}
