// Moving a ledger from its SQLite file to PostgreSQL: every row of every table, with the same ids, in one
// PostgreSQL transaction, so an interrupted copy leaves the target as empty as it found it. The search index is
// not copied: PostgreSQL's triggers build it from the rows as they arrive.
import type Database from 'better-sqlite3';
import pg from 'pg';
import { migratePostgres } from './migrate.ts';

export interface CopyReport {
  tables: { name: string; rows: number }[];
  rows: number;
}

interface Column {
  name: string;
  type: string;
}

interface ForeignKey {
  table: string;
  column: string;
  target: string;
}

// SQLite's own bookkeeping and its FTS5 index, which have no PostgreSQL twin to copy into.
const SKIP = /^(sqlite_|__drizzle|search_index)/;
// Rows per INSERT: PostgreSQL takes at most 65,535 parameters per statement.
const MAX_PARAMS = 60_000;

/** Tables in an order where each comes after the tables its foreign keys point at (self-references aside). */
function dependencyOrder(tables: string[], keys: ForeignKey[]): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (done.has(table) || path.has(table)) return;
    path.add(table);
    for (const k of keys) if (k.table === table && k.target !== table) visit(k.target, path);
    done.add(table);
    order.push(table);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

async function columnsOf(client: pg.PoolClient, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows;
}

/** SQLite stores booleans as 0/1; every other value is taken as PostgreSQL's column reads it. */
const convert = (value: unknown, type: string) => (type === 'boolean' && value !== null ? value === 1 || value === true : value);

/** One multi-row INSERT of `rows` (at most MAX_PARAMS values in all). */
async function insertChunk(client: pg.PoolClient, table: string, columns: Column[], rows: Record<string, unknown>[]) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = columns.map((c) => {
      values.push(convert(row[c.name] ?? null, c.type));
      return `$${values.length}`;
    });
    return `(${slots.join(', ')})`;
  });
  // OVERRIDING SYSTEM VALUE: the ids are the ledger's own, cited in global ids and cursors.
  await client.query(`INSERT INTO "${table}" (${names}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(', ')}`, values);
}

/**
 * Streams one table across, a chunk at a time, so a ledger of millions of quotes never sits in memory whole. A
 * row may point at a later row of its own table (an actor's parent): such columns are filled in afterwards.
 */
async function copyTable(sqlite: Database.Database, client: pg.PoolClient, table: string, columns: Column[], own: string[]): Promise<number> {
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const later: { id: unknown; column: string; value: unknown }[] = [];
  let chunk: Record<string, unknown>[] = [];
  let count = 0;
  for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
    for (const column of own) {
      if (row[column] === null || row[column] === undefined) continue;
      later.push({ id: row.id, column, value: row[column] });
      row[column] = null;
    }
    chunk.push(row);
    count++;
    if (chunk.length === per) {
      await insertChunk(client, table, columns, chunk);
      chunk = [];
    }
  }
  if (chunk.length) await insertChunk(client, table, columns, chunk);
  for (const { id, column, value } of later) await client.query(`UPDATE "${table}" SET "${column}" = $1 WHERE id = $2`, [value, id]);
  return count;
}

/**
 * Copies the SQLite ledger `sqlite` into the PostgreSQL database at `target` (a URL or the host's pool), migrated first; it must
 * hold no ledger yet. `onTable` hears of each table as it is copied (for progress on large ledgers).
 */
export async function copyLedgerToPostgres(
  sqlite: Database.Database,
  target: string | pg.Pool,
  onTable: (name: string, rows: number) => void = () => {},
): Promise<CopyReport> {
  const pool = typeof target === 'string' ? new pg.Pool({ connectionString: target, max: 1 }) : target;
  try {
    await migratePostgres(pool);
    return await copyRows(sqlite, pool, onTable);
  } finally {
    if (pool !== target) await pool.end();
  }
}

async function copyRows(sqlite: Database.Database, pool: pg.Pool, onTable: (name: string, rows: number) => void): Promise<CopyReport> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const present = new Set(
      (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((r) => r.name),
    );
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]).filter(
      (t) => !SKIP.test(t) && present.has(t),
    );
    const { rows: keys } = await client.query<ForeignKey>(
      `SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confrelid::regclass::text AS target
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    );
    const occupied = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM actors')).rows[0]!.n;
    if (occupied > 0) throw new Error(`the PostgreSQL database already holds a ledger (${occupied} actors); copy into an empty one`);
    // Rows the migrations themselves insert (the watch cursor, known outlets) make way for the ledger's own.
    for (const table of dependencyOrder(tables, keys).reverse()) await client.query(`DELETE FROM "${table}"`);
    const report: CopyReport = { tables: [], rows: 0 };
    for (const table of dependencyOrder(tables, keys)) {
      const columns = await columnsOf(client, table);
      const own = keys.filter((k) => k.table === table && k.target === table).map((k) => k.column);
      const rows = await copyTable(sqlite, client, table, columns, own);
      // Identity columns continue after the copied ids, as SQLite's AUTOINCREMENT would.
      if (columns.some((c) => c.name === 'id'))
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), greatest((SELECT max(id) FROM "${table}"), 1), (SELECT max(id) FROM "${table}") IS NOT NULL)`,
          [`"${table}"`],
        );
      report.tables.push({ name: table, rows });
      report.rows += rows;
      onTable(table, rows);
    }
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
