// GET /export/{statements,events,claims,rounds}.{csv,jsonl}: public data streamed with flat memory. Rows
// come from better-sqlite3's iterate() on a read-only connection of the export's own (a WAL snapshot, and
// the shared connection stays free for other requests while a slow client reads), and each row is pulled
// only when the socket has room for it (stream.pipeline's backpressure).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import { buildExport, EXPORTS, isParleyError, type ExportName, type ParleyDb } from '@parley/core';

const ROUTE = /^\/export\/(\w+)\.(csv|jsonl)$/;

export const isExportPath = (path: string) => path.startsWith('/export/');

function fail(res: ServerResponse, status: number, code: string, message: string, field?: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field, reason: message } : {}) } }] }));
}

/** A connection for one export: its own read-only handle on the file, or the shared one for an in-memory db. */
function readConnection(db: ParleyDb): { client: Database.Database; close(): void } {
  const shared = db.$client;
  if (shared.memory || !shared.name) return { client: shared, close: () => {} };
  const client = new Database(shared.name, { readonly: true, fileMustExist: true });
  client.pragma('busy_timeout = 5000');
  return { client, close: () => client.close() };
}

export async function handleExport(db: ParleyDb, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://parley.local');
  const m = ROUTE.exec(url.pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET');
  if (!m || !EXPORTS.includes(m[1] as ExportName)) {
    return fail(res, 404, 'NOT_FOUND', `No such export; try /export/{${EXPORTS.join(',')}}.{csv,jsonl}`);
  }
  const [, name, format] = m as unknown as [string, ExportName, 'csv' | 'jsonl'];
  const connection = readConnection(db);
  let query: ReturnType<typeof buildExport>;
  try {
    query = buildExport(db, connection.client, name, url.searchParams);
  } catch (error) {
    connection.close();
    if (isParleyError(error)) return fail(res, 400, error.code, error.message, error.extensions.field);
    throw error;
  }
  const statement = connection.client.prepare(query.sql);
  const rows = statement.iterate(...query.params) as IterableIterator<Record<string, unknown>>;
  // A generator pulled by the stream: nothing is read ahead of what the client has taken.
  function* records() {
    for (const row of rows) yield query!.record(row);
  }
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="parley-${name}.${format}"`,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    rows.return?.();
    connection.close();
    return void res.end();
  }
  const encode =
    format === 'csv'
      ? [
          new Transform({ objectMode: true, transform: (record, _e, done) => done(null, query!.flat(record)) }),
          stringify({ header: true, columns: query.columns, cast: { boolean: (v) => (v ? 'true' : 'false') }, record_delimiter: '\r\n' }),
        ]
      : [new Transform({ writableObjectMode: true, transform: (record, _e, done) => done(null, `${JSON.stringify(record)}\n`) })];
  try {
    await pipeline([Readable.from(records(), { highWaterMark: 64 }), ...encode, res]);
  } catch {
    // The client went away mid-stream: nothing to answer; the iterator and connection are released below.
  } finally {
    rows.return?.();
    connection.close();
  }
}
