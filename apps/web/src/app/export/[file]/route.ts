import { apiUrl } from '@/lib/api-url.ts';

/**
 * /export/<entity>.csv|.jsonl on the dashboard's origin: the API's export, passed through chunk by chunk as
 * the API writes it (the body is the upstream stream, never read into memory here), so the export buttons
 * work wherever the browser cannot reach the API itself. Filters travel as they came, and the API checks them.
 */
export const dynamic = 'force-dynamic';

const FILE = /^(statements|events|claims|rounds)\.(csv|jsonl)$/;
const FORWARDED_RESPONSE = ['content-type', 'content-disposition'];

async function forward(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!FILE.test(file)) {
    return Response.json(
      { errors: [{ message: 'No such export; try /export/{statements,events,claims,rounds}.{csv,jsonl}', extensions: { code: 'NOT_FOUND' } }] },
      { status: 404 },
    );
  }
  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl()}/export/${file}${new URL(request.url).search}`, {
      method: request.method,
      // A download cancelled in the browser stops the API's export too.
      signal: request.signal,
      cache: 'no-store',
    });
  } catch {
    return Response.json({ errors: [{ message: 'The Parley API is not reachable', extensions: { code: 'API_UNREACHABLE' } }] }, { status: 502 });
  }
  const headers = new Headers({ 'cache-control': 'no-store, no-transform', 'x-accel-buffering': 'no' });
  for (const name of FORWARDED_RESPONSE) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}

export const GET = forward;
export const HEAD = forward;
