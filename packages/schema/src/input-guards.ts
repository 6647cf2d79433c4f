import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.ts';

/**
 * Checks every argument of every field before Pothos sees it: the rules here hold for all inputs alike,
 * so no field can forget them.
 *
 * - Text must be storable as sent: a lone UTF-16 surrogate is written to SQLite as invalid UTF-8 and read
 *   back as U+FFFD, and a NUL truncates text in many tools. Both are refused, naming the field.
 * - Cursors must be ones a list gave out: a garbage `after` was silently ignored when only totalCount was
 *   asked for, so a client never learned that its paging was broken.
 * - Global ids carry decimal row ids only: `Actor:0x10` is not actor 16.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode text (it holds a lone surrogate)';
  return null;
}

function checkText(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw badInput(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkText(item, `${path}.${i}`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkText(item, `${path}.${key}`);
  }
}

/** Drizzle cursors as @pothos/plugin-drizzle writes them: base64 of `DC:` and a typed value (N:, S:, T:[…]). */
function isCursor(cursor: string): boolean {
  if (!/^[A-Za-z0-9+/=_-]{1,2000}$/.test(cursor)) return false;
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  const value = /^DC:(.*)$/s.exec(decoded)?.[1];
  if (value === undefined) return false;
  const typed = (v: unknown) => typeof v === 'string' && /^(N:-?\d+(\.\d+)?|S:.*|B:(true|false)|D:.+)$/s.test(v);
  if (value.startsWith('T:')) {
    try {
      const parts: unknown = JSON.parse(value.slice(2));
      return Array.isArray(parts) && parts.length > 0 && parts.every(typed);
    } catch {
      return false;
    }
  }
  return typed(value);
}

const DECIMAL_ID = /^[1-9]\d{0,15}$/;

function rowIdProblem(globalId: unknown): boolean {
  if (typeof globalId !== 'string') return false;
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64').toString('utf8');
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return colon > 0 && !DECIMAL_ID.test(decoded.slice(colon + 1));
}

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

/** Lists whose cursors are their own (not Pothos's drizzle cursors): they decode and refuse bad ones themselves. */
const OWN_CURSORS = new Set(['Query.sync', 'Query.search']);

export function applyInputGuards(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const paged = OWN_CURSORS.has(`${type.name}.${field.name}`) ? [] : field.args.filter((a) => a.name === 'after' || a.name === 'before').map((a) => a.name);
      const isNode = type === query && field.name === 'node';
      const isNodes = type === query && field.name === 'nodes';
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      field.resolve = (parent, args, ctx, info) => {
        for (const [name, value] of Object.entries(args)) checkText(value, name);
        for (const name of paged) {
          const cursor = args[name];
          if (typeof cursor === 'string' && !isCursor(cursor)) throw badInput(name, 'is not a cursor this list gave out');
        }
        if (isNode && rowIdProblem(args.id)) throw badInput('id', 'is not a valid id');
        if (isNodes && Array.isArray(args.ids)) {
          (args.ids as unknown[]).forEach((id, i) => {
            if (rowIdProblem(id)) throw badInput(`ids.${i}`, 'is not a valid id');
          });
        }
        return resolve(parent, args, ctx, info);
      };
      const subscribe = field.subscribe as Resolver | undefined;
      if (subscribe) {
        field.subscribe = (parent, args, ctx, info) => {
          for (const [name, value] of Object.entries(args)) checkText(value, name);
          return subscribe(parent, args, ctx, info);
        };
      }
    }
  }
  return schema;
}
