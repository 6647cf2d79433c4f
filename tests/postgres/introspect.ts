// Both engines' schemas read back from the databases themselves, in one canonical shape the parity test compares.
// Types are mapped to what a query sees: SQLite stores booleans as integers and JSON as text, so for those the
// SQLite table definitions (drizzle's column modes) say what the column means.
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, is, Table } from 'drizzle-orm';
import type pg from 'pg';

export interface ColumnShape {
  type: string;
  notNull: boolean;
  default: string | null;
  identity: boolean;
}
export interface IndexShape {
  table: string;
  columns: string[];
  unique: boolean;
  partial: boolean;
}
export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  /** Column lists of UNIQUE constraints (SQLite's autoindexes, PostgreSQL's *_key), whatever their names. */
  uniques: string[];
  foreignKeys: string[];
  checks: string[];
}
export interface SchemaShape {
  tables: Record<string, TableShape>;
  /** Indexes created by name (CREATE INDEX), by name. */
  indexes: Record<string, IndexShape>;
}

/** Meaning of SQLite columns whose storage type hides it, from the drizzle definitions: "table.column" → type. */
export function declaredTypes(tables: Record<string, unknown>): Map<string, string> {
  const types = new Map<string, string>();
  for (const table of Object.values(tables)) {
    if (!is(table, Table)) continue;
    for (const column of Object.values(getTableColumns(table))) {
      // A text column a query reads back as parsed JSON (text({ mode: 'json' }) or core's jsonText) holds JSON.
      const json = column.getSQLType() === 'text' && typeof column.mapFromDriverValue('{}') === 'object';
      const type = column.columnType === 'SQLiteBoolean' ? 'boolean' : json ? 'json' : null;
      if (type) types.set(`${getTableName(table)}.${column.name}`, type);
    }
  }
  return types;
}

const PG_TYPES: Record<string, string> = { integer: 'integer', bigint: 'integer', 'double precision': 'real', text: 'text', boolean: 'boolean', json: 'json' };

/** One spelling for each default: the "now" timestamp, booleans, and literals without PostgreSQL's casts. */
function canonicalDefault(value: string | null, type: string): string | null {
  if (value === null) return null;
  if (value.includes(`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`)) return 'NOW';
  if (value.includes('statement_timestamp()') && value.includes(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`)) return 'NOW';
  const literal = value.replace(/::text$/, '');
  if (type === 'boolean') return literal === '1' || literal === 'true' ? 'true' : 'false';
  return literal;
}

const fkText = (columns: string[], target: string, targetColumns: string[], onDelete: string) =>
  `(${columns.join(',')}) -> ${target}(${targetColumns.join(',')}) on delete ${onDelete}`;

export function sqliteShape(db: Database.Database, declared: Map<string, string>, skip: (name: string) => boolean): SchemaShape {
  const shape: SchemaShape = { tables: {}, indexes: {} };
  const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string; sql: string }[];
  for (const { name, sql } of tables.filter((t) => !skip(t.name))) {
    const info = db.prepare(`SELECT * FROM pragma_table_info(?)`).all(name) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    const autoincrement = new Set([...sql.matchAll(/`(\w+)` integer PRIMARY KEY AUTOINCREMENT/gi)].map((m) => m[1]));
    const table: TableShape = { columns: {}, primaryKey: [], uniques: [], foreignKeys: [], checks: [] };
    for (const c of info) {
      const type = declared.get(`${name}.${c.name}`) ?? c.type.toLowerCase();
      // A primary key column cannot hold NULL in either engine's tables here (SQLite's pragma says 0 for them).
      table.columns[c.name] = {
        type,
        notNull: c.notnull === 1 || c.pk > 0,
        default: canonicalDefault(c.dflt_value, type),
        identity: autoincrement.has(c.name),
      };
    }
    table.primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    for (const index of db.prepare(`SELECT * FROM pragma_index_list(?)`).all(name) as { name: string; unique: number; origin: string; partial: number }[]) {
      const keys = (db.prepare(`SELECT * FROM pragma_index_xinfo(?)`).all(index.name) as { seqno: number; name: string; desc: number; key: number }[])
        .filter((k) => k.key === 1)
        .sort((a, b) => a.seqno - b.seqno)
        .map((k) => (k.desc ? `${k.name} DESC` : k.name));
      if (index.origin === 'u') table.uniques.push(keys.join(','));
      else if (index.origin === 'c') shape.indexes[index.name] = { table: name, columns: keys, unique: index.unique === 1, partial: index.partial === 1 };
    }
    const fks = db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(name) as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string | null;
      on_delete: string;
    }[];
    for (const id of new Set(fks.map((f) => f.id))) {
      const parts = fks.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq);
      table.foreignKeys.push(
        fkText(
          parts.map((p) => p.from),
          parts[0]!.table,
          parts.map((p) => p.to ?? 'id'),
          parts[0]!.on_delete,
        ),
      );
    }
    table.checks = [...sql.matchAll(/CONSTRAINT [`"](\w+)[`"] CHECK/gi)].map((m) => m[1]!);
    shape.tables[name] = sorted(table);
  }
  return shape;
}

export async function postgresShape(client: pg.Client, skip: (name: string) => boolean): Promise<SchemaShape> {
  const shape: SchemaShape = { tables: {}, indexes: {} };
  const q = async <T>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as T[];
  const tables = await q<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  for (const { name } of tables.filter((t) => !skip(t.name))) {
    const table: TableShape = { columns: {}, primaryKey: [], uniques: [], foreignKeys: [], checks: [] };
    const columns = await q<{ name: string; type: string; nullable: string; dflt: string | null; identity: string }>(
      `SELECT column_name AS name, data_type AS type, is_nullable AS nullable, column_default AS dflt, is_identity AS identity
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [name],
    );
    for (const c of columns) {
      const type = PG_TYPES[c.type] ?? c.type;
      table.columns[c.name] = { type, notNull: c.nullable === 'NO', default: canonicalDefault(c.dflt, type), identity: c.identity === 'YES' };
    }
    // Every index with its key columns in order, whether it backs a constraint, and DESC keys (indoption bit 1).
    const indexes = await q<{ name: string; unique: boolean; primary: boolean; partial: boolean; constraint: string | null; columns: (string | null)[] }>(
      `SELECT c.relname AS name, i.indisunique AS unique, i.indisprimary AS primary, i.indpred IS NOT NULL AS partial,
              (SELECT k.contype::text FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u')) AS constraint,
              array(SELECT a.attname || CASE WHEN (i.indoption[s.n - 1] & 1) = 1 THEN ' DESC' ELSE '' END
                      FROM generate_series(1, i.indnkeyatts) AS s(n)
                      LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[s.n - 1] ORDER BY s.n) AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass`,
      [`public.${name}`],
    );
    for (const index of indexes) {
      // An expression index (NULL column) is engine-specific (trigram, search): the caller lists those.
      if (skip(index.name) || index.columns.some((c) => c === null)) continue;
      const columns = index.columns as string[];
      if (index.primary) table.primaryKey = columns;
      else if (index.constraint === 'u') table.uniques.push(columns.join(','));
      else shape.indexes[index.name] = { table: name, columns, unique: index.unique, partial: index.partial };
    }
    const ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
    const fks = await q<{ columns: string[]; target: string; targetColumns: string[]; onDelete: string }>(
      `SELECT array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o) AS columns,
              t.relname AS target,
              array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o) AS "targetColumns",
              k.confdeltype AS "onDelete"
         FROM pg_constraint k JOIN pg_class t ON t.oid = k.confrelid WHERE k.contype = 'f' AND k.conrelid = $1::regclass`,
      [`public.${name}`],
    );
    table.foreignKeys = fks.map((f) => fkText(f.columns, f.target, f.targetColumns, ACTIONS[f.onDelete]!));
    table.checks = (
      await q<{ name: string }>(`SELECT conname AS name FROM pg_constraint WHERE contype = 'c' AND conrelid = $1::regclass`, [`public.${name}`])
    ).map((c) => c.name);
    shape.tables[name] = sorted(table);
  }
  return shape;
}

function sorted(table: TableShape): TableShape {
  return { ...table, uniques: table.uniques.sort(), foreignKeys: table.foreignKeys.sort(), checks: table.checks.sort() };
}
