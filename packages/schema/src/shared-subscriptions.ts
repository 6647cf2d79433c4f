import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { ParleyContext } from './context.ts';
import type { ParleyDb } from '@parley/core';
import { writeEpoch } from '@parley/core';

export type Result = ExecutionResult | Promise<ExecutionResult>;

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps each event of a source stream, passing return() through so a closed subscription unsubscribes. */
function mapAsyncIterable<T, U>(source: AsyncIterable<T>, map: (value: T) => U | Promise<U>): AsyncGenerator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    await iterator.return?.();
    return { value: undefined, done: true } as IteratorReturnResult<undefined>;
  };
  const generator: AsyncGenerator<U> = {
    async next() {
      const step = await iterator.next();
      if (step.done) return step;
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await close();
        throw error;
      }
    },
    return: close as AsyncGenerator<U>['return'],
    async throw(error) {
      if (iterator.throw) {
        const step = await iterator.throw(error);
        return step.done ? step : { value: await map(step.value), done: false };
      }
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return generator;
    },
  };
  return generator;
}

/**
 * One execution per distinct subscription event, however many subscribers receive it. When a statement is
 * published to 5,000 dashboards that all run the same subscription document, the answer is computed once
 * and shared: executing it per subscriber (a relational query each) took ~0.7 ms × 5,000 (bench/results).
 * The live hub already shares one execution per group of identical SSE subscriptions; this also covers
 * replays after Last-Event-ID (many readers reconnecting at once) and transports other than SSE.
 *
 * Sharing is exact, not approximate: the key holds everything an answer depends on — the document (by
 * identity; Yoga's parse cache gives equal texts one document), operation, variables, the viewer, the
 * event payload, and the database's write epoch, so an answer computed before a write is never reused
 * after it.
 */
export function sharedExecutor(db: ParleyDb): (args: ExecutionArgs) => Result {
  const epoch = writeEpoch(db);
  const answers = new WeakMap<DocumentNode, Map<string, Result>>();

  return function executeShared(args: ExecutionArgs): Result {
    const payload = args.rootValue;
    // Topics carry ids; anything else (an object payload) is executed per subscriber as usual.
    if (typeof payload !== 'number' && typeof payload !== 'string') return execute(args);
    const viewer = (args.contextValue as ParleyContext).viewer;
    const key = `${epoch()}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${viewer ? `${viewer.tokenId}:${viewer.role}` : '-'}|${typeof payload}:${payload}`;
    let byKey = answers.get(args.document);
    if (!byKey) answers.set(args.document, (byKey = new Map()));
    let answer = byKey.get(key);
    if (!answer) {
      answer = execute(args);
      byKey.set(key, answer);
      // Long enough for one event's fan-out; later events have new payloads or a new epoch anyway.
      setTimeout(() => byKey.delete(key), 2000).unref();
    }
    return answer;
  };
}

/** Subscriptions outside the live hub (multipart, or SSE without it): each event through `run`. */
export async function subscribeMapped(args: ExecutionArgs, run: (args: ExecutionArgs) => Result) {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  return mapAsyncIterable(stream, (payload) => run({ ...args, rootValue: payload }));
}
