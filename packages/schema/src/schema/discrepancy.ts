import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { discrepancies, discrepancyVersions, sources } from '@parley/core/tables';
import { badInput } from '../errors.ts';
import { idOf } from '../ids.ts';
import { patchOf } from '@parley/core';
import { mustFind, write, type Tx } from '@parley/core';
import { nameRule, textRule, verbatimRule } from './inputs.ts';

builder.drizzleNode('discrepancies', {
  name: 'Discrepancy',
  id: { column: (d) => d.id },
  description: 'A point where sources disagree; every version is kept with its citation.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    subject: t.exposeString('subject', { description: 'What the sources disagree about, as "<entity>:<key>".' }),
    field: t.exposeString('field'),
    note: t.exposeString('note', { nullable: true }),
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
    versions: t.field({ type: [VersionInput], validate: z.array(z.any()).min(2, 'a disagreement needs at least two versions').max(20), description: 'Replaces the versions.' }),
  }),
});

function insertVersions(tx: Tx, discrepancyId: number, versions: readonly (typeof VersionInput.$inferInput)[]) {
  const rows = versions.map((v, i) => {
    const field = `input.versions.${i}`;
    const source = mustFind(tx, sources, idOf('Source', String(v.sourceId), `${field}.sourceId`), `${field}.sourceId`, 'source');
    // A version's words must really be in its source: that is what makes it a citation.
    if (v.quote && !source.body.includes(v.quote)) throw badInput(`${field}.quote`, 'does not occur in the source');
    return { discrepancyId, value: v.value, sourceId: source.id, quote: v.quote ?? null };
  });
  tx.insert(discrepancyVersions).values(rows).run();
  return rows;
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
    resolve: (query, _r, { input }, ctx) => {
      const id = write(ctx, ({ tx, log }) => {
        const row = tx.insert(discrepancies).values({ subject: input.subject, field: input.field, note: input.note ?? null }).returning().get();
        const versions = insertVersions(tx, row.id, input.versions);
        log('Discrepancy', row.id, 'create', null, { ...row, versions });
        return row.id;
      });
      return ctx.db.query.discrepancies.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
  updateDiscrepancy: t.drizzleField({
    type: 'discrepancies',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateDiscrepancyInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('Discrepancy', String(args.id), 'id');
      write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, discrepancies, id, 'id', 'discrepancy');
        const { versions, ...rest } = args.input;
        const patch = patchOf(rest, ['subject', 'field']);
        const after = Object.keys(patch).length ? tx.update(discrepancies).set(patch).where(eq(discrepancies.id, id)).returning().get() : before;
        let replaced;
        if (versions) {
          tx.delete(discrepancyVersions).where(eq(discrepancyVersions.discrepancyId, id)).run();
          replaced = insertVersions(tx, id, versions);
        }
        log('Discrepancy', id, 'update', before, { ...after, versions: replaced });
      });
      return ctx.db.query.discrepancies.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
}));
