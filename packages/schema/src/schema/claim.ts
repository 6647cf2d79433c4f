import { isNull } from 'drizzle-orm';
import { z } from 'zod';
import { addClaimStance, createClaim, updateClaim, updateClaimStance, type StanceFields } from '@parley/core';
import { claims } from '@parley/core/tables';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { Stance } from './enums.ts';
import { countRule, textRule } from './inputs.ts';

builder.drizzleNode('claims', {
  name: 'Claim',
  id: { column: (c) => c.id },
  description: 'A disputed proposition, with who asserts and who denies it.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    text: t.string(citedTextField('text', '')),
    citations: t.field(citationsField('text')),
    event: t.relation('event', { nullable: true }),
    killed: t.exposeInt('killed', { nullable: true, description: 'As stated by the proposition; see stances for who claims what.' }),
    civilians: t.exposeInt('civilians', { nullable: true }),
    children: t.exposeInt('children', { nullable: true }),
    source: t.relation('source', { nullable: true }),
    stances: t.relation('stances', { query: { where: { retractedAt: { isNull: true } }, orderBy: { id: 'asc' } } }),
  }),
});

builder.drizzleNode('claimStances', {
  name: 'ClaimStance',
  id: { column: (s) => s.id },
  fields: (t) => ({
    claim: t.relation('claim'),
    actor: t.relation('actor'),
    stance: t.expose('stance', { type: Stance }),
    statement: t.relation('statement', { nullable: true, description: 'Where the actor said so.' }),
    source: t.relation('source', { nullable: true }),
    killed: t.exposeInt('killed', { nullable: true, description: 'Figures as this actor claims them.' }),
    civilians: t.exposeInt('civilians', { nullable: true }),
    children: t.exposeInt('children', { nullable: true }),
  }),
});

const StanceInput = builder.inputType('StanceInput', {
  fields: (t) => ({
    actorId: t.id({ required: true }),
    stance: t.field({ type: Stance, required: true }),
    statementId: t.id(),
    sourceId: t.id(),
    killed: t.int({ validate: countRule }),
    civilians: t.int({ validate: countRule }),
    children: t.int({ validate: countRule }),
  }),
});

const UpdateStanceInput = builder.inputType('UpdateStanceInput', {
  fields: (t) => ({
    stance: t.field({ type: Stance }),
    statementId: t.id(),
    sourceId: t.id(),
    killed: t.int({ validate: countRule }),
    civilians: t.int({ validate: countRule }),
    children: t.int({ validate: countRule }),
  }),
});

const CreateClaimInput = builder.inputType('CreateClaimInput', {
  fields: (t) => ({
    text: t.string({ required: true, validate: textRule }),
    eventId: t.id(),
    sourceId: t.id(),
    killed: t.int({ validate: countRule }),
    civilians: t.int({ validate: countRule }),
    children: t.int({ validate: countRule }),
    stances: t.field({ type: [StanceInput], validate: z.array(z.any()).max(50) }),
  }),
});

const UpdateClaimInput = builder.inputType('UpdateClaimInput', {
  fields: (t) => ({
    text: t.string({ validate: textRule }),
    eventId: t.id(),
    sourceId: t.id(),
    killed: t.int({ validate: countRule }),
    civilians: t.int({ validate: countRule }),
    children: t.int({ validate: countRule }),
  }),
});

/** Decodes a stance input's ids for core. */
function stanceFields(s: typeof StanceInput.$inferInput, field: string): StanceFields {
  return {
    ...s,
    actorId: idOf('Actor', String(s.actorId), `${field}.actorId`),
    statementId: optionalIdOf('Statement', s.statementId, `${field}.statementId`),
    sourceId: optionalIdOf('Source', s.sourceId, `${field}.sourceId`),
  };
}

/** An update's optional reference: absent stays absent, null clears, an id is decoded. */
const patchIdOf = (typename: string, id: string | null | undefined, field: string) => (id === undefined ? undefined : optionalIdOf(typename, id, field));

builder.queryFields((t) => ({
  claim: t.drizzleField({
    type: 'claims',
    nullable: true,
    description: 'A claim by its stable key.',
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) => ctx.db.query.claims.findFirst(query({ where: { key: args.key, retractedAt: { isNull: true } } })),
  }),
  claims: t.drizzleConnection(
    {
      type: 'claims',
      totalCount: (_p, _a, ctx) => ctx.db.$count(claims, isNull(claims.retractedAt)),
      resolve: (query, _p, _a, ctx) => ctx.db.query.claims.findMany(query({ where: { retractedAt: { isNull: true } }, orderBy: { id: 'asc' } })),
    },
    { name: 'ClaimConnection' },
    { name: 'ClaimEdge' },
  ),
}));

builder.mutationFields((t) => ({
  createClaim: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateClaimInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await createClaim(ctx, {
        ...input,
        eventId: optionalIdOf('Event', input.eventId, 'input.eventId'),
        sourceId: optionalIdOf('Source', input.sourceId, 'input.sourceId'),
        stances: input.stances?.map((s, i) => stanceFields(s, `input.stances.${i}`)),
      });
      return ctx.db.query.claims.findFirst(query({ where: { id } })).then((c) => c!);
    },
  }),
  updateClaim: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateClaimInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Claim', String(args.id), 'id');
      const { eventId, sourceId, ...rest } = args.input;
      await updateClaim(ctx, id, {
        ...rest,
        eventId: patchIdOf('Event', eventId, 'input.eventId'),
        sourceId: patchIdOf('Source', sourceId, 'input.sourceId'),
      });
      return ctx.db.query.claims.findFirst(query({ where: { id } })).then((c) => c!);
    },
  }),
  updateClaimStance: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateStanceInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('ClaimStance', String(args.id), 'id');
      const { statementId, sourceId, ...rest } = args.input;
      const claimId = await updateClaimStance(ctx, id, {
        ...rest,
        statementId: patchIdOf('Statement', statementId, 'input.statementId'),
        sourceId: patchIdOf('Source', sourceId, 'input.sourceId'),
      });
      return ctx.db.query.claims.findFirst(query({ where: { id: claimId } })).then((c) => c!);
    },
  }),
  addClaimStance: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { claimId: t.arg.id({ required: true }), input: t.arg({ type: StanceInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Claim', String(args.claimId), 'claimId');
      await addClaimStance(ctx, id, stanceFields(args.input, 'input'));
      return ctx.db.query.claims.findFirst(query({ where: { id } })).then((c) => c!);
    },
  }),
}));
