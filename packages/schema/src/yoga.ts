import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { isParleyError } from '@parley/core';
import { PothosValidationError } from '@pothos/core';
import { execute, GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { viewerFromToken } from '@parley/core';
import { createContext, type ParleyContext, type Viewer } from './context.ts';
import type { OutboundOptions, ParleyDb } from '@parley/core';
import { executionCancellation } from './cancellation.ts';
import { renderLocalGraphiQL } from './graphiql.ts';
import { idempotentWrites } from './idempotency.ts';
import { createParleyPubSub, type ParleyPubSub } from './pubsub.ts';
import { parleyResponseCache, type ResponseCacheOptions } from './response-cache.ts';
import { LiveHub } from './live-hub.ts';
import { liveSubscriptions } from './live-plugin.ts';
import { operationObserver, type ParleyObserver } from './observer.ts';
import { explainValidationAbort, withLimitCodes } from './query-limits.ts';
import { requestGuards } from './request-guards.ts';
import { sharedExecutor } from './shared-subscriptions.ts';
import { sqliteCodeOf, storageErrorOf, storageHealth, storageUnavailable } from './storage.ts';
import { createSchema } from './schema.ts';

type ArmorOptions = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/**
 * Limits sized so the dashboard's heaviest real query fits with room to spare, while a depth-20 query or a
 * thousand aliases is refused before execution.
 */
export const DEFAULT_ARMOR: ArmorOptions = {
  maxDepth: { n: 12 },
  maxAliases: { n: 30 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 4000 },
  costLimit: { maxCost: 20000 },
  blockFieldSuggestion: { enabled: true },
};

export interface ParleyYogaOptions {
  db: ParleyDb;
  pubsub?: ParleyPubSub;
  /** How a request becomes a viewer. Default: the bearer token, looked up in api_tokens. */
  resolveViewer?: (request: Request) => Viewer | null | Promise<Viewer | null>;
  graphqlEndpoint?: string;
  graphiql?: boolean;
  /** graphql-armor settings; false turns the limits off (not recommended). */
  armor?: ArmorOptions | false;
  cors?: YogaServerOptions<object, ParleyContext>['cors'];
  plugins?: Plugin<object, object, ParleyContext>[];
  logging?: YogaServerOptions<object, ParleyContext>['logging'];
  /**
   * Cache answers to anonymous reads (default off). Requests with an Authorization header are never
   * cached, and any committed write to the database, from any process, invalidates every answer.
   */
  responseCache?: ResponseCacheOptions | boolean;
  /**
   * Execute each subscription event once per distinct (document, variables, viewer) and share the answer
   * among its subscribers (default true). Exact: keyed on the database's write epoch as well. SSE
   * subscribers of one (document, variables, viewer) always share one execution in the live hub; false
   * turns off the sharing across those groups, replays and other transports.
   */
  shareSubscriptionResults?: boolean;
  /** An SSE subscriber further behind than this many bytes is cut off (default 1 MiB). */
  maxSubscriberBacklogBytes?: number;
  /** Where storage faults (read-only file, full disk, I/O errors) are logged, once each (default stderr). */
  onStorageFault?: (line: string) => void;
  /** Whether the schema may be introspected (default true; PARLEY_INTROSPECTION=false turns it off). */
  introspection?: boolean;
  /** Failed token checks one client address may make per minute before it gets 429 (default 20). */
  authFailuresPerMinute?: number;
  /** What ingestUrl and addFeed may fetch (PARLEY_FETCH_ALLOW in the API). Default: public addresses only. */
  outbound?: OutboundOptions;
  /** Told of each request, cache lookup and live delivery, for the host's metrics (the API's /metrics). */
  observer?: ParleyObserver;
  /**
   * Yoga's own request body limit in bytes (default Yoga's, 25 MB); false when the host bounds bodies before
   * Yoga sees them, as the API does, which spares every request a stream piped through a byte counter.
   */
  maxRequestBodySize?: number | false;
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** What a client may see of an error: its own mistakes said plainly (code and field), anything else masked. */
function maskParleyError(error: unknown, message: string): Error {
  const generic = new GraphQLError(message, {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    path: error instanceof GraphQLError ? error.path : undefined,
  });
  if (!(error instanceof GraphQLError)) return generic;
  const original = error.originalError;
  if (storageErrorOf(original)) return storageUnavailable(error.path);
  // A constraint the resolver did not check first: still the client's mistake, said without internals.
  const sqlite = sqliteCodeOf(original);
  if (sqlite === 'SQLITE_CONSTRAINT_UNIQUE' || sqlite === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new GraphQLError('This already exists', { extensions: { code: 'CONFLICT' }, path: error.path });
  }
  if (sqlite === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new GraphQLError('An id in the input names nothing that exists', { extensions: { code: 'NOT_FOUND' }, path: error.path });
  }
  // Syntax and validation errors from graphql-js, and errors Parley raised on purpose (which carry
  // their code through locatedError), are meant for the client.
  if (!original) return error;
  // Core's commands say what was wrong with the input; graphql-js has copied their code and field.
  if (isParleyError(original)) return error;
  // Pothos rejects bad cursors and argument combinations with its own error class: the client's mistake.
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, { extensions: { code: 'BAD_USER_INPUT', reason: original.message }, path: error.path });
  }
  if (original instanceof GraphQLError) {
    // Variable coercion (an unknown enum value, a malformed Date) wraps the scalar's error.
    return error.extensions?.code ? error : new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' }, path: error.path });
  }
  return generic;
}

/** A ready Yoga server for the Parley schema: context, auth, limits and error masking in one call. */
export function createParleyYoga(options: ParleyYogaOptions) {
  const { db } = options;
  const pubsub = options.pubsub ?? createParleyPubSub();
  const resolveViewer = options.resolveViewer ?? ((request: Request) => viewerFromToken(db, bearerToken(request)));
  const guards = requestGuards({
    checkToken: options.resolveViewer ? undefined : (token) => viewerFromToken(db, token),
    authFailuresPerMinute: options.authFailuresPerMinute,
    introspection: options.introspection,
  });
  const idempotency = idempotentWrites(db, (request) => guards.viewerOf(request) ?? resolveViewer(request));
  const observer = options.observer ?? {};
  const plugins: Plugin<object, object, ParleyContext>[] = [];
  // First, so a request a later guard refuses is still counted, and its clock includes every plugin's work.
  if (observer.operation) plugins.push(operationObserver(observer.operation.bind(observer)) as Plugin<object, object, ParleyContext>);
  // executionCancellation: a request whose client went away stops between resolvers.
  plugins.push(
    guards.plugin as Plugin<object, object, ParleyContext>,
    executionCancellation() as Plugin<object, object, ParleyContext>,
    storageHealth(db, options.onStorageFault) as Plugin<object, object, ParleyContext>,
  );
  plugins.push(idempotency.plugin as Plugin<object, object, ParleyContext>);
  if (options.responseCache) {
    const cacheOptions = options.responseCache === true ? {} : options.responseCache;
    const onLookup = observer.responseCache?.bind(observer);
    plugins.push(parleyResponseCache(db, { onLookup, ...cacheOptions }) as Plugin<object, object, ParleyContext>);
  }
  const run = options.shareSubscriptionResults === false ? execute : sharedExecutor(db);
  const hub = new LiveHub({
    execute: run,
    // Live events are masked as Yoga masks any other result.
    maskError: (error) => maskParleyError(error, 'Unexpected error.') as GraphQLError,
    maxBufferedBytes: options.maxSubscriberBacklogBytes,
    onCutOff: (topic) => pubsub.countCutOff?.(topic),
    onDelivered: observer.liveDelivered?.bind(observer),
    onDropped: observer.liveDropped?.bind(observer),
  });
  plugins.push(liveSubscriptions(hub, run) as Plugin<object, object, ParleyContext>);
  if (options.armor !== false) plugins.push(EnvelopArmorPlugin(withLimitCodes(options.armor ?? DEFAULT_ARMOR)) as Plugin<object, object, ParleyContext>);
  plugins.push(explainValidationAbort() as Plugin<object, object, ParleyContext>);
  plugins.push(...(options.plugins ?? []));
  const yoga = createYoga<object, ParleyContext>({
    schema: createSchema(),
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    graphiql: options.graphiql ?? true,
    renderGraphiQL: renderLocalGraphiQL,
    landingPage: false,
    cors: options.cors,
    logging: options.logging ?? false,
    plugins,
    context: async ({ request }) =>
      createContext({
        db,
        pubsub,
        viewer: guards.viewerOf(request) ?? (await resolveViewer(request)),
        idempotency: idempotency.claimOf(request),
        outbound: options.outbound,
      }),
    maskedErrors: { maskError: maskParleyError },
    maxRequestBodySize: options.maxRequestBodySize,
  });
  // SSE subscribers currently served by this instance's live hub, for the host's metrics.
  return Object.assign(yoga, { liveSubscribers: () => hub.size });
}

export type ParleyYoga = ReturnType<typeof createParleyYoga>;
