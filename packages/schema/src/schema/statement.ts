import { sql } from 'drizzle-orm';
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import type { ParleyContext } from '../context.ts';
import { statements } from '@parley/core/tables';
import { ACT_INTENSITY, INDEPENDENT_ORIGIN_SQL } from '@parley/core';
import { checkFtsQuery } from '@parley/core';
import { engineOf, statementMatches, statementWhere, type StatementFilterValues } from '@parley/core';
import { badInput, userError } from '../errors.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { createStatement, updateStatement } from '@parley/core';
import { resumable } from '../live-events.ts';
import { Act, Channel, DatePrecision, OrderDirection, QuoteLink, Side, StatementStatus } from './enums.ts';
import { idListRule, textRule, topicRule } from './inputs.ts';
import { occasionFields, OccasionInput } from './occasion.ts';
import { quoteFields, QuoteInput } from './quote.ts';

const _Statement = builder.drizzleNode('statements', {
  name: 'Statement',
  id: { column: (s) => s.id },
  // Only the columns a document selects (see Source): fewer columns built into JSON, parsed and mapped per row.
  // Always status: the visibility rule (visibility.ts) reads it on every row, however the row was reached.
  select: { columns: { status: true } },
  description: "One message a speaker delivered on one occasion, linked to every outlet's printing of it.",
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    occasion: t.relation('occasion'),
    speaker: t.relation('speaker'),
    saidOn: t.expose('saidOn', { type: 'Date' }),
    datePrecision: t.field({
      type: DatePrecision,
      select: { with: { occasion: { columns: { datePrecision: true } } } },
      resolve: (s) => s.occasion.datePrecision,
    }),
    channel: t.expose('channel', { type: Channel }),
    venue: t.string({
      nullable: true,
      select: { with: { occasion: { columns: { venue: true } } } },
      resolve: (s) => s.occasion.venue,
    }),
    text: t.exposeString('text', { description: 'Canonical wording.' }),
    act: t.expose('act', { type: Act }),
    intensity: t.exposeFloat('intensity', { description: 'Derived from act: −10 hostile … +10 cooperative.' }),
    conditional: t.exposeBoolean('conditional', { description: 'An if/then threat or promise.' }),
    note: t.string({ nullable: true, ...citedTextField('note') }),
    citations: t.field(citationsField('note')),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When Parley recorded it.' }),
    targets: t.relation('targets', { query: { orderBy: { name: 'asc' } } }),
    topics: t.stringList({
      select: { with: { topics: { columns: { topic: true }, orderBy: { topic: 'asc' } } } },
      resolve: (s) => s.topics.map((x) => x.topic),
    }),
    round: t.relation('round', { nullable: true }),
    quotes: t.relation('quotes', {
      description: 'How outlets printed it. By default only confirmed quotes: a suggested link is not yet fact.',
      args: { links: t.arg({ type: [QuoteLink], defaultValue: ['CONFIRMED'] }) },
      query: (args) => ({ where: { link: { in: [...(args.links ?? ['CONFIRMED'])] }, retractedAt: { isNull: true } }, orderBy: { id: 'asc' } }),
    }),
    status: t.expose('status', { type: StatementStatus }),
    outletCount: t.int({
      description: 'How many distinct sources printed this statement (confirmed quotes only).',
      select: {
        extras: {
          outletCount: (s) =>
            sql<number>`(SELECT count(DISTINCT q.source_id) FROM quotes q WHERE q.statement_id = ${s.id} AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL)`,
        },
      },
      resolve: (s) => Number(s.outletCount),
    }),
    independentOrigins: t.int({
      description:
        'How many independent origins printed it (confirmed quotes only): a copy counts as the source or wire it copies, and outlets of one owner group count once. Beside outletCount, it tells corroboration from syndication.',
      select: { extras: { independentOrigins: (s) => INDEPENDENT_ORIGIN_SQL(s.id) } },
      resolve: (s) => Number(s.independentOrigins),
    }),
    stances: t.relation('stances', {
      description: 'Claims this statement asserts or denies.',
      query: { where: { retractedAt: { isNull: true } }, orderBy: { id: 'asc' } },
    }),
  }),
});

export const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    speaker: t.id({ description: 'Actor id' }),
    target: t.id({ description: 'Actor id of someone addressed or named' }),
    side: t.field({ type: Side, description: "The speaker's side, as in Actor.side" }),
    round: t.id({ description: 'NegotiationRound id' }),
    channel: t.field({ type: Channel }),
    act: t.field({ type: Act }),
    topic: t.string({ validate: topicRule }),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    text: t.string({ description: 'Full-text query over statement and quote text, in the language of Query.search.', validate: z.string().max(500) }),
    status: t.field({ type: StatementStatus, description: 'Default PUBLISHED; other statuses need a token.' }),
  }),
});

const StatementOrderField = builder.enumType('StatementOrderField', { values: ['SAID_ON', 'CREATED_AT', 'INTENSITY'] as const });
const StatementOrder = builder.inputType('StatementOrder', {
  fields: (t) => ({
    field: t.field({ type: StatementOrderField, required: true }),
    direction: t.field({ type: OrderDirection, defaultValue: 'DESC' }),
  }),
});

export function decodeStatementFilter(ctx: ParleyContext, f: typeof StatementFilter.$inferInput | null | undefined, field = 'filter'): StatementFilterValues {
  if (!f) return {};
  if (f.from && f.to && f.to < f.from) throw badInput(`${field}.to`, `must not be before ${field}.from`);
  if (f.status && f.status !== 'PUBLISHED' && !ctx.viewer) {
    throw userError('UNAUTHENTICATED', `${field}.status: unpublished statements need a token`, `${field}.status`);
  }
  return {
    speakerId: optionalIdOf('Actor', f.speaker, `${field}.speaker`),
    targetId: optionalIdOf('Actor', f.target, `${field}.target`),
    side: f.side,
    roundId: optionalIdOf('NegotiationRound', f.round, `${field}.round`),
    channel: f.channel,
    act: f.act,
    topic: f.topic,
    from: f.from,
    to: f.to,
    text: f.text == null ? null : checkFtsQuery(ctx.db, f.text, `${field}.text`),
    status: f.status,
  };
}

const ORDER_COLUMN = { SAID_ON: 'saidOn', CREATED_AT: 'createdAt', INTENSITY: 'intensity' } as const;

builder.queryFields((t) => ({
  statements: t.drizzleConnection(
    {
      type: 'statements',
      args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrder }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(statements, statementWhere(decodeStatementFilter(ctx, args.filter), engineOf(ctx.db))(statements)),
      resolve: (query, _p, args, ctx) => {
        const where = statementWhere(decodeStatementFilter(ctx, args.filter), engineOf(ctx.db));
        const column = ORDER_COLUMN[args.orderBy?.field ?? 'SAID_ON'];
        const direction = (args.orderBy?.direction ?? 'DESC') === 'DESC' ? 'desc' : 'asc';
        return ctx.db.query.statements.findMany(query({ where: { RAW: (s) => where(s) }, orderBy: { [column]: direction, id: direction } }));
      },
    },
    { name: 'StatementConnection' },
    { name: 'StatementEdge' },
  ),
  statement: t.drizzleField({
    type: 'statements',
    nullable: true,
    description: 'A statement by its stable key.',
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) =>
      ctx.db.query.statements.findFirst(query({ where: { key: args.key, ...(ctx.viewer ? {} : { status: 'PUBLISHED' as const }) } })),
  }),
  actIntensity: t.field({
    type: [ActIntensity],
    description: 'The one table that derives intensity from act.',
    resolve: () => Object.entries(ACT_INTENSITY).map(([act, intensity]) => ({ act: act as keyof typeof ACT_INTENSITY, intensity })),
  }),
}));

const ActIntensity = builder.objectRef<{ act: keyof typeof ACT_INTENSITY; intensity: number }>('ActIntensity').implement({
  fields: (t) => ({ act: t.expose('act', { type: Act }), intensity: t.exposeFloat('intensity') }),
});

const CreateStatementInput = builder.inputType('CreateStatementInput', {
  fields: (t) => ({
    occasionId: t.id({ description: 'An existing occasion; or give `occasion` to create one.' }),
    occasion: t.field({ type: OccasionInput }),
    text: t.string({ required: true, validate: textRule }),
    act: t.field({ type: Act, required: true }),
    conditional: t.boolean({ defaultValue: false }),
    targetIds: t.idList({ validate: idListRule }),
    topics: t.stringList({ validate: z.array(topicRule).max(30, 'must list at most 30 topics') }),
    roundId: t.id(),
    note: t.string({ validate: textRule }),
    quotes: t.field({ type: [QuoteInput], validate: z.array(z.any()).max(50, 'must list at most 50 quotes') }),
  }),
});

const UpdateStatementInput = builder.inputType('UpdateStatementInput', {
  fields: (t) => ({
    text: t.string({ validate: textRule }),
    act: t.field({ type: Act }),
    conditional: t.boolean(),
    targetIds: t.idList({ validate: idListRule, description: 'Replaces the targets.' }),
    topics: t.stringList({ validate: z.array(topicRule).max(30), description: 'Replaces the topics.' }),
    roundId: t.id(),
    note: t.string({ validate: textRule }),
  }),
});

const targetIdsOf = (ids: readonly (string | number)[] | null | undefined) =>
  ids == null ? ids : ids.map((g, i) => idOf('Actor', String(g), `input.targetIds.${i}`));

builder.mutationFields((t) => ({
  createStatement: t.drizzleField({
    type: 'statements',
    authScopes: { editor: true },
    description: 'Adds a statement (and optionally its occasion and quotes) in one transaction, then publishes statementAdded.',
    args: { input: t.arg({ type: CreateStatementInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createStatement(ctx, {
        ...input,
        occasionId: optionalIdOf('Occasion', input.occasionId, 'input.occasionId'),
        occasion: input.occasion ? occasionFields(input.occasion, 'input.occasion') : null,
        roundId: optionalIdOf('NegotiationRound', input.roundId, 'input.roundId'),
        targetIds: targetIdsOf(input.targetIds),
        quotes: input.quotes?.map((q, i) => quoteFields(q, `input.quotes.${i}`)),
      });
      return ctx.db.query.statements.findFirst(query({ where: { id } })).then((s) => s!);
    },
  }),
  updateStatement: t.drizzleField({
    type: 'statements',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateStatementInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf('Statement', String(args.id), 'id');
      const { roundId, ...input } = args.input;
      await updateStatement(ctx, id, {
        ...input,
        ...(roundId !== undefined ? { roundId: optionalIdOf('NegotiationRound', roundId, 'input.roundId') } : {}),
        targetIds: targetIdsOf(input.targetIds),
      });
      return ctx.db.query.statements.findFirst(query({ where: { id } })).then((s) => s!);
    },
  }),
}));

builder.subscriptionFields((t) => ({
  statementAdded: t.drizzleField({
    type: 'statements',
    description: 'Each new statement that passes the filter, as it is published.',
    args: { filter: t.arg({ type: StatementFilter }) },
    subscribe: (_root, args, ctx) => {
      const f = decodeStatementFilter(ctx, args.filter);
      return pipe(
        resumable(ctx, 'statementAdded', ctx.pubsub.subscribe('statementAdded')),
        filter((id: number) => statementMatches(ctx.db, id, f)),
      );
    },
    resolve: (query, id, _args, ctx) => ctx.db.query.statements.findFirst(query({ where: { id: id as unknown as number } })).then((s) => s!),
  }),
}));
