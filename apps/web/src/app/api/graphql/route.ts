import { apiUrl } from '@/lib/api-url.ts';
import { operationType } from '@/lib/operation-type.ts';

/**
 * The browser's way to the API: queries and graphql-sse streams, passed through as they arrive.
 * (Next's rewrites() would buffer the event stream.) Authorization is forwarded for mutations — the
 * /ingest and /alerts pages' writes — and for the editor-only reads and the one editor-only stream (alerts)
 * named below. Every other read stays anonymous whatever the browser sends, so the API's response cache
 * keeps serving them, and no token rides along on a public stream. The token is never logged.
 */
export const dynamic = 'force-dynamic';

const FORWARDED_REQUEST = ['accept', 'content-type'];
const FORWARDED_RESPONSE = ['content-type'];
/** Reads the API answers to editors only: the review queue (src/graphql/review-reads.ts), alerts and watches. */
const EDITOR_READS = new Set(['ReviewSources', 'ReviewSource', 'Feeds', 'Alerts', 'Watches']);
/** The stream the API sends to editors only (src/graphql/alert-documents.ts). */
const EDITOR_STREAMS = new Set(['AlertRaised']);

async function forward(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  const authorization = request.headers.get('authorization');
  if (authorization && body && needsToken(body)) headers.set('authorization', authorization);
  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl()}/graphql${incoming.search}`, {
      method: request.method,
      headers,
      body,
      // Closing the tab must close the stream to the API too.
      signal: request.signal,
      cache: 'no-store',
    });
  } catch {
    return Response.json({ errors: [{ message: 'The Parley API is not reachable', extensions: { code: 'API_UNREACHABLE' } }] }, { status: 502 });
  }
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  // no-transform keeps Next's compression from holding back event-stream chunks.
  out.set('cache-control', 'no-cache, no-transform');
  out.set('x-accel-buffering', 'no');
  return new Response(upstream.body, { status: upstream.status, headers: out });
}

/**
 * Whether a POST body is a single GraphQL mutation, or one of the named editor-only queries or streams
 * (batches and anything unreadable are none of these).
 */
function needsToken(body: ArrayBuffer): boolean {
  // Far over the API's body limit: it answers 413 with or without a token, so do not parse it here.
  if (body.byteLength > 16 * 1024 * 1024) return false;
  try {
    const { query, operationName } = JSON.parse(new TextDecoder().decode(body)) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return false;
    const name = typeof operationName === 'string' ? operationName : null;
    const type = operationType(query, name);
    if (type === 'mutation') return true;
    if (name === null) return false;
    return (type === 'query' && EDITOR_READS.has(name)) || (type === 'subscription' && EDITOR_STREAMS.has(name));
  } catch {
    return false;
  }
}

export const GET = forward;
export const POST = forward;
