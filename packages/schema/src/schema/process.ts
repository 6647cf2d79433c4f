import { createProcess, updateProcess } from '@parley/core';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { idOf } from '../ids.ts';
import { idListRule, nameRule, textRule } from './inputs.ts';

builder.drizzleNode('negotiationProcesses', {
  name: 'NegotiationProcess',
  id: { column: (p) => p.id },
  description: 'A track of talks, such as the Doha–Istanbul process.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    name: t.exposeString('name'),
    description: t.string({ nullable: true, ...citedTextField('description') }),
    citations: t.field(citationsField('description')),
    mediators: t.relation('mediators', { query: { orderBy: { name: 'asc' } } }),
    rounds: t.relation('rounds', { query: { orderBy: { sequence: 'asc', id: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  processes: t.drizzleField({
    type: ['negotiationProcesses'],
    resolve: (query, _p, _a, ctx) => ctx.db.query.negotiationProcesses.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));

const CreateProcessInput = builder.inputType('CreateProcessInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: nameRule }),
    description: t.string({ validate: textRule }),
    mediatorIds: t.idList({ validate: idListRule }),
  }),
});

const UpdateProcessInput = builder.inputType('UpdateProcessInput', {
  fields: (t) => ({
    name: t.string({ validate: nameRule }),
    description: t.string({ validate: textRule }),
    mediatorIds: t.idList({ validate: idListRule, description: 'Replaces the mediators.' }),
  }),
});

/** Decodes a list of actor ids; an absent or null list stays as it is. */
const actorIdsOf = (ids: readonly (string | number)[] | null | undefined, field: string) =>
  ids == null ? ids : ids.map((g, i) => idOf('Actor', String(g), `${field}.${i}`));

builder.mutationFields((t) => ({
  createProcess: t.drizzleField({
    type: 'negotiationProcesses',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateProcessInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await createProcess(ctx, { ...input, mediatorIds: actorIdsOf(input.mediatorIds, 'input.mediatorIds') });
      return ctx.db.query.negotiationProcesses.findFirst(query({ where: { id } })).then((p) => p!);
    },
  }),
  updateProcess: t.drizzleField({
    type: 'negotiationProcesses',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProcessInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('NegotiationProcess', String(args.id), 'id');
      await updateProcess(ctx, id, { ...args.input, mediatorIds: actorIdsOf(args.input.mediatorIds, 'input.mediatorIds') });
      return ctx.db.query.negotiationProcesses.findFirst(query({ where: { id } })).then((p) => p!);
    },
  }),
}));
