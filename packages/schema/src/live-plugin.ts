import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendNodeResponse } from '@whatwg-node/server';
import { createSourceEventStream, type ExecutionArgs } from 'graphql';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import type { ParleyContext } from './context.ts';
import { isLiveTopic, markReplayOnly, resumePointOf } from './live-events.ts';
import { PING, SSE_HEADERS, streamSink } from './live-frames.ts';
import { rootFieldOf, type LiveHub, type LiveTicket } from './live-hub.ts';
import { subscribeMapped, type Result } from './shared-subscriptions.ts';

/** Set in the server context by serveLive: the node:http response is taken over after the handshake. */
const NODE_LIVE = Symbol('parley.nodeLive');
const nodeTickets = new WeakMap<IncomingMessage, LiveTicket>();

const isIterable = (value: unknown): value is AsyncIterable<unknown> => typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** What Yoga is handed in place of a per-subscriber event stream: nothing ever reads it. */
const handedOver = (): AsyncIterableIterator<never> => {
  const done = async () => ({ value: undefined as never, done: true as const });
  const it: AsyncIterableIterator<never> = { next: done, return: done, [Symbol.asyncIterator]: () => it };
  return it;
};

/**
 * SSE subscriptions go through Yoga for their handshake (auth, limits, parsing, validation, the subscribe
 * resolver's own checks, CORS), then leave it: the subscriber becomes a socket in a live hub group. Other
 * transports keep Yoga's per-subscriber stream, each event through `execute`.
 */
export function liveSubscriptions(hub: LiveHub, execute: (args: ExecutionArgs) => Result): Plugin {
  const tickets = new WeakMap<Request, LiveTicket>();
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs) => {
        const ctx = args.contextValue as ParleyContext & { request?: Request };
        const request = ctx.request;
        if (!request || !(request.headers.get('accept') ?? '').includes('text/event-stream')) return subscribeMapped(args, execute);
        const from = resumePointOf(request);
        const resumes = from !== null && isLiveTopic(rootFieldOf(args));
        if (resumes) markReplayOnly(ctx);
        // The subscriber's own source stream is created for its checks (a bad filter answers an error as
        // before) and, when it resumes, for its replay; live events come from the group's stream.
        const stream = await createSourceEventStream(args);
        if (!isIterable(stream)) return stream;
        const own = stream[Symbol.asyncIterator]();
        if (!resumes) void own.return?.();
        tickets.set(request, { hub, args, replay: resumes ? own : null });
        return handedOver();
      });
    },
    onResultProcess({ request, result, serverContext, setResultProcessor }) {
      const ticket = tickets.get(request);
      if (!ticket || !isIterable(result)) return;
      tickets.delete(request);
      const node = serverContext as { [NODE_LIVE]?: boolean; req?: IncomingMessage };
      if (node[NODE_LIVE] && node.req) {
        nodeTickets.set(node.req, ticket);
        setResultProcessor(
          ((_: unknown, fetchAPI: { Response: typeof Response }) => new fetchAPI.Response(null, { status: 200, headers: SSE_HEADERS })) as never,
          'text/event-stream',
        );
        return;
      }
      setResultProcessor(
        ((_: unknown, fetchAPI: { Response: typeof Response; ReadableStream: typeof ReadableStream }) => {
          let detach = () => {};
          const { sink, stream } = streamSink(fetchAPI.ReadableStream, () => detach());
          detach = hub.attach(ticket, sink);
          return new fetchAPI.Response(stream, { status: 200, headers: SSE_HEADERS });
        }) as never,
        'text/event-stream',
      );
    },
  };
}

/**
 * The node:http handler for `Accept: text/event-stream` requests. After Yoga has accepted the subscription,
 * the response's headers are written here and the socket joins its group: no Request, Response, stream or
 * context stays alive per subscriber, only the socket and a place in a Set. Anything else (an error, a
 * refused token) is Yoga's own response, sent as usual.
 */
export async function serveLive(yoga: YogaServerInstance<object, object>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await yoga.fetch(await detachedRequest(yoga.fetchAPI.Request, req), { req, [NODE_LIVE]: true } as never);
  const ticket = nodeTickets.get(req);
  if (!ticket) return sendNodeResponse(response, res, req, true) as Promise<void> | void;
  nodeTickets.delete(req);
  if (res.destroyed) return;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // The body runs until the connection closes (it never ends otherwise): node says so, not keep-alive.
    if (name !== 'connection') headers[name] = value;
  });
  const socket = req.socket;
  socket.setTimeout(0);
  socket.setNoDelay(true);
  socket.setKeepAlive(true);
  // No chunked encoding: each event is then one write of shared bytes straight to the socket, not four
  // pieces through the response (chunk size, data, CRLF) with a deferred uncork per subscriber.
  res.useChunkedEncodingByDefault = false;
  res.writeHead(response.status, headers);
  res.flushHeaders();
  // From here on the response object has nothing left to do: let it go rather than keep it per subscriber.
  res.detachSocket(socket);
  socket.write(PING);
  const detach = ticket.hub.attach(ticket, socket);
  socket.once('close', detach);
}

/**
 * The request as a fetch Request whose body is already read: a body streamed from the IncomingMessage
 * would leave listeners on it (and through them the Request, its headers and streams) for as long as the
 * subscriber stays connected. A subscription's body is a small JSON document; the HTTP layer has already
 * refused oversized ones by their Content-Length.
 */
async function detachedRequest(RequestImpl: typeof Request, req: IncomingMessage): Promise<Request> {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  if (req.method === 'GET' || req.method === 'HEAD') return new RequestImpl(url, { method: req.method, headers });
  return new RequestImpl(url, { method: req.method, headers, body: new Uint8Array(await bodyOf(req)) });
}

function bodyOf(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    const done = (error?: Error) => {
      req.off('data', onData).off('end', done).off('error', done);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    req.on('data', onData).once('end', done).once('error', done);
  });
}
