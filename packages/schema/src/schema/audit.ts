import { and, sql } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { issueApiToken, withdrawApiToken } from '@parley/core';
import { changes } from '@parley/core/tables';
import { TokenRole } from './enums.ts';
import { nameRule } from './inputs.ts';
import { badInput } from '../errors.ts';

builder.drizzleNode('changes', {
  name: 'Change',
  id: { column: (c) => c.id },
  description: 'One write in the audit trail: who, when, what, and the row before and after.',
  authScopes: { editor: true },
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    who: t.exposeString('who'),
    entity: t.exposeString('entity'),
    entityId: t.exposeInt('entityId', { description: 'Database id of the row written.' }),
    action: t.exposeString('action'),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
  }),
});

const ChangeFilter = builder.inputType('ChangeFilter', {
  fields: (t) => ({
    entity: t.string({ validate: z.string().max(60) }),
    entityId: t.int({ validate: z.number().int().min(1) }),
    from: t.field({ type: 'DateTime', description: 'Changes at or after this time.' }),
    to: t.field({ type: 'DateTime', description: 'Changes at or before this time (a bare date includes that whole day).' }),
  }),
});

const NewToken = builder.objectRef<{ id: number; secret: string; name: string; role: 'EDITOR' | 'ADMIN' }>('NewApiToken').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: TokenRole }),
    token: t.exposeString('secret', { description: 'Shown once; only its hash is stored.' }),
  }),
});

builder.queryFields((t) => ({
  changes: t.drizzleConnection(
    {
      type: 'changes',
      authScopes: { editor: true },
      description: 'The audit trail, newest first. Needs a token.',
      args: { filter: t.arg({ type: ChangeFilter }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(changes, changeWhere(args.filter)(changes)),
      resolve: (query, _p, args, ctx) => {
        const where = changeWhere(args.filter);
        return ctx.db.query.changes.findMany(query({ where: { RAW: (c) => where(c) }, orderBy: { id: 'desc' } }));
      },
    },
    { name: 'ChangeConnection' },
    { name: 'ChangeEdge' },
  ),
}));

type ChangeFilterValues = { entity?: string | null; entityId?: number | null; from?: string | null; to?: string | null };

// Stored times are ISO strings in UTC, so string comparison orders them; a bare `to` date means its whole day.
const upperBound = (to: string) => (to.length === 10 ? `${to}T23:59:59.999Z` : new Date(to).toISOString());

function changeWhere(f: ChangeFilterValues | null | undefined) {
  const from = f?.from ? new Date(f.from).toISOString() : null;
  const to = f?.to ? upperBound(f.to) : null;
  if (from && to && to < from) throw badInput('filter.to', 'must not be before filter.from');
  return (c: typeof changes) =>
    and(
      sql`1 = 1`,
      f?.entity ? sql`${c.entity} = ${f.entity}` : undefined,
      f?.entityId ? sql`${c.entityId} = ${f.entityId}` : undefined,
      from ? sql`${c.at} >= ${from}` : undefined,
      to ? sql`${c.at} <= ${to}` : undefined,
    )!;
}

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: NewToken,
    authScopes: { admin: true },
    description: 'Mints a token. Its secret is in the answer and nowhere else.',
    args: { name: t.arg.string({ required: true, validate: nameRule }), role: t.arg({ type: TokenRole, required: true }) },
    resolve: async (_r, args, ctx) => ({ ...(await issueApiToken(ctx, args.name, args.role)), name: args.name, role: args.role }),
  }),
  revokeApiToken: t.boolean({
    authScopes: { admin: true },
    args: { id: t.arg.int({ required: true }) },
    resolve: (_r, args, ctx) => withdrawApiToken(ctx, args.id),
  }),
}));
