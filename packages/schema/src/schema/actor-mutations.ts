import { z } from 'zod';
import { addActorAlias, addActorRole, createActor, mergeActors, updateActor } from '@parley/core';
import { builder } from '../builder.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { ActorKind, AliasKind } from './enums.ts';
import { countryRule, nameRule, slugRule, textRule } from './inputs.ts';

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
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createActor(ctx, { ...input, parentId: optionalIdOf('Actor', input.parentId, 'input.parentId') });
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  updateActor: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateActorInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Actor', String(args.id), 'id');
      const { parentId, ...rest } = args.input;
      await updateActor(ctx, id, { ...rest, parentId: parentId === undefined ? undefined : optionalIdOf('Actor', parentId, 'input.parentId') });
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
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Actor', String(args.actorId), 'actorId');
      await addActorAlias(ctx, id, args.text, args.kind);
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  addActorRole: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    args: { input: t.arg({ type: AddRoleInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf('Actor', String(input.actorId), 'input.actorId');
      const { actorId: _actorId, organizationId, sourceId, ...rest } = input;
      await addActorRole(ctx, id, {
        ...rest,
        organizationId: optionalIdOf('Actor', organizationId, 'input.organizationId'),
        sourceId: optionalIdOf('Source', sourceId, 'input.sourceId'),
      });
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
  mergeActors: t.drizzleField({
    type: 'actors',
    authScopes: { editor: true },
    description:
      'Folds `mergedId` into `survivorId`: its statements (with their quotes), stances, aliases, roles, demands and memberships move; the merged actor is deleted.',
    args: { survivorId: t.arg.id({ required: true }), mergedId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const survivorId = await mergeActors(ctx, idOf('Actor', String(args.survivorId), 'survivorId'), idOf('Actor', String(args.mergedId), 'mergedId'));
      return ctx.db.query.actors.findFirst(query({ where: { id: survivorId } })).then((a) => a!);
    },
  }),
}));
