import { z } from 'zod';
import { createDiscrepancy, updateDiscrepancy, type VersionFields } from '@parley/core';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { idOf } from '../ids.ts';
import { nameRule, textRule, verbatimRule } from './inputs.ts';

builder.drizzleNode('discrepancies', {
  name: 'Discrepancy',
  id: { column: (d) => d.id },
  description: 'A point where sources disagree; every version is kept with its citation.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    subject: t.exposeString('subject', { description: 'What the sources disagree about, as "<entity>:<key>".' }),
    field: t.exposeString('field'),
    note: t.string({ nullable: true, ...citedTextField('note') }),
    citations: t.field(citationsField('note')),
    versions: t.relation('versions', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.drizzleObject('discrepancyVersions', {
  name: 'DiscrepancyVersion',
  fields: (t) => ({
    value: t.exposeString('value'),
    quote: t.exposeString('quote', { nullable: true, description: 'The words of the source that carry this version.' }),
    source: t.relation('source'),
  }),
});

const VersionInput = builder.inputType('DiscrepancyVersionInput', {
  fields: (t) => ({
    value: t.string({ required: true, validate: textRule }),
    sourceId: t.id({ required: true }),
    quote: t.string({ validate: verbatimRule }),
  }),
});

const CreateDiscrepancyInput = builder.inputType('CreateDiscrepancyInput', {
  fields: (t) => ({
    subject: t.string({ required: true, validate: nameRule }),
    field: t.string({ required: true, validate: nameRule }),
    note: t.string({ validate: textRule }),
    versions: t.field({ type: [VersionInput], required: true, validate: z.array(z.any()).min(2, 'a disagreement needs at least two versions').max(20) }),
  }),
});

const UpdateDiscrepancyInput = builder.inputType('UpdateDiscrepancyInput', {
  fields: (t) => ({
    subject: t.string({ validate: nameRule }),
    field: t.string({ validate: nameRule }),
    note: t.string({ validate: textRule }),
    versions: t.field({
      type: [VersionInput],
      validate: z.array(z.any()).min(2, 'a disagreement needs at least two versions').max(20),
      description: 'Replaces the versions.',
    }),
  }),
});

/** Decodes the versions' source ids for core. */
function versionFields(versions: readonly (typeof VersionInput.$inferInput)[]): VersionFields[] {
  return versions.map((v, i) => ({ ...v, sourceId: idOf('Source', String(v.sourceId), `input.versions.${i}.sourceId`) }));
}

builder.queryFields((t) => ({
  discrepancies: t.drizzleField({
    type: ['discrepancies'],
    description: 'Where sources disagree (round numbering, dates, wording), each version with its citation.',
    args: { subject: t.arg.string({ validate: z.string().max(200) }) },
    resolve: (query, _p, args, ctx) =>
      ctx.db.query.discrepancies.findMany(query({ where: args.subject ? { subject: args.subject } : {}, orderBy: { id: 'asc' } })),
  }),
}));

builder.mutationFields((t) => ({
  createDiscrepancy: t.drizzleField({
    type: 'discrepancies',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateDiscrepancyInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await createDiscrepancy(ctx, { ...input, versions: versionFields(input.versions) });
      return ctx.db.query.discrepancies.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
  updateDiscrepancy: t.drizzleField({
    type: 'discrepancies',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateDiscrepancyInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Discrepancy', String(args.id), 'id');
      const { versions, ...rest } = args.input;
      await updateDiscrepancy(ctx, id, { ...rest, versions: versions && versionFields(versions) });
      return ctx.db.query.discrepancies.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
}));
