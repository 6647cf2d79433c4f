// Reading an export's rows on each engine, on a connection of its own so that a slow reader holds no
// connection another request needs: SQLite iterates a read-only handle on the file (a WAL snapshot);
// PostgreSQL reads through a cursor inside a REPEATABLE READ transaction, a batch at a time.
import Database from 'better-sqlite3';
import type pg from 'pg';
import Cursor from 'pg-cursor';
import type { ParleyDb } from '../db/open.ts';
import type { ExportQuery, Row, SourceLookup } from './shared.ts';

/** An export ready to stream. `close()` releases its connection; call it whether or not `records` was read. */
export interface OpenExport {
  columns: string[];
  records: AsyncIterable<Record<string, unknown>>;
  flat(record: Record<string, any>): Record<string, unknown>;
  close(): Promise<void>;
}

type Build = (lookup: SourceLookup) => ExportQuery;
const BATCH = 256;

export function readSqlite(db: ParleyDb, build: Build): OpenExport {
  const shared = db.$client as Database.Database;
  const own = !shared.memory && Boolean(shared.name);
  const client = own ? new Database(shared.name, { readonly: true, fileMustExist: true }) : shared;
  try {
    if (own) client.pragma('busy_timeout = 5000');
    const lookup = client.prepare('SELECT title, outlet FROM sources WHERE key = ? AND retracted_at IS NULL');
    const query = build((key) => lookup.get(key) as ReturnType<SourceLookup>);
    const rows = client.prepare(query.sql).iterate(...query.params) as IterableIterator<Row>;
    let open = true;
    const close = async () => {
      if (!open) return;
      open = false;
      rows.return?.();
      if (own) client.close();
    };
    async function* records() {
      for (const row of rows) yield query.record(row);
    }
    return { columns: query.columns, flat: query.flat, records: records(), close };
  } catch (error) {
    if (own) client.close();
    throw error;
  }
}

export async function readPostgres(db: ParleyDb, build: Build): Promise<OpenExport> {
  const sources = new Map<string, { title: string; outlet: string }>();
  // Parameters are checked (and may be refused) before a connection is taken; the lookup is filled below.
  const query = build((key) => sources.get(key));
  let n = 0;
  const text = query.sql.replace(/\?/g, () => `$${++n}`);
  const client = await (db.$client as unknown as pg.Pool).connect();
  let cursor: Cursor<Row> | null = null;
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    await cursor?.close().catch(() => {});
    await client.query('COMMIT').catch(() => {});
    client.release();
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const cited = await client.query<{ key: string; title: string; outlet: string }>(
      'SELECT key, title, outlet FROM sources WHERE key IS NOT NULL AND retracted_at IS NULL',
    );
    for (const s of cited.rows) sources.set(s.key, { title: s.title, outlet: s.outlet });
    cursor = client.query(new Cursor<Row>(text, query.params));
  } catch (error) {
    await close();
    throw error;
  }
  const reading = cursor;
  async function* records() {
    for (;;) {
      const batch = await reading.read(BATCH);
      if (batch.length === 0) return;
      for (const row of batch) yield query.record(row);
    }
  }
  return { columns: query.columns, flat: query.flat, records: records(), close };
}
