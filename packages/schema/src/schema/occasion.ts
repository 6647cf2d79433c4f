import { createOccasion, updateOccasion, type OccasionFields } from '@parley/core';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { idOf } from '../ids.ts';
import { Channel, DatePrecision } from './enums.ts';
import { nameRule, urlRule } from './inputs.ts';

builder.drizzleNode('occasions', {
  name: 'Occasion',
  id: { column: (o) => o.id },
  description: 'One appearance of a speaker: an X post, a TV interview, remarks to reporters, a briefing.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    speaker: t.relation('speaker'),
    saidOn: t.expose('saidOn', { type: 'Date' }),
    datePrecision: t.expose('datePrecision', { type: DatePrecision }),
    channel: t.expose('channel', { type: Channel }),
    venue: t.exposeString('venue', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    note: t.string({ nullable: true, description: 'How the date or channel was resolved.', ...citedTextField('note') }),
    citations: t.field(citationsField('note')),
    statements: t.relation('statements', { query: { where: { status: 'PUBLISHED' }, orderBy: { id: 'asc' } } }),
  }),
});

export const OccasionInput = builder.inputType('OccasionInput', {
  fields: (t) => ({
    speakerId: t.id({ required: true }),
    saidOn: t.field({ type: 'Date', required: true }),
    datePrecision: t.field({ type: DatePrecision, defaultValue: 'DAY' }),
    channel: t.field({ type: Channel, defaultValue: 'UNKNOWN' }),
    venue: t.string({ validate: nameRule }),
    url: t.string({ validate: urlRule }),
    note: t.string({ validate: nameRule }),
  }),
});

const UpdateOccasionInput = builder.inputType('UpdateOccasionInput', {
  fields: (t) => ({
    speakerId: t.id(),
    saidOn: t.field({ type: 'Date' }),
    datePrecision: t.field({ type: DatePrecision }),
    channel: t.field({ type: Channel }),
    venue: t.string({ validate: nameRule }),
    url: t.string({ validate: urlRule }),
    note: t.string({ validate: nameRule }),
  }),
});

/** Decodes an occasion input's ids for core. */
export function occasionFields(input: typeof OccasionInput.$inferInput, field: string): OccasionFields {
  return { ...input, speakerId: idOf('Actor', String(input.speakerId), `${field}.speakerId`) };
}

builder.mutationFields((t) => ({
  createOccasion: t.drizzleField({
    type: 'occasions',
    authScopes: { editor: true },
    args: { input: t.arg({ type: OccasionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createOccasion(ctx, occasionFields(input, 'input'));
      return ctx.db.query.occasions.findFirst(query({ where: { id } })).then((o) => o!);
    },
  }),
  updateOccasion: t.drizzleField({
    type: 'occasions',
    authScopes: { editor: true },
    description: 'Changes reach every statement of the occasion (speaker, date and channel are copied onto them).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateOccasionInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Occasion', String(args.id), 'id');
      const { speakerId, ...rest } = args.input;
      await updateOccasion(ctx, id, { ...rest, ...(speakerId != null ? { speakerId: idOf('Actor', String(speakerId), 'input.speakerId') } : { speakerId }) });
      return ctx.db.query.occasions.findFirst(query({ where: { id } })).then((o) => o!);
    },
  }),
}));
