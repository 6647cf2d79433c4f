import { eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { actors, occasions, statements } from '../db/schema.ts';
import { idOf } from '../write/ids.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, write, type Tx } from '../write/transaction.ts';
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
    note: t.exposeString('note', { nullable: true, description: 'How the date or channel was resolved.' }),
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

export function insertOccasion(
  tx: Tx,
  input: typeof OccasionInput.$inferInput,
  field: string,
  log: (entity: string, id: number, action: string, before: unknown, after: unknown) => void,
) {
  const speakerId = idOf('Actor', String(input.speakerId), `${field}.speakerId`);
  mustFind(tx, actors, speakerId, `${field}.speakerId`, 'actor');
  const row = tx
    .insert(occasions)
    .values({
      speakerId,
      saidOn: input.saidOn,
      datePrecision: input.datePrecision ?? 'DAY',
      channel: input.channel ?? 'UNKNOWN',
      venue: input.venue ?? null,
      url: input.url ?? null,
      note: input.note ?? null,
    })
    .returning()
    .get();
  log('Occasion', row.id, 'create', null, row);
  return row;
}

builder.mutationFields((t) => ({
  createOccasion: t.drizzleField({
    type: 'occasions',
    authScopes: { editor: true },
    args: { input: t.arg({ type: OccasionInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      const id = write(ctx, ({ tx, log }) => insertOccasion(tx, input, 'input', log).id);
      return ctx.db.query.occasions.findFirst(query({ where: { id } })).then((o) => o!);
    },
  }),
  updateOccasion: t.drizzleField({
    type: 'occasions',
    authScopes: { editor: true },
    description: "Changes reach every statement of the occasion (speaker, date and channel are copied onto them).",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateOccasionInput, required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = idOf('Occasion', String(args.id), 'id');
      write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, occasions, id, 'id', 'occasion');
        const patch = patchOf(args.input, ['speakerId', 'saidOn', 'datePrecision', 'channel']);
        if (args.input.speakerId) {
          patch.speakerId = idOf('Actor', String(args.input.speakerId), 'input.speakerId');
          mustFind(tx, actors, patch.speakerId as number, 'input.speakerId', 'actor');
        }
        const after = tx.update(occasions).set(patch).where(eq(occasions.id, id)).returning().get();
        tx.update(statements)
          .set({ speakerId: after.speakerId, saidOn: after.saidOn, channel: after.channel })
          .where(eq(statements.occasionId, id))
          .run();
        log('Occasion', id, 'update', before, after);
      });
      return ctx.db.query.occasions.findFirst(query({ where: { id } })).then((o) => o!);
    },
  }),
}));
