// Retract and delete for every entity a curator can create: retractStatement(id, reason),
// deleteStatement(id, reason), and the same for each type in core's CORRECTABLE list. Thin: decode, call one
// core command.
import { CORRECTABLE_ENTITIES, deleteRecord, retractRecord, type CorrectionResult } from '@parley/core';
import { tombstones } from '@parley/core/tables';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { idOf } from '../ids.ts';
import { shortRule } from './inputs.ts';

const Correction = builder.objectRef<CorrectionResult>('Correction').implement({
  description: 'A retraction or deletion as recorded: which record, when, by whom and why.',
  fields: (t) => ({
    nodeId: t.exposeID('globalId', { description: 'Global id of the record retracted or deleted.' }),
    entity: t.exposeString('entity'),
    at: t.expose('at', { type: 'DateTime' }),
    by: t.exposeString('by'),
    reason: t.exposeString('reason'),
  }),
});

builder.drizzleNode('tombstones', {
  name: 'Tombstone',
  id: { column: (x) => x.id },
  authScopes: { editor: true },
  description: 'What remains of a deleted record.',
  fields: (t) => ({
    nodeId: t.exposeID('globalId', { description: 'The global id the record had.' }),
    entity: t.exposeString('entity'),
    entityId: t.exposeInt('entityId'),
    at: t.expose('at', { type: 'DateTime' }),
    who: t.exposeString('who'),
    reason: t.exposeString('reason'),
  }),
});

builder.queryFields((t) => ({
  tombstones: t.drizzleConnection(
    {
      type: 'tombstones',
      authScopes: { editor: true },
      description: 'Deleted records, newest first. Needs a token.',
      args: { entity: t.arg.string({ validate: z.string().max(60) }) },
      totalCount: (_p, args, ctx) => ctx.db.$count(tombstones, args.entity ? sql`${tombstones.entity} = ${args.entity}` : undefined),
      resolve: (query, _p, args, ctx) =>
        ctx.db.query.tombstones.findMany(query({ where: args.entity ? { entity: args.entity } : {}, orderBy: { id: 'desc' } })),
    },
    { name: 'TombstoneConnection' },
    { name: 'TombstoneEdge' },
  ),
}));

const reasonRule = shortRule;

builder.mutationFields((t) =>
  Object.fromEntries(
    CORRECTABLE_ENTITIES.flatMap((entity) => [
      [
        `retract${entity}`,
        t.field({
          type: Correction,
          authScopes: { editor: true },
          description: `Retracts a ${entity}: the row stays on the record with who, when and why, and leaves every public read.`,
          args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: reasonRule }) },
          resolve: (_r, args, ctx) => retractRecord(ctx, entity, idOf(entity, String(args.id), 'id'), args.reason),
        }),
      ],
      [
        `delete${entity}`,
        t.field({
          type: Correction,
          authScopes: { editor: true },
          description: `Deletes a ${entity} and its parts, leaving a tombstone. Refused with CONFLICT while other records refer to it.`,
          args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: reasonRule }) },
          resolve: (_r, args, ctx) => deleteRecord(ctx, entity, idOf(entity, String(args.id), 'id'), args.reason),
        }),
      ],
    ]),
  ),
);
