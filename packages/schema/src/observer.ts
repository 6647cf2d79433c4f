import { getOperationAST, parse, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export type OperationType = 'query' | 'mutation' | 'subscription';

/** One GraphQL request answered: what it was, how it ended, how long Yoga took. */
export interface OperationEvent {
  /** The operation's name in its document; null when it has none or the document did not parse. */
  name: string | null;
  /** null when the document did not parse or names no operation it holds. */
  type: OperationType | null;
  /** The distinct `extensions.code`s of its errors, in order; empty when it answered without errors. */
  codes: string[];
  seconds: number;
}

/**
 * What Parley reports as it serves, for the host's metrics (the API maps it onto Prometheus; an embedding
 * host may map it onto anything). Every hook is optional and runs on the request or event path, so each must
 * be cheap. The schema package itself keeps no metrics library: a host chooses its own.
 */
export interface ParleyObserver {
  operation?(event: OperationEvent): void;
  /** An anonymous read looked up in the response cache: answered from it (hit) or computed (miss). */
  responseCache?(hit: boolean): void;
  /** Live events written to subscribers' streams, one per event per subscriber. */
  liveDelivered?(topic: string, events: number): void;
  /** Live events a subscriber will not get on its stream because it fell too far behind and was cut off. */
  liveDropped?(topic: string, events: number): void;
}

/** Errors without a code of their own (none should reach a client) are counted under one name. */
const UNCODED = 'ERROR';

function codesOf(result: unknown): string[] {
  if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return [];
  const errors = (result as ExecutionResult).errors ?? [];
  const codes = new Set<string>();
  for (const error of errors) {
    const code = error.extensions?.code;
    codes.add(typeof code === 'string' ? code : UNCODED);
  }
  return [...codes];
}

/** Query texts described so far, newest last; a cache hit never parses, so neither should its count. */
const MAX_DESCRIBED = 500;
const MAX_DESCRIBED_LENGTH = 16_384;

function describer() {
  const described = new Map<string, { name: string | null; type: OperationType | null }>();
  return (query: unknown, operationName: unknown) => {
    if (typeof query !== 'string') return { name: null, type: null };
    const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    const known = described.get(key);
    if (known) return known;
    let found: { name: string | null; type: OperationType | null };
    try {
      // Bounded as the real parse is (graphql-armor's token limit): this text may never have been executed.
      const operation = getOperationAST(parse(query, { noLocation: true, maxTokens: 4000 }), typeof operationName === 'string' ? operationName : undefined);
      found = { name: operation?.name?.value ?? null, type: operation?.operation ?? null };
    } catch {
      found = { name: null, type: null };
    }
    if (key.length <= MAX_DESCRIBED_LENGTH) {
      if (described.size >= MAX_DESCRIBED) described.delete(described.keys().next().value!);
      described.set(key, found);
    }
    return found;
  };
}

/**
 * Reports every GraphQL request Yoga answers — executed, refused by validation or a guard, or served from
 * the response cache — with its operation, outcome and duration. Placed first among the plugins, so its
 * clock starts before any other plugin's work and it sees params even when a later guard throws.
 */
export function operationObserver(report: (event: OperationEvent) => void): Plugin {
  const started = new WeakMap<Request, number>();
  const paramsOf = new WeakMap<Request, { query?: unknown; operationName?: unknown }>();
  const describe = describer();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onParams({ params, request }) {
      paramsOf.set(request, params);
    },
    onResultProcess({ request, result }) {
      const start = started.get(request);
      if (start === undefined) return;
      started.delete(request);
      const params = paramsOf.get(request);
      const { name, type } = describe(params?.query, params?.operationName);
      report({ name, type, codes: codesOf(result), seconds: (performance.now() - start) / 1000 });
    },
  };
}
