import type { Plugin } from 'graphql-yoga';

type Args = { contextValue?: { request?: Request }; signal?: AbortSignal };

/**
 * A native signal that aborts when the request's does. The executor asks the signal before every field;
 * the request's own signal from @whatwg-node/server is a Proxy whose every property read allocates, which
 * cost several percent of a feed request. Asked once here instead, by a listener.
 */
function follow(request: Request | undefined): AbortSignal | undefined {
  const from = request?.signal;
  if (!from) return undefined;
  if (from.aborted) return AbortSignal.abort(from.reason);
  const controller = new AbortController();
  from.addEventListener('abort', () => controller.abort(from.reason), { once: true });
  return controller.signal;
}

/** Stops an execution or subscription between resolvers once its client has gone away. */
export function executionCancellation(): Plugin {
  return {
    onExecute({ args }) {
      (args as Args).signal = follow((args as Args).contextValue?.request);
    },
    onSubscribe({ args }) {
      (args as Args).signal = follow((args as Args).contextValue?.request);
    },
  };
}
