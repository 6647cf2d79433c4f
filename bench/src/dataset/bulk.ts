// Bulk loading helpers: inserts built from the drizzle tables' own column names, and a way to set the
// search triggers and secondary indexes aside during a load and bring them back exactly as they were.
import type Database from 'better-sqlite3';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';

type ColumnKeys<T extends SQLiteTable> = { [K in keyof T]: T[K] extends SQLiteColumn ? K : never }[keyof T] & string;

/**
 * A prepared INSERT for the given columns of a drizzle table. Column SQL names come from the table
 * definition, so a renamed column breaks the generator loudly instead of silently writing elsewhere.
 */
export function inserter<T extends SQLiteTable>(sqlite: Database.Database, table: T, keys: readonly ColumnKeys<T>[]) {
  const { name } = getTableConfig(table);
  const columns = keys.map((k) => (table[k] as unknown as SQLiteColumn).name);
  const statement = sqlite.prepare(`INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return (...values: unknown[]) => {
    statement.run(values);
  };
}

interface SetAside {
  indexes: { name: string; sql: string }[];
  triggers: { name: string; sql: string; replay: string | null }[];
}

// `CREATE TRIGGER name AFTER INSERT ON table [FOR EACH ROW] [WHEN cond] BEGIN INSERT INTO x(cols) VALUES (exprs); END`
const SIMPLE_INSERT_TRIGGER =
  /^CREATE TRIGGER\s+[`"]?(\w+)[`"]?\s+AFTER INSERT ON\s+[`"]?(\w+)[`"]?(?:\s+FOR EACH ROW)?(?:\s+WHEN\s+([\s\S]+?))?\s+BEGIN\s+(INSERT INTO\s+[\s\S]+?)\s+VALUES\s*\(([\s\S]+)\);\s*END$/i;

/**
 * Drops the secondary indexes of the bulk-loaded tables and those AFTER INSERT triggers that copy each new
 * row into another table with one INSERT … VALUES (the full-text index's). Each such trigger is turned into
 * the set-based INSERT … SELECT it amounts to, so restoring replays its effect on every row at once and
 * then re-creates the trigger from its stored SQL, unchanged. Other triggers stay and fire as usual.
 */
export function setAside(sqlite: Database.Database, tables: string[]): SetAside {
  const list = tables.map((t) => `'${t}'`).join(', ');
  const indexes = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${list})`).all() as {
    name: string;
    sql: string;
  }[];
  const triggers: SetAside['triggers'] = [];
  for (const t of sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${list})`).all() as {
    name: string;
    sql: string;
  }[]) {
    const m = SIMPLE_INSERT_TRIGGER.exec(t.sql.trim());
    if (!m) continue;
    const [, , table, when, insertInto, values] = m;
    const replay = `${insertInto} SELECT ${values} FROM "${table}" AS new${when ? ` WHERE ${when}` : ''}`;
    triggers.push({ name: t.name, sql: t.sql, replay });
  }
  for (const i of indexes) sqlite.exec(`DROP INDEX "${i.name}"`);
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  return { indexes, triggers };
}

export function restore(sqlite: Database.Database, aside: SetAside, progress: (m: string) => void) {
  for (const i of aside.indexes) sqlite.exec(i.sql);
  progress(`re-created ${aside.indexes.length} indexes`);
  sqlite.transaction(() => {
    for (const t of aside.triggers) {
      if (t.replay) sqlite.exec(t.replay);
      sqlite.exec(t.sql);
    }
  })();
  progress(`replayed and re-created ${aside.triggers.length} triggers (${aside.triggers.map((t) => t.name).join(', ')})`);
}
