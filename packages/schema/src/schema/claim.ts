import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { actors, claims, claimStances, events, sources, statements } from '@parley/core/tables';
import { idOf } from '../ids.ts';
import { patchOf } from '@parley/core';
import { mustFind, optionalRef, write, type Tx } from '@parley/core';
import { Stance } from './enums.ts';
import { countRule, textRule } from './inputs.ts';

builder.drizzleNode('claims', {
  name: 'Claim',
  id: { column: (c) => c.id },
  description: 'A disputed proposition, with who asserts and who denies it.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    text: t.exposeString('text'),
    event: t.relation('event', { nullable: true }),
    killed: t.exposeInt('killed', { nullable: true, description: 'As stated by the proposition; see stances for who claims what.' }),
    civilians: t.exposeInt('civilians', { nullable: true }),
    children: t.exposeInt('children', { nullable: true }),
    source: t.relation('source', { nullable: true }),
    stances: t.relation('stances', { query: { orderBy: { id: 'asc' } } }),
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

function insertStance(tx: Tx, claimId: number, s: typeof StanceInput.$inferInput, field: string) {
  return tx
    .insert(claimStances)
    .values({
      claimId,
      actorId: optionalRef(tx, actors, 'Actor', s.actorId, `${field}.actorId`)!,
      stance: s.stance,
      statementId: optionalRef(tx, statements, 'Statement', s.statementId, `${field}.statementId`),
      sourceId: optionalRef(tx, sources, 'Source', s.sourceId, `${field}.sourceId`),
      killed: s.killed ?? null,
      civilians: s.civilians ?? null,
      children: s.children ?? null,
    })
    .returning()
    .get();
}

builder.queryFields((t) => ({
  claim: t.drizzleField({
    type: 'claims',
    nullable: true,
    description: 'A claim by its stable key.',
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) => ctx.db.query.claims.findFirst(query({ where: { key: args.key } })),
  }),
  claims: t.drizzleConnection({
    type: 'claims',
    totalCount: (_p, _a, ctx) => ctx.db.$count(claims).sync(),
    resolve: (query, _p, _a, ctx) => ctx.db.query.claims.findMany(query({ orderBy: { id: 'asc' } })),
  },
  { name: 'ClaimConnection' },
  { name: 'ClaimEdge' }),
}));

builder.mutationFields((t) => ({
  createClaim: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateClaimInput, required: true }) },
    resolve: (query, _r, { input }, ctx) => {
      const id = write(ctx, ({ tx, log }) => {
        const row = tx
          .insert(claims)
          .values({
            text: input.text,
            eventId: optionalRef(tx, events, 'Event', input.eventId, 'input.eventId'),
            sourceId: optionalRef(tx, sources, 'Source', input.sourceId, 'input.sourceId'),
            killed: input.killed ?? null,
            civilians: input.civilians ?? null,
            children: input.children ?? null,
          })
          .returning()
          .get();
        const stances = (input.stances ?? []).map((s, i) => insertStance(tx, row.id, s, `input.stances.${i}`));
        log('Claim', row.id, 'create', null, { ...row, stances });
        return row.id;
      });
      return ctx.db.query.claims.findFirst(query({ where: { id } })).then((c) => c!);
    },
  }),
  updateClaim: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateClaimInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('Claim', String(args.id), 'id');
      write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, claims, id, 'id', 'claim');
        const { eventId, sourceId, ...rest } = args.input;
        const patch = patchOf(rest, ['text']);
        if (eventId !== undefined) patch.eventId = optionalRef(tx, events, 'Event', eventId, 'input.eventId');
        if (sourceId !== undefined) patch.sourceId = optionalRef(tx, sources, 'Source', sourceId, 'input.sourceId');
        const after = Object.keys(patch).length ? tx.update(claims).set(patch).where(eq(claims.id, id)).returning().get() : before;
        log('Claim', id, 'update', before, after);
      });
      return ctx.db.query.claims.findFirst(query({ where: { id } })).then((c) => c!);
    },
  }),
  updateClaimStance: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateStanceInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('ClaimStance', String(args.id), 'id');
      const claimId = write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, claimStances, id, 'id', 'stance');
        const { statementId, sourceId, ...rest } = args.input;
        const patch = patchOf(rest, ['stance']);
        if (statementId !== undefined) patch.statementId = optionalRef(tx, statements, 'Statement', statementId, 'input.statementId');
        if (sourceId !== undefined) patch.sourceId = optionalRef(tx, sources, 'Source', sourceId, 'input.sourceId');
        const after = Object.keys(patch).length ? tx.update(claimStances).set(patch).where(eq(claimStances.id, id)).returning().get() : before;
        log('ClaimStance', id, 'update', before, after);
        return before.claimId;
      });
      return ctx.db.query.claims.findFirst(query({ where: { id: claimId } })).then((c) => c!);
    },
  }),
  addClaimStance: t.drizzleField({
    type: 'claims',
    authScopes: { editor: true },
    args: { claimId: t.arg.id({ required: true }), input: t.arg({ type: StanceInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('Claim', String(args.claimId), 'claimId');
      write(ctx, ({ tx, log }) => {
        mustFind(tx, claims, id, 'claimId', 'claim');
        const stance = insertStance(tx, id, args.input, 'input');
        log('ClaimStance', stance.id, 'create', null, stance);
      });
      return ctx.db.query.claims.findFirst(query({ where: { id } })).then((c) => c!);
    },
  }),
}));
