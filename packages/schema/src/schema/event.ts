import { and, sql } from 'drizzle-orm';
import { z } from 'zod';
import { createEvent, updateEvent } from '@parley/core';
import { events } from '@parley/core/tables';
import { builder } from '../builder.ts';
import { citationsField, citedTextField } from './citations.ts';
import { badInput } from '../errors.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { DatePrecision, EventType } from './enums.ts';
import { countryRule, nameRule, textRule } from './inputs.ts';

builder.drizzleNode('events', {
  name: 'Event',
  id: { column: (e) => e.id },
  description: 'An incident: a clash, a strike, an operation, a deployment, a policy.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true }),
    type: t.expose('type', { type: EventType }),
    occurredOn: t.expose('occurredOn', { type: 'Date' }),
    datePrecision: t.expose('datePrecision', { type: DatePrecision }),
    summary: t.string(citedTextField('summary', '')),
    citations: t.field(citationsField('summary')),
    locations: t.relation('locations', { query: { orderBy: { id: 'asc' } } }),
    claims: t.relation('claims', { query: { where: { retractedAt: { isNull: true } }, orderBy: { id: 'asc' } } }),
    source: t.relation('source', { nullable: true }),
  }),
});

builder.drizzleObject('eventLocations', {
  name: 'Location',
  fields: (t) => ({
    place: t.exposeString('place', { nullable: true }),
    province: t.exposeString('province', { nullable: true, description: 'First-level administrative division.' }),
    country: t.exposeString('country'),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  fields: (t) => ({
    type: t.field({ type: EventType }),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    country: t.string({ validate: countryRule }),
  }),
});

function eventWhere(f: typeof EventFilter.$inferInput | null | undefined) {
  return (e: typeof events) =>
    and(
      sql`${e.retractedAt} IS NULL`,
      f?.type ? sql`${e.type} = ${f.type}` : undefined,
      f?.from ? sql`${e.occurredOn} >= ${f.from}` : undefined,
      f?.to ? sql`${e.occurredOn} <= ${f.to}` : undefined,
      f?.country ? sql`${e.id} IN (SELECT event_id FROM event_locations WHERE country = ${f.country})` : undefined,
    )!;
}

const LocationInput = builder.inputType('LocationInput', {
  fields: (t) => ({
    place: t.string({ validate: nameRule }),
    province: t.string({ validate: nameRule }),
    country: t.string({ required: true, validate: countryRule }),
  }),
});

const CreateEventInput = builder.inputType('CreateEventInput', {
  fields: (t) => ({
    type: t.field({ type: EventType, required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
    datePrecision: t.field({ type: DatePrecision, defaultValue: 'DAY' }),
    summary: t.string({ required: true, validate: textRule }),
    sourceId: t.id(),
    locations: t.field({ type: [LocationInput], validate: z.array(z.any()).max(50) }),
  }),
});

const UpdateEventInput = builder.inputType('UpdateEventInput', {
  fields: (t) => ({
    type: t.field({ type: EventType }),
    occurredOn: t.field({ type: 'Date' }),
    datePrecision: t.field({ type: DatePrecision }),
    summary: t.string({ validate: textRule }),
    sourceId: t.id(),
    locations: t.field({ type: [LocationInput], validate: z.array(z.any()).max(50), description: 'Replaces the locations.' }),
  }),
});

builder.queryFields((t) => ({
  events: t.drizzleConnection(
    {
      type: 'events',
      args: { filter: t.arg({ type: EventFilter }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(events, eventWhere(args.filter)(events)),
      resolve: (query, _p, args, ctx) => {
        if (args.filter?.from && args.filter.to && args.filter.to < args.filter.from) throw badInput('filter.to', 'must not be before filter.from');
        const where = eventWhere(args.filter);
        return ctx.db.query.events.findMany(query({ where: { RAW: (e) => where(e) }, orderBy: { occurredOn: 'desc', id: 'desc' } }));
      },
    },
    { name: 'EventConnection' },
    { name: 'EventEdge' },
  ),
}));

builder.mutationFields((t) => ({
  createEvent: t.drizzleField({
    type: 'events',
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await createEvent(ctx, { ...input, sourceId: optionalIdOf('Source', input.sourceId, 'input.sourceId') });
      return ctx.db.query.events.findFirst(query({ where: { id } })).then((e) => e!);
    },
  }),
  updateEvent: t.drizzleField({
    type: 'events',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateEventInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idOf('Event', String(args.id), 'id');
      const { sourceId, ...rest } = args.input;
      await updateEvent(ctx, id, { ...rest, sourceId: sourceId === undefined ? undefined : optionalIdOf('Source', sourceId, 'input.sourceId') });
      return ctx.db.query.events.findFirst(query({ where: { id } })).then((e) => e!);
    },
  }),
}));
