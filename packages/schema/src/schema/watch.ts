// Watches (saved rules) and their alerts. Everything here needs a token. Resolvers decode, check the webhook
// address with core's outbound guard (it needs DNS, so it runs before the write) and call one command.
import { acknowledgeAlert, checkOutboundUrl, createWatch, deleteWatch, pauseWatch, resumeWatch, type WatchRule } from '@parley/core';
import { alerts, watches } from '@parley/core/tables';
import { sql } from 'drizzle-orm';
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { Side, Stance } from './enums.ts';
import { nameRule, urlRule } from './inputs.ts';
import { decodeStatementFilter, StatementFilter } from './statement.ts';

const WatchKind = builder.enumType('WatchKind', { values: ['STATEMENT', 'THRESHOLD', 'ROUND_STATUS', 'CLAIM_STANCE'] as const });
const WatchStatus = builder.enumType('WatchStatus', { values: ['ACTIVE', 'PAUSED'] as const });
const ThresholdMode = builder.enumType('ThresholdMode', {
  values: ['BELOW', 'ABOVE', 'DAY_CHANGE'] as const,
  description: "BELOW / ABOVE: a side's daily mean intensity crosses the value; DAY_CHANGE: it moves at least the value from the day before.",
});
const DeliveryStatus = builder.enumType('DeliveryStatus', { values: ['PENDING', 'DELIVERED', 'FAILED'] as const });

builder.drizzleNode('watches', {
  name: 'Watch',
  id: { column: (w) => w.id },
  authScopes: { editor: true },
  description: 'A saved rule. When it fires it raises an alert with its evidence, and posts it to its webhook if it has one.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: WatchKind }),
    status: t.expose('status', { type: WatchStatus }),
    rule: t.expose('rule', { type: 'JSON', description: 'The rule’s parameters (database ids inside filters).' }),
    webhookUrl: t.exposeString('webhookUrl', { nullable: true }),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    alerts: t.relatedConnection('alerts', { query: { orderBy: { id: 'desc' } }, totalCount: true }),
  }),
});

builder.drizzleNode('alerts', {
  name: 'Alert',
  id: { column: (a) => a.id },
  authScopes: { editor: true },
  fields: (t) => ({
    watch: t.relation('watch'),
    at: t.expose('at', { type: 'DateTime' }),
    summary: t.exposeString('summary'),
    evidence: t.expose('evidence', {
      type: 'JSON',
      description:
        'statements: [{ id, text, act, saidOn, speaker, quotes: [{ id, text, start, end, source { id, title, outlet, url, address } }], outlets, independentOrigins }]; thresholds add before/after figures; rounds before/after status.',
    }),
    acknowledgedAt: t.expose('acknowledgedAt', { type: 'DateTime', nullable: true }),
    acknowledgedBy: t.exposeString('acknowledgedBy', { nullable: true }),
    deliveries: t.relation('deliveries', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.drizzleObject('deliveries', {
  name: 'WebhookDelivery',
  fields: (t) => ({
    url: t.exposeString('url'),
    status: t.expose('status', { type: DeliveryStatus }),
    attemptCount: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    lastError: t.exposeString('lastError', { nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    attempts: t.relation('attemptLog', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.drizzleObject('deliveryAttempts', {
  name: 'WebhookAttempt',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    httpStatus: t.exposeInt('httpStatus', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    durationMs: t.exposeInt('durationMs'),
  }),
});

const ThresholdInput = builder.inputType('ThresholdInput', {
  fields: (t) => ({
    side: t.field({ type: Side, required: true }),
    mode: t.field({ type: ThresholdMode, required: true }),
    value: t.float({ required: true, validate: z.number().min(-10).max(20) }),
  }),
});
const RoundStatusWatchInput = builder.inputType('RoundStatusWatchInput', {
  fields: (t) => ({ round: t.id({ description: 'One round; all rounds when absent.' }) }),
});
const ClaimStanceWatchInput = builder.inputType('ClaimStanceWatchInput', {
  fields: (t) => ({
    claim: t.id({ description: 'One claim; all claims when absent.' }),
    stances: t.field({ type: [Stance], description: 'Default ASSERTS and DENIES.' }),
  }),
});

const CreateWatchInput = builder.inputType('CreateWatchInput', {
  description: 'A name and exactly one rule: filter (new statements), threshold, roundStatus or claimStance.',
  fields: (t) => ({
    name: t.string({ required: true, validate: nameRule }),
    filter: t.field({ type: StatementFilter }),
    threshold: t.field({ type: ThresholdInput }),
    roundStatus: t.field({ type: RoundStatusWatchInput }),
    claimStance: t.field({ type: ClaimStanceWatchInput }),
    webhookUrl: t.string({ validate: urlRule, description: 'Receives each alert, signed in the Parley-Signature header.' }),
  }),
});

const CreatedWatch = builder.objectRef<{ id: number; secret: string }>('CreatedWatch').implement({
  fields: (t) => ({
    watch: t.drizzleField({ type: 'watches', resolve: (query, p, _a, ctx) => ctx.db.query.watches.findFirst(query({ where: { id: p.id } })).then((w) => w!) }),
    secret: t.exposeString('secret', {
      description: 'Shown once. Webhook bodies are signed with it: Parley-Signature: sha256=<hex HMAC-SHA256 of the body>.',
    }),
  }),
});

function ruleOf(ctx: Parameters<typeof decodeStatementFilter>[0], input: typeof CreateWatchInput.$inferInput): WatchRule {
  const given = (['filter', 'threshold', 'roundStatus', 'claimStance'] as const).filter((k) => input[k] != null);
  if (given.length !== 1) throw badInput('input', 'give exactly one rule: filter, threshold, roundStatus or claimStance');
  if (input.filter) {
    if (input.filter.status && input.filter.status !== 'PUBLISHED') throw badInput('input.filter.status', 'watches see published statements only');
    return { kind: 'STATEMENT', filter: decodeStatementFilter(ctx, input.filter, 'input.filter') };
  }
  if (input.threshold) return { kind: 'THRESHOLD', ...input.threshold };
  if (input.roundStatus) return { kind: 'ROUND_STATUS', roundId: optionalIdOf('NegotiationRound', input.roundStatus.round, 'input.roundStatus.round') };
  const c = input.claimStance!;
  return { kind: 'CLAIM_STANCE', claimId: optionalIdOf('Claim', c.claim, 'input.claimStance.claim'), stances: c.stances ?? [] };
}

builder.queryFields((t) => ({
  watches: t.drizzleConnection(
    {
      type: 'watches',
      authScopes: { editor: true },
      totalCount: (_p, _a, ctx) => ctx.db.$count(watches),
      resolve: (query, _p, _a, ctx) => ctx.db.query.watches.findMany(query({ orderBy: { id: 'desc' } })),
    },
    { name: 'WatchConnection' },
    { name: 'WatchEdge' },
  ),
  alerts: t.drizzleConnection(
    {
      type: 'alerts',
      authScopes: { editor: true },
      description: 'Alerts, newest first. Needs a token.',
      args: { watch: t.arg.id(), unacknowledged: t.arg.boolean({ defaultValue: false }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(alerts, alertWhere(args)),
      resolve: (query, _p, args, ctx) => {
        const where = alertWhere(args);
        return ctx.db.query.alerts.findMany(query({ where: { RAW: () => where }, orderBy: { id: 'desc' } }));
      },
    },
    { name: 'AlertConnection' },
    { name: 'AlertEdge' },
  ),
}));

function alertWhere(args: { watch?: string | number | null; unacknowledged?: boolean | null }) {
  const watchId = optionalIdOf('Watch', args.watch == null ? null : String(args.watch), 'watch');
  const parts = [watchId === null ? null : `watch_id = ${watchId}`, args.unacknowledged ? 'acknowledged_at IS NULL' : null].filter(Boolean);
  return sql.raw(parts.length ? parts.join(' AND ') : '1 = 1');
}

builder.mutationFields((t) => ({
  createWatch: t.field({
    type: CreatedWatch,
    authScopes: { editor: true },
    description: 'Saves a watch. A webhook must be http(s) to a public address (PARLEY_FETCH_ALLOW lists exceptions).',
    args: { input: t.arg({ type: CreateWatchInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const rule = ruleOf(ctx, input);
      const webhookUrl = input.webhookUrl ? (await checkOutboundUrl(input.webhookUrl, 'input.webhookUrl')).toString() : null;
      return createWatch(ctx, { name: input.name, rule, webhookUrl });
    },
  }),
  pauseWatch: t.drizzleField({
    type: 'watches',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = await pauseWatch(ctx, idOf('Watch', String(args.id), 'id'));
      return ctx.db.query.watches.findFirst(query({ where: { id } })).then((w) => w!);
    },
  }),
  resumeWatch: t.drizzleField({
    type: 'watches',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = await resumeWatch(ctx, idOf('Watch', String(args.id), 'id'));
      return ctx.db.query.watches.findFirst(query({ where: { id } })).then((w) => w!);
    },
  }),
  deleteWatch: t.id({
    authScopes: { editor: true },
    description: 'Deletes a watch with its alerts; returns its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => (await deleteWatch(ctx, idOf('Watch', String(args.id), 'id')), args.id),
  }),
  acknowledgeAlert: t.drizzleField({
    type: 'alerts',
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = await acknowledgeAlert(ctx, idOf('Alert', String(args.id), 'id'));
      return ctx.db.query.alerts.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
}));

builder.subscriptionFields((t) => ({
  alertRaised: t.drizzleField({
    type: 'alerts',
    authScopes: { editor: true },
    description: 'Each alert as a watch raises it. Needs a token.',
    args: { watch: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const only = optionalIdOf('Watch', args.watch == null ? null : String(args.watch), 'watch');
      const raised = ctx.pubsub.subscribe('alertRaised');
      if (only === null) return raised;
      return pipe(
        raised,
        filter(async (id: number) => (await ctx.db.query.alerts.findFirst({ columns: { id: true }, where: { id, watchId: only } })) !== undefined),
      );
    },
    resolve: (query, id, _args, ctx) => ctx.db.query.alerts.findFirst(query({ where: { id: id as unknown as number } })).then((a) => a!),
  }),
}));
