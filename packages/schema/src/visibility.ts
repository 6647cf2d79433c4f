import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { ParleyContext } from './context.ts';
import { userError } from './errors.ts';

/**
 * What is not yet fact: a statement that ingestion proposed but no editor published, a quote link nobody
 * confirmed (or one rejected), an actor ingestion proposed. Anonymous readers never see these rows, however
 * they reach them (node, nodes, actor(slug), or any relation); a reader with a token (the review UI) does.
 */
const UNREVIEWED: Record<string, (row: Record<string, unknown>) => boolean> = {
  Statement: (row) => row.status !== undefined && row.status !== 'PUBLISHED',
  Quote: (row) => row.link !== undefined && row.link !== 'CONFIRMED',
  Actor: (row) => row.status === 'PROPOSED',
};

export const isUnreviewed = (typename: string, row: unknown): boolean =>
  typeof row === 'object' && row !== null && (UNREVIEWED[typename]?.(row as Record<string, unknown>) ?? false);

type Resolver = GraphQLFieldResolver<unknown, ParleyContext, Record<string, unknown>>;

const then = (value: unknown, fn: (v: unknown) => unknown) =>
  value && typeof (value as PromiseLike<unknown>).then === 'function' ? (value as Promise<unknown>).then(fn) : fn(value);

function hiddenError(where: string) {
  return userError('UNAUTHENTICATED', `${where}: not yet reviewed; reading it needs a token`, where);
}

/** Filters one field's answer: unreviewed rows leave lists and become null (or an error where null is not allowed). */
function guardResult(type: GraphQLOutputType, typename: string, where: string): (value: unknown) => unknown {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  if (isListType(inner)) {
    return (value) => (Array.isArray(value) ? value.filter((row) => !isUnreviewed(typename, row)) : value);
  }
  return (value) => {
    if (!isUnreviewed(typename, value)) return value;
    if (nonNull) throw hiddenError(where);
    return null;
  };
}

function typenameOf(globalId: unknown): string | null {
  if (typeof globalId === 'object' && globalId !== null) return String((globalId as { typename?: unknown }).typename ?? '') || null;
  try {
    return decodeGlobalID(String(globalId)).typename;
  } catch {
    return null;
  }
}

function wrap(field: GraphQLField<unknown, ParleyContext>, around: (resolve: Resolver) => Resolver) {
  field.resolve = around((field.resolve ?? defaultFieldResolver) as Resolver);
}

/** Applies the rule to every field of the built schema; called once by createSchema. */
export function applyVisibility(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const where = `${type.name}.${field.name}`;
      // Asking for unreviewed quote links is itself refused without a token, naming the argument.
      if (field.args.some((a) => a.name === 'links')) {
        wrap(field, (resolve) => (parent, args, ctx, info) => {
          const links = args.links as string[] | null | undefined;
          if (!ctx.viewer && links?.some((l) => l !== 'CONFIRMED')) {
            throw userError('UNAUTHENTICATED', 'links: unreviewed quote links need a token', 'links');
          }
          return resolve(parent, args, ctx, info);
        });
      }
      const named = getNamedType(field.type).name;
      if (UNREVIEWED[named]) {
        const guard = guardResult(field.type, named, where);
        wrap(field, (resolve) => (parent, args, ctx, info) => {
          const value = resolve(parent, args, ctx, info);
          return ctx.viewer ? value : then(value, guard);
        });
      }
    }
  }
  // node and nodes answer through the Node interface: the id names the type.
  const query = schema.getQueryType();
  const node = query?.getFields().node;
  if (node) {
    wrap(node, (resolve) => (parent, args, ctx, info) => {
      const value = resolve(parent, args, ctx, info);
      if (ctx.viewer) return value;
      const typename = typenameOf(args.id);
      return then(value, (row) => (typename && isUnreviewed(typename, row) ? null : row));
    });
  }
  const nodes = query?.getFields().nodes;
  if (nodes) {
    wrap(nodes, (resolve) => (parent, args, ctx, info) => {
      const value = resolve(parent, args, ctx, info);
      if (ctx.viewer) return value;
      const ids = (args.ids as unknown[]) ?? [];
      return then(value, (rows) =>
        Array.isArray(rows)
          ? rows.map((row, i) =>
              then(row, (r) => {
                const typename = typenameOf(ids[i]);
                return typename && isUnreviewed(typename, r) ? null : r;
              }),
            )
          : rows,
      );
    });
  }
  return schema;
}
