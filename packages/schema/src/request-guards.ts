import { GraphQLError, NoSchemaIntrospectionCustomRule, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from './context.ts';

/** Deepest nesting of braces, brackets and parentheses a query text may have (the depth limit is 12 fields). */
export const MAX_QUERY_NESTING = 64;
/** Deepest nesting of lists and objects in the variables. */
export const MAX_VARIABLE_NESTING = 32;

export interface RequestGuardOptions {
  /** Checks a bearer token; null when it names no live token. */
  checkToken?: (token: string | null) => Promise<Viewer | null>;
  /** Failed token checks one client address may make per minute before it gets 429 (default 20). */
  authFailuresPerMinute?: number;
  /** Whether the schema may be introspected (default true). */
  introspection?: boolean;
}

function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** Nesting depth of a query text, skipping strings, block strings and comments; stops counting past the limit. */
function queryNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end < 0 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      if (++depth > deepest) deepest = depth;
      if (deepest > MAX_QUERY_NESTING) return deepest;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return deepest;
}

/** Nesting depth of a JSON value, without recursion (a 100,000-deep array must not overflow the stack). */
function valueNesting(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > deepest) deepest = d + 1;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;
const SUGGESTS = / ?Did you mean [^?]*\?/;

/**
 * Request-level guards that run before a query is parsed:
 * - an Authorization header must carry a live token (401 otherwise, never a silent anonymous read that
 *   also skips the response cache), and an address that keeps failing gets 429 for a while;
 * - nesting too deep for the parser or for variable coercion is BAD_USER_INPUT, not a stack overflow;
 * - answers never echo the request body (Yoga puts the JSON parser's message, which quotes it, in the
 *   error) nor suggest schema names ("Did you mean …");
 * - introspection can be turned off.
 */
export function requestGuards(options: RequestGuardOptions): { plugin: Plugin; viewerOf(request: Request): Viewer | null | undefined } {
  const viewers = new WeakMap<Request, Viewer>();
  const perMinute = options.authFailuresPerMinute ?? 20;
  const failures = new Map<string, { count: number; resetAt: number }>();
  const addressOf = (serverContext: unknown) => (serverContext as { req?: { socket?: { remoteAddress?: string } } })?.req?.socket?.remoteAddress ?? 'local';

  const plugin: Plugin = {
    async onRequest({ request, serverContext, endResponse }) {
      if (!options.checkToken || !request.headers.has('authorization')) return;
      const address = addressOf(serverContext);
      const now = Date.now();
      let entry = failures.get(address);
      if (entry && entry.resetAt <= now) {
        failures.delete(address);
        entry = undefined;
      }
      if (entry && entry.count >= perMinute) {
        const wait = Math.ceil((entry.resetAt - now) / 1000);
        return endResponse(refusal(429, 'TOO_MANY_REQUESTS', `Too many failed token checks; retry in ${wait} s`, { 'retry-after': String(wait) }));
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
      const viewer = await options.checkToken(match?.[1] ?? null);
      if (viewer) {
        viewers.set(request, viewer);
        return;
      }
      if (failures.size > 10_000) failures.clear();
      if (!entry) failures.set(address, (entry = { count: 0, resetAt: now + 60_000 }));
      entry.count++;
      return endResponse(
        refusal(401, 'UNAUTHENTICATED', 'The Authorization header does not carry a valid token (send none to read anonymously)', {
          'www-authenticate': 'Bearer',
        }),
      );
    },
    onParams({ params }) {
      if (typeof params.query === 'string' && queryNesting(params.query) > MAX_QUERY_NESTING) {
        throw badRequest(`query: nests deeper than ${MAX_QUERY_NESTING} levels`);
      }
      if (params.variables && valueNesting(params.variables, MAX_VARIABLE_NESTING + 1) > MAX_VARIABLE_NESTING + 1) {
        throw badRequest(`variables: nest deeper than ${MAX_VARIABLE_NESTING} levels`);
      }
    },
    onValidate({ addValidationRule }) {
      if (options.introspection === false) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in (result as object) || Array.isArray(result)) return;
      const errors = (result as ExecutionResult).errors;
      if (!errors?.some((e) => SUGGESTS.test(e.message) || e.extensions?.originalError)) return;
      setResult({
        ...(result as ExecutionResult),
        errors: errors.map((e) => {
          const { originalError: _echo, ...extensions } = e.extensions ?? {};
          return new GraphQLError(e.message.replace(SUGGESTION, ''), {
            nodes: e.nodes,
            source: e.source,
            positions: e.positions,
            path: e.path,
            extensions,
          });
        }),
      });
    },
  };
  return { plugin, viewerOf: (request) => viewers.get(request) };
}
