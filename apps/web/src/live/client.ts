import { createClient as createSseClient, type EventListeners } from 'graphql-sse';
import { Client, fetchExchange, subscriptionExchange } from 'urql';

/** Same-origin route that streams to the API (src/app/api/graphql/route.ts): no CORS, no buffering. */
export const LIVE_ENDPOINT = '/api/graphql';

/** Lets a component hear when its own stream connects, and whether that was a reconnect. */
export interface LiveContext {
  live?: EventListeners<false>;
}

// An API restart takes a few seconds; keep trying for ever, but never wait more than ~5 s between tries.
const retry = (retries: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 5000) + Math.random() * 500));

let client: Client | undefined;

/** One urql client per browser tab: subscriptions over graphql-sse, catch-up queries over fetch. */
export function liveClient(): Client {
  if (client) return client;
  const sse = createSseClient({ url: LIVE_ENDPOINT, retryAttempts: Infinity, retry });
  client = new Client({
    url: LIVE_ENDPOINT,
    requestPolicy: 'network-only',
    exchanges: [
      subscriptionExchange({
        forwardSubscription(request, operation) {
          const on = (operation.context as LiveContext).live;
          return {
            subscribe(sink) {
              // The API ends streams cleanly (a `complete` event) when it shuts down or when this reader
              // fell behind; only the page itself ever means to stop, so anything else is a reason to return.
              let stopped = false;
              let dispose = () => {};
              const start = (attempt: number) => {
                dispose = sse.subscribe(
                  { ...request, query: request.query ?? '' },
                  {
                    next: (value) => sink.next(value as Parameters<typeof sink.next>[0]),
                    error: (error) => sink.error(error),
                    complete: () => {
                      if (stopped) return sink.complete();
                      on?.connecting?.(true);
                      void retry(attempt).then(() => {
                        if (!stopped) start(attempt + 1);
                      });
                    },
                  },
                  on,
                );
              };
              start(0);
              return {
                unsubscribe: () => {
                  stopped = true;
                  dispose();
                },
              };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });
  return client;
}
