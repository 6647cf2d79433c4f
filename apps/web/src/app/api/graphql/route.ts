import { apiUrl } from '@/lib/api-url.ts';

/**
 * The browser's way to the API: queries and graphql-sse streams, passed through as they arrive.
 * (Next's rewrites() would buffer the event stream.) Authorization is not forwarded: the dashboard reads.
 */
export const dynamic = 'force-dynamic';

const FORWARDED_REQUEST = ['accept', 'content-type'];
const FORWARDED_RESPONSE = ['content-type'];

async function forward(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl()}/graphql${incoming.search}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
      // Closing the tab must close the stream to the API too.
      signal: request.signal,
      cache: 'no-store',
    });
  } catch {
    return Response.json(
      { errors: [{ message: 'The Parley API is not reachable', extensions: { code: 'API_UNREACHABLE' } }] },
      { status: 502 },
    );
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

export const GET = forward;
export const POST = forward;
