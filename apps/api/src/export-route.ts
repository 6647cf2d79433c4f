// GET /export/{statements,events,claims,rounds}.{csv,jsonl}: public data streamed with flat memory. Rows come
// from core's openExport, on a connection of the export's own (one snapshot; the shared connections stay free for
// other requests while a slow client reads), each pulled only when the socket has room for it (stream.pipeline's
// backpressure).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { EXPORTS, isParleyError, type ExportName, type OpenExport, openExport, type ParleyDb } from '@parley/core';

const ROUTE = /^\/export\/(\w+)\.(csv|jsonl)$/;

export const isExportPath = (path: string) => path.startsWith('/export/');

function fail(res: ServerResponse, status: number, code: string, message: string, field?: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field, reason: message } : {}) } }] }));
}

export async function handleExport(db: ParleyDb, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://parley.local');
  const m = ROUTE.exec(url.pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET');
  if (!m || !EXPORTS.includes(m[1] as ExportName)) {
    return fail(res, 404, 'NOT_FOUND', `No such export; try /export/{${EXPORTS.join(',')}}.{csv,jsonl}`);
  }
  const [, name, format] = m as unknown as [string, ExportName, 'csv' | 'jsonl'];
  let opened: OpenExport;
  try {
    opened = await openExport(db, name, url.searchParams);
  } catch (error) {
    if (isParleyError(error)) return fail(res, 400, error.code, error.message, error.extensions.field);
    throw error;
  }
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="parley-${name}.${format}"`,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    await opened.close();
    return void res.end();
  }
  const encode =
    format === 'csv'
      ? [
          new Transform({ objectMode: true, transform: (record, _e, done) => done(null, opened.flat(record)) }),
          stringify({ header: true, columns: opened.columns, cast: { boolean: (v) => (v ? 'true' : 'false') }, record_delimiter: '\r\n' }),
        ]
      : [new Transform({ writableObjectMode: true, transform: (record, _e, done) => done(null, `${JSON.stringify(record)}\n`) })];
  try {
    await pipeline([Readable.from(opened.records, { highWaterMark: 64 }), ...encode, res]);
  } catch {
    // The client went away mid-stream: nothing to answer; the iterator and connection are released below.
  } finally {
    await opened.close();
  }
}
