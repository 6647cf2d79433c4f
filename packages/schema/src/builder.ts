import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { ParleyContext } from './context.ts';
import { blankMissingNodes } from './missing-nodes.ts';
import { relations } from '@parley/core';
import { badInput, userError } from './errors.ts';
import { decodeNodeId, refuseUndecodable } from './ids.ts';
import { validationFailure } from './validation.ts';

export const MAX_PAGE_SIZE = 100;

function nullIfMissing(error: unknown): null {
  if (error instanceof Error && / not found$/.test(error.message)) return null;
  throw error;
}
const pageSize = z.number().int().min(0, 'must be at least 0').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`);

export interface PothosTypes {
  Context: ParleyContext;
  DrizzleRelations: typeof relations;
  AuthScopes: { editor: boolean; admin: boolean };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ValidationPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
  },
  relay: {
    cursorType: 'String',
    decodeGlobalID: decodeNodeId,
    firstArgOptions: { validate: pageSize },
    lastArgOptions: { validate: pageSize },
    // An id whose row is gone is a null node, as Relay expects, not an error for the whole list.
    nodeQueryOptions: {
      resolve: async (_root, { id }, ctx, _info, resolveNode) => {
        const ids = [id] as Parameters<typeof blankMissingNodes>[1];
        refuseUndecodable(ids, 'id');
        await blankMissingNodes(ctx.db, ids, ctx.viewer !== null);
        return ids[0] ? Promise.resolve(resolveNode(id)).catch(nullIfMissing) : null;
      },
    },
    nodesQueryOptions: {
      resolve: async (_root, args, ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_PAGE_SIZE) throw badInput('ids', `must list at most ${MAX_PAGE_SIZE} ids`);
        refuseUndecodable(args.ids, 'ids');
        await blankMissingNodes(ctx.db, args.ids as Parameters<typeof blankMissingNodes>[1], ctx.viewer !== null);
        return resolveNodes(args.ids);
      },
    },
  },
  validation: { validationError: validationFailure },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      editor: ctx.viewer !== null,
      admin: ctx.viewer?.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? userError('FORBIDDEN', 'This write needs an ADMIN token')
        : userError('UNAUTHENTICATED', 'Writes need an Authorization: Bearer <token> header with a valid token'),
  },
});
