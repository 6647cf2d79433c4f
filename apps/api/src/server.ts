import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { viewerFromToken } from '@parley/core';
import { serveLive } from '@parley/schema';
import type { App } from './app.ts';
import { handleExport, isExportPath } from './export-route.ts';
import type { Config } from './config.ts';
import { checkHealth } from './health.ts';
import { createLimiter, type Limiter } from './overload.ts';

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const tooLarge = (limit: number) => ({
  errors: [{ message: `Request body exceeds ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
});

/** The HTTP layer around Yoga: health, a body size limit, and graceful shutdown of open SSE streams. */
export function createHttpServer(
  app: App,
  config: Pick<Config, 'bodyLimitBytes'> & Partial<Pick<Config, 'maxConcurrent' | 'maxQueue' | 'queueTimeoutMs'>>,
): Server & { limiter: Limiter } {
  const limiter = createLimiter({
    maxConcurrent: config.maxConcurrent ?? 32,
    maxQueue: config.maxQueue ?? 128,
    queueTimeoutMs: config.queueTimeoutMs ?? 5000,
  });
  app.metrics?.watchLimiter(limiter);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (url === '/healthz' || url.startsWith('/healthz?')) {
      const { httpStatus, body } = await checkHealth(app);
      return sendJson(res, httpStatus, body);
    }
    // Served beside Yoga, never through it: a scrape is not a GraphQL request and waits for no slot.
    if (url === '/metrics' || url.startsWith('/metrics?')) return serveMetrics(app, res);
    if (isExportPath(url)) return handleExport(app.db, req, res);
    if (req.method === 'POST') {
      const length = req.headers['content-length'];
      if (length === undefined && req.headers['transfer-encoding']) {
        return sendJson(res, 411, { errors: [{ message: 'Send a Content-Length header', extensions: { code: 'LENGTH_REQUIRED' } }] });
      }
      if (Number(length) > config.bodyLimitBytes) {
        req.resume();
        return sendJson(res, 413, tooLarge(config.bodyLimitBytes));
      }
    }
    // Live streams stay open for hours: each is bounded by its backlog in the live hub, not here.
    if (req.headers.accept?.includes('text/event-stream')) return serveLive(app.yoga as never, req, res);
    // A valid token puts the request in the editors' lane (overload.ts); a forged header only costs its lookup.
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    const editor = token ? (await viewerFromToken(app.db, token)) !== null : false;
    return limiter.run(
      req,
      res,
      async () => {
        await app.yoga(req, res);
      },
      editor,
    );
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  return Object.assign(server, { limiter });
}

async function serveMetrics(app: App, res: ServerResponse) {
  if (!app.metrics) return sendJson(res, 404, { errors: [{ message: 'Metrics are turned off (PARLEY_METRICS=0)', extensions: { code: 'NOT_FOUND' } }] });
  let text: string;
  try {
    text = await app.metrics.scrape();
  } catch {
    return sendJson(res, 503, { errors: [{ message: 'Metrics are unavailable right now', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  }
  res.writeHead(200, { 'content-type': app.metrics.contentType, 'cache-control': 'no-store' });
  res.end(text);
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Stops accepting, ends live subscription streams, waits for in-flight requests, then closes the db. */
export async function shutdown(server: Server, app: App, graceMs = 5000): Promise<void> {
  // Live streams end cleanly first: each reader gets its `complete` event (and reconnects elsewhere with
  // Last-Event-ID) instead of a cut connection.
  app.pubsub.closeAll?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  // SSE responses never finish by themselves; a short grace lets normal requests complete first.
  setTimeout(() => server.closeAllConnections(), Math.min(graceMs, 500)).unref();
  await closed;
  clearTimeout(timer);
  await app.close();
}
