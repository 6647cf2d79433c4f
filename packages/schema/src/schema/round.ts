import { and, eq, sql } from 'drizzle-orm';
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { resumable } from '../live-events.ts';
import {
  actors, demands, negotiationProcesses, negotiationRounds, processMediators, roundParticipants, roundUpdates, sources,
} from '../db/schema.ts';
import { badInput } from '../errors.ts';
import { idOf, optionalIdOf } from '../write/ids.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, optionalRef, write, type Tx } from '../write/transaction.ts';
import { DatePrecision, DemandStatus, ParticipantRole, RoundOutcome, RoundStatus } from './enums.ts';
import { countryRule, idListRule, nameRule, shortRule, textRule } from './inputs.ts';

builder.drizzleNode('negotiationProcesses', {
  name: 'NegotiationProcess',
  id: { column: (p) => p.id },
  description: 'A track of talks, such as the Doha–Istanbul process.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    mediators: t.relation('mediators', { query: { orderBy: { name: 'asc' } } }),
    rounds: t.relation('rounds', { query: { orderBy: { sequence: 'asc', id: 'asc' } } }),
  }),
});

builder.drizzleNode('negotiationRounds', {
  name: 'NegotiationRound',
  id: { column: (r) => r.id },
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
    demands: t.relation('demands', { query: { orderBy: { id: 'asc' } } }),
    statements: t.relatedConnection('statements', {
      description: 'Statements made about this round.',
      query: { where: { status: 'PUBLISHED' }, orderBy: { saidOn: 'asc', id: 'asc' } },
      totalCount: true,
    }),
  }),
});

builder.drizzleObject('roundParticipants', {
  name: 'RoundParticipant',
  fields: (t) => ({ actor: t.relation('actor'), role: t.expose('role', { type: ParticipantRole }) }),
});

const RoundUpdate = builder.drizzleObject('roundUpdates', {
  name: 'RoundUpdate',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    atPrecision: t.expose('atPrecision', { type: DatePrecision }),
    status: t.expose('status', { type: RoundStatus }),
    note: t.exposeString('note'),
    source: t.relation('source', { nullable: true }),
  }),
});

builder.drizzleNode('demands', {
  name: 'Demand',
  id: { column: (d) => d.id },
  description: 'What one side asked of another in a round, and what became of it.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    round: t.relation('round'),
    by: t.relation('by'),
    to: t.relation('to'),
    text: t.exposeString('text'),
    status: t.expose('status', { type: DemandStatus }),
    note: t.exposeString('note', { nullable: true }),
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
  rounds: t.drizzleConnection({
    type: 'negotiationRounds',
    args: { filter: t.arg({ type: RoundFilter }) },
    totalCount: (_p, args, ctx) => ctx.db.$count(negotiationRounds, roundWhere(args.filter)(negotiationRounds)).sync(),
    resolve: (query, _p, args, ctx) => {
      const where = roundWhere(args.filter);
      return ctx.db.query.negotiationRounds.findMany(
        query({ where: { RAW: (r) => where(r) }, orderBy: { startedOn: 'desc', id: 'desc' } }),
      );
    },
  },
  { name: 'NegotiationRoundConnection' },
  { name: 'NegotiationRoundEdge' }),
  round: t.drizzleField({
    type: 'negotiationRounds',
    nullable: true,
    description: 'A round by its stable key.',
    args: { key: t.arg.string({ required: true, validate: z.string().max(120) }) },
    resolve: (query, _p, args, ctx) => ctx.db.query.negotiationRounds.findFirst(query({ where: { key: args.key } })),
  }),
  processes: t.drizzleField({
    type: ['negotiationProcesses'],
    resolve: (query, _p, _a, ctx) => ctx.db.query.negotiationProcesses.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));

function roundWhere(f: { status?: string | null; process?: string | number | null } | null | undefined) {
  const processId = optionalIdOf('NegotiationProcess', f?.process == null ? null : String(f.process), 'filter.process');
  return (r: typeof negotiationRounds) =>
    and(
      sql`1 = 1`,
      f?.status ? sql`${r.status} = ${f.status}` : undefined,
      processId !== null ? sql`${r.processId} = ${processId}` : undefined,
    )!;
}

const ParticipantInput = builder.inputType('ParticipantInput', {
  fields: (t) => ({ actorId: t.id({ required: true }), role: t.field({ type: ParticipantRole, required: true }) }),
});

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

const CreateRoundInput = builder.inputType('CreateRoundInput', {
  fields: (t) => ({
    processId: t.id({ required: true }),
    sequence: t.int({ required: true, validate: z.number().int().min(0).max(10_000) }),
    title: t.string({ required: true, validate: shortRule }),
    venueCity: t.string({ validate: nameRule }),
    venueCountry: t.string({ validate: countryRule }),
    startedOn: t.field({ type: 'Date' }),
    endedOn: t.field({ type: 'Date' }),
    status: t.field({ type: RoundStatus, defaultValue: 'SCHEDULED' }),
    outcome: t.field({ type: RoundOutcome }),
    participants: t.field({ type: [ParticipantInput], validate: z.array(z.any()).max(50) }),
  }),
});

const UpdateRoundInput = builder.inputType('UpdateRoundInput', {
  description: 'Status changes go through updateRoundStatus, which keeps the history.',
  fields: (t) => ({
    sequence: t.int({ validate: z.number().int().min(0).max(10_000) }),
    title: t.string({ validate: shortRule }),
    venueCity: t.string({ validate: nameRule }),
    venueCountry: t.string({ validate: countryRule }),
    startedOn: t.field({ type: 'Date' }),
    endedOn: t.field({ type: 'Date' }),
    outcome: t.field({ type: RoundOutcome }),
    participants: t.field({ type: [ParticipantInput], validate: z.array(z.any()).max(50), description: 'Replaces the participants.' }),
  }),
});

const UpdateRoundStatusInput = builder.inputType('UpdateRoundStatusInput', {
  fields: (t) => ({
    roundId: t.id({ required: true }),
    status: t.field({ type: RoundStatus, required: true }),
    at: t.field({ type: 'DateTime', required: true }),
    atPrecision: t.field({ type: DatePrecision, defaultValue: 'DAY' }),
    note: t.string({ required: true, validate: textRule }),
    sourceId: t.id(),
    outcome: t.field({ type: RoundOutcome }),
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

function actorIds(tx: Tx, ids: readonly (string | number)[], field: string): number[] {
  return [...new Set(ids.map((g, i) => {
    const id = idOf('Actor', String(g), `${field}.${i}`);
    mustFind(tx, actors, id, `${field}.${i}`, 'actor');
    return id;
  }))];
}

function setParticipants(tx: Tx, roundId: number, list: readonly { actorId: string | number; role: string }[]) {
  tx.delete(roundParticipants).where(eq(roundParticipants.roundId, roundId)).run();
  const rows = list.map((p, i) => ({
    roundId,
    actorId: actorIds(tx, [p.actorId], `input.participants.${i}.actorId`)[0]!,
    role: p.role as 'PARTY',
  }));
  if (rows.length) tx.insert(roundParticipants).values(rows).onConflictDoNothing().run();
}

builder.mutationFields((t) => ({
  createProcess: t.drizzleField({
    type: 'negotiationProcesses',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateProcessInput, required: true }) },
    resolve: (query, _r, { input }, ctx) => {
      const id = write(ctx, ({ tx, log }) => {
        const row = tx.insert(negotiationProcesses).values({ name: input.name, description: input.description ?? null }).returning().get();
        const mediators = actorIds(tx, input.mediatorIds ?? [], 'input.mediatorIds');
        if (mediators.length) tx.insert(processMediators).values(mediators.map((actorId) => ({ processId: row.id, actorId }))).run();
        log('NegotiationProcess', row.id, 'create', null, { ...row, mediators });
        return row.id;
      });
      return ctx.db.query.negotiationProcesses.findFirst(query({ where: { id } })).then((p) => p!);
    },
  }),
  updateProcess: t.drizzleField({
    type: 'negotiationProcesses',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProcessInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('NegotiationProcess', String(args.id), 'id');
      write(ctx, ({ tx, log }) => {
        const before = mustFind(tx, negotiationProcesses, id, 'id', 'process');
        const { mediatorIds, ...rest } = args.input;
        const patch = patchOf(rest, ['name']);
        const after = Object.keys(patch).length
          ? tx.update(negotiationProcesses).set(patch).where(eq(negotiationProcesses.id, id)).returning().get()
          : before;
        if (mediatorIds) {
          const mediators = actorIds(tx, mediatorIds, 'input.mediatorIds');
          tx.delete(processMediators).where(eq(processMediators.processId, id)).run();
          if (mediators.length) tx.insert(processMediators).values(mediators.map((actorId) => ({ processId: id, actorId }))).run();
        }
        log('NegotiationProcess', id, 'update', before, { ...after, mediatorIds });
      });
      return ctx.db.query.negotiationProcesses.findFirst(query({ where: { id } })).then((p) => p!);
    },
  }),
  createRound: t.drizzleField({
    type: 'negotiationRounds',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateRoundInput, required: true }) },
    resolve: (query, _r, { input }, ctx) => {
      const id = write(ctx, ({ tx, log, publish }) => {
        const processId = idOf('NegotiationProcess', String(input.processId), 'input.processId');
        mustFind(tx, negotiationProcesses, processId, 'input.processId', 'process');
        if (input.startedOn && input.endedOn && input.endedOn < input.startedOn) throw badInput('input.endedOn', 'must not be before input.startedOn');
        const { participants, processId: _p, ...rest } = input;
        const row = tx.insert(negotiationRounds).values({ ...rest, processId, status: input.status ?? 'SCHEDULED' }).returning().get();
        setParticipants(tx, row.id, participants ?? []);
        log('NegotiationRound', row.id, 'create', null, { ...row, participants });
        publish('roundUpdated', row.id);
        return row.id;
      });
      return ctx.db.query.negotiationRounds.findFirst(query({ where: { id } })).then((r) => r!);
    },
  }),
  updateRound: t.drizzleField({
    type: 'negotiationRounds',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateRoundInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('NegotiationRound', String(args.id), 'id');
      write(ctx, ({ tx, log, publish }) => {
        const before = mustFind(tx, negotiationRounds, id, 'id', 'round');
        const { participants, ...rest } = args.input;
        const patch = patchOf(rest, ['sequence', 'title']);
        const after = tx
          .update(negotiationRounds)
          .set({ ...patch, updatedAt: new Date().toISOString() })
          .where(eq(negotiationRounds.id, id))
          .returning()
          .get();
        if (after.startedOn && after.endedOn && after.endedOn < after.startedOn) throw badInput('input.endedOn', 'must not be before startedOn');
        if (participants) setParticipants(tx, id, participants);
        log('NegotiationRound', id, 'update', before, { ...after, participants });
        publish('roundUpdated', id);
      });
      return ctx.db.query.negotiationRounds.findFirst(query({ where: { id } })).then((r) => r!);
    },
  }),
  updateRoundStatus: t.drizzleField({
    type: 'negotiationRounds',
    authScopes: { editor: true },
    description: "Appends to the round's status history; the round takes the status of its latest update. Publishes roundUpdated.",
    args: { input: t.arg({ type: UpdateRoundStatusInput, required: true }) },
    resolve: (query, _r, { input }, ctx) => {
      const id = idOf('NegotiationRound', String(input.roundId), 'input.roundId');
      write(ctx, ({ tx, log, publish }) => {
        const before = mustFind(tx, negotiationRounds, id, 'input.roundId', 'round');
        const sourceId = optionalRef(tx, sources, 'Source', input.sourceId, 'input.sourceId');
        const update = tx
          .insert(roundUpdates)
          .values({ roundId: id, at: input.at, atPrecision: input.atPrecision ?? 'DAY', status: input.status, note: input.note, sourceId })
          .returning()
          .get();
        const latest = tx
          .select({ status: roundUpdates.status })
          .from(roundUpdates)
          .where(eq(roundUpdates.roundId, id))
          .orderBy(sql`${roundUpdates.at} desc, ${roundUpdates.id} desc`)
          .limit(1)
          .get()!;
        const after = tx
          .update(negotiationRounds)
          .set({ status: latest.status, outcome: input.outcome ?? before.outcome, updatedAt: new Date().toISOString() })
          .where(eq(negotiationRounds.id, id))
          .returning()
          .get();
        log('RoundUpdate', update.id, 'create', null, update);
        log('NegotiationRound', id, 'status', before, after);
        publish('roundUpdated', id);
      });
      return ctx.db.query.negotiationRounds.findFirst(query({ where: { id } })).then((r) => r!);
    },
  }),
  createDemand: t.drizzleField({
    type: 'demands',
    authScopes: { editor: true },
    args: { input: t.arg({ type: DemandInput, required: true }) },
    resolve: (query, _r, { input }, ctx) => {
      const id = write(ctx, ({ tx, log, publish }) => {
        const roundId = idOf('NegotiationRound', String(input.roundId), 'input.roundId');
        mustFind(tx, negotiationRounds, roundId, 'input.roundId', 'round');
        const [byId] = actorIds(tx, [input.byId], 'input.byId');
        const [toId] = actorIds(tx, [input.toId], 'input.toId');
        const row = tx
          .insert(demands)
          .values({
            roundId,
            byId: byId!,
            toId: toId!,
            text: input.text,
            status: input.status ?? 'TABLED',
            note: input.note ?? null,
            sourceId: optionalRef(tx, sources, 'Source', input.sourceId, 'input.sourceId'),
          })
          .returning()
          .get();
        log('Demand', row.id, 'create', null, row);
        publish('roundUpdated', roundId);
        return row.id;
      });
      return ctx.db.query.demands.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
  updateDemand: t.drizzleField({
    type: 'demands',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateDemandInput, required: true }) },
    resolve: (query, _r, args, ctx) => {
      const id = idOf('Demand', String(args.id), 'id');
      write(ctx, ({ tx, log, publish }) => {
        const before = mustFind(tx, demands, id, 'id', 'demand');
        const { sourceId, ...rest } = args.input;
        const patch = patchOf(rest, ['text', 'status']);
        if (sourceId !== undefined) patch.sourceId = optionalRef(tx, sources, 'Source', sourceId, 'input.sourceId');
        const after = Object.keys(patch).length ? tx.update(demands).set(patch).where(eq(demands.id, id)).returning().get() : before;
        log('Demand', id, 'update', before, after);
        publish('roundUpdated', before.roundId);
      });
      return ctx.db.query.demands.findFirst(query({ where: { id } })).then((d) => d!);
    },
  }),
}));

builder.subscriptionFields((t) => ({
  roundUpdated: t.drizzleField({
    type: 'negotiationRounds',
    description: 'A round, each time its status, demands or details change. Without roundId, every round.',
    args: { roundId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const only = optionalIdOf('NegotiationRound', args.roundId == null ? null : String(args.roundId), 'roundId');
      return pipe(resumable(ctx, 'roundUpdated', ctx.pubsub.subscribe('roundUpdated')), filter((id: number) => only === null || id === only));
    },
    resolve: (query, id, _args, ctx) =>
      ctx.db.query.negotiationRounds.findFirst(query({ where: { id: id as unknown as number } })).then((r) => r!),
  }),
}));
