// The public sync feed: every change to the public dataset in commit order, oldest first. Rows are written
// by core inside each write's transaction (core/src/sync), so this resolver only pages through them.
import { queryRows, SYNC_ENTITIES } from '@parley/core';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';

interface SyncRow {
  id: number;
  at: string;
  entity: string;
  globalId: string;
  kind: 'CREATED' | 'UPDATED' | 'RETRACTED' | 'DELETED';
  data: string | null;
  reason: string | null;
}

const SyncKind = builder.enumType('SyncKind', { values: ['CREATED', 'UPDATED', 'RETRACTED', 'DELETED'] as const });

const SyncChange = builder.objectRef<SyncRow>('SyncChange').implement({
  description: 'One change to the public dataset. Apply in order: CREATED and UPDATED put data, RETRACTED and DELETED remove the record.',
  fields: (t) => ({
    nodeId: t.exposeID('globalId', { description: "The record's global id, as node(id) takes it." }),
    entity: t.exposeString('entity', { description: 'Its GraphQL type: Actor, Source, Statement, Quote, Event, Claim, NegotiationRound, Demand.' }),
    kind: t.expose('kind', { type: SyncKind }),
    at: t.expose('at', { type: 'DateTime', description: 'When the change was committed.' }),
    data: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The public record after the change (references are global ids); null when it left the public dataset.',
      resolve: (row) => (row.data === null ? null : JSON.parse(row.data)),
    }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it was retracted or deleted, when an editor said so.' }),
  }),
});

const CURSOR_PREFIX = 'sync:';
const encodeCursor = (id: number) => Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64');
function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const id = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(id) || id < 0) throw badInput('after', 'is not a cursor of this feed');
  return id;
}

const PAGE = `SELECT id, at, entity, global_id AS "globalId", kind, data, reason FROM sync_log
  WHERE id > ? AND (CAST(? AS TEXT) IS NULL OR entity = ?) ORDER BY id LIMIT ?`;

builder.queryFields((t) => ({
  sync: t.connection(
    {
      type: SyncChange,
      description:
        'Every change to the public dataset in commit order, oldest first. Replaying it from the start rebuilds the public dataset; keep endCursor and ask again with after to follow it. Unpublished records appear only once public.',
      args: {
        entity: t.arg.string({ description: 'Only changes to this type (e.g. Statement).', validate: z.string().max(60) }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null) throw badInput('last', 'the feed pages forward only: use first and after');
        if (args.entity && !SYNC_ENTITIES.includes(args.entity)) throw badInput('entity', `must be one of ${SYNC_ENTITIES.join(', ')}`);
        const after = args.after ? decodeCursor(args.after) : 0;
        const first = args.first ?? 100;
        const entity = args.entity ?? null;
        const rows = await queryRows<SyncRow>(ctx.db, PAGE, after, entity, entity, first + 1);
        const page = rows.slice(0, first);
        const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: rows.length > first,
            hasPreviousPage: after > 0,
            startCursor: edges[0]?.cursor ?? null,
            // An empty page still hands back where to resume, so a follower can poll with it.
            endCursor: edges.at(-1)?.cursor ?? args.after ?? null,
          },
        };
      },
    },
    { name: 'SyncConnection' },
    { name: 'SyncEdge' },
  ),
}));
