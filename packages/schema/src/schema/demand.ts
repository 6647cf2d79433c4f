import { createDemand, updateDemand } from '@parley/core';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { DemandStatus } from './enums.ts';
import { textRule } from './inputs.ts';

builder.drizzleNode('demands', {
  name: 'Demand',
  id: { column: (d) => d.id },
  select: {},
  description: 'What one side asked of another in a round, and what became of it.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    round: t.relation('round'),
    by: t.relation('by'),
    to: t.relation('to'),
    text: t.exposeString('text'),
    status: t.expose('status', { type: DemandStatus }),
    note: t.string({ nullable: true, ...citedTextField('note') }),
    citations: t.field(citationsField('note')),
    source: t.relation('source', { nullable: true }),
  }),
});

const DemandInput = builder.inputType('CreateDemandInput', {
  fields: (t) => ({
    roundId: t.id({ required: true }),
    byId: t.id({ required: true }),
    toId: t.id({ required: true }),
    text: t.string({ required: true, validate: textRule }),
    status: t.field({ type: DemandStatus, defaultValue: 'TABLED' }),
    note: t.string({ validate: textRule }),
    sourceId: t.id(),
  }),
});

const UpdateDemandInput = builder.inputType('UpdateDemandInput', {
  fields: (t) => ({
    text: t.string({ validate: textRule }),
    status: t.field({ type: DemandStatus }),
    note: t.string({ validate: textRule }),
    sourceId: t.id(),
  }),
});

/** Absent stays absent (the source is kept); null clears it. */
const sourceIdOf = (id: string | number | null | undefined) =>
  id === undefined ? undefined : optionalIdOf('Source', id == null ? null : String(id), 'input.sourceId');

builder.mutationFields((t) => ({
  createDemand: t.drizzleField({
    type: 'demands',
    authScopes: { editor: true },
    args: { input: t.arg({ type: DemandInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await createDemand(ctx, {
        ...input,
        roundId: idOf('NegotiationRound', String(input.roundId), 'input.roundId'),
        // The ".0" is how these fields have always been named in errors (they were checked as one-id lists).
        byId: idOf('Actor', String(input.byId), 'input.byId.0'),
        toId: idOf('Actor', String(input.toId), 'input.toId.0'),
        sourceId: sourceIdOf(input.sourceId),
      });
      return ctx.db.query.demands.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
  updateDemand: t.drizzleField({
    type: 'demands',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateDemandInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Demand', String(args.id), 'id');
      await updateDemand(ctx, id, { ...args.input, sourceId: sourceIdOf(args.input.sourceId) });
      return ctx.db.query.demands.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
}));
