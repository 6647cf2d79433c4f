import { and, sql } from 'drizzle-orm';
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { negotiationRounds } from '@parley/core/tables';
import { optionalIdOf } from '../ids.ts';
import { DatePrecision, ParticipantRole, RoundOutcome, RoundStatus } from './enums.ts';
import { resumable } from '../live-events.ts';

builder.drizzleNode('negotiationRounds', {
  name: 'NegotiationRound',
  id: { column: (r) => r.id },
  select: {},
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    process: t.relation('process'),
    title: t.exposeString('title'),
    sequence: t.exposeInt('sequence'),
    venueCity: t.exposeString('venueCity', { nullable: true }),
    venueCountry: t.exposeString('venueCountry', { nullable: true }),
    startedOn: t.expose('startedOn', { type: 'Date', nullable: true }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true }),
    status: t.expose('status', { type: RoundStatus }),
    outcome: t.expose('outcome', { type: RoundOutcome, nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    participants: t.relation('participants', { query: { orderBy: { role: 'asc', actorId: 'asc' } } }),
    updates: t.relation('updates', { description: 'The status history, oldest first.', query: { orderBy: { at: 'asc', id: 'asc' } } }),
    latestUpdate: t.field({
      type: RoundUpdate,
      nullable: true,
      select: { with: { updates: { orderBy: { at: 'desc', id: 'desc' }, limit: 1 } } },
      resolve: (r) => r.updates[0] ?? null,
    }),
    demands: t.relation('demands', { query: { where: { retractedAt: { isNull: true } }, orderBy: { id: 'asc' } } }),
    statements: t.relatedConnection('statements', {
      description: 'Statements made about this round.',
      query: { where: { status: 'PUBLISHED' }, orderBy: { saidOn: 'asc', id: 'asc' } },
      totalCount: true,
    }),
  }),
});

builder.drizzleObject('roundParticipants', {
  name: 'RoundParticipant',
  select: {},
  fields: (t) => ({ actor: t.relation('actor'), role: t.expose('role', { type: ParticipantRole }) }),
});

const RoundUpdate = builder.drizzleObject('roundUpdates', {
  name: 'RoundUpdate',
  select: {},
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    atPrecision: t.expose('atPrecision', { type: DatePrecision }),
    status: t.expose('status', { type: RoundStatus }),
    note: t.string(citedTextField('note', '')),
    citations: t.field(citationsField('note')),
    source: t.relation('source', { nullable: true }),
  }),
});

const RoundFilter = builder.inputType('RoundFilter', {
  fields: (t) => ({
    status: t.field({ type: RoundStatus }),
    process: t.id({ description: 'NegotiationProcess id' }),
  }),
});

builder.queryFields((t) => ({
  rounds: t.drizzleConnection(
    {
      type: 'negotiationRounds',
      args: { filter: t.arg({ type: RoundFilter }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(negotiationRounds, roundWhere(args.filter)(negotiationRounds)),
      resolve: (query, _p, args, ctx) => {
        const where = roundWhere(args.filter);
        // Newest recorded first. Not by start date: many rounds have none on record, and a null sort key both
        // breaks cursor pages (no row compares below NULL) and sorts differently on SQLite and PostgreSQL.
        return ctx.db.query.negotiationRounds.findMany(query({ where: { RAW: (r) => where(r) }, orderBy: { id: 'desc' } }));
      },
    },
    { name: 'NegotiationRoundConnection' },
    { name: 'NegotiationRoundEdge' },
  ),
  round: t.drizzleField({
    type: 'negotiationRounds',
    nullable: true,
    description: 'A round by its stable key.',
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) => ctx.db.query.negotiationRounds.findFirst(query({ where: { key: args.key, retractedAt: { isNull: true } } })),
  }),
}));

function roundWhere(f: { status?: string | null; process?: string | number | null } | null | undefined) {
  const processId = optionalIdOf('NegotiationProcess', f?.process == null ? null : String(f.process), 'filter.process');
  return (r: typeof negotiationRounds) =>
    and(
      sql`${r.retractedAt} IS NULL`,
      f?.status ? sql`${r.status} = ${f.status}` : undefined,
      processId !== null ? sql`${r.processId} = ${processId}` : undefined,
    )!;
}

builder.subscriptionFields((t) => ({
  roundUpdated: t.drizzleField({
    type: 'negotiationRounds',
    description: 'A round, each time its status, demands or details change. Without roundId, every round.',
    args: { roundId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const only = optionalIdOf('NegotiationRound', args.roundId == null ? null : String(args.roundId), 'roundId');
      return pipe(
        resumable(ctx, 'roundUpdated', ctx.pubsub.subscribe('roundUpdated')),
        filter((id: number) => only === null || id === only),
      );
    },
    resolve: (query, id, _args, ctx) => ctx.db.query.negotiationRounds.findFirst(query({ where: { id: id as unknown as number } })).then((r) => r!),
  }),
}));
