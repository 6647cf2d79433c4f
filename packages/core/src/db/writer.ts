// The connection SQLite writes go through: a second connection on the same file, so that readers on the main one
// never see a write's rows before it commits. A write command is async and awaits between its statements; on one
// shared connection, a read that ran in between (another request's resolver) would see rows that a rollback may
// still take back. In WAL mode the two connections never block each other; the readers' data_version moves at
// each commit, which is what the response cache and the live memos key on.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { ParleyDb } from './open.ts';
import { relations } from './relations.ts';

const writers = new WeakMap<Database.Database, ParleyDb>();
const hooks = new WeakMap<Database.Database, (sql: string) => void>();

/** Remembers a connection's SQL hook (openDatabase's onSql), so its writer reports to the same one. */
export function rememberSqlHook(client: Database.Database, onSql: (sql: string) => void): void {
  hooks.set(client, onSql);
}

/** SQLite's pragmas for a Parley connection: WAL, foreign keys, a busy timeout, NORMAL sync. */
export function applyPragmas(client: Database.Database): void {
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  client.pragma('synchronous = NORMAL');
}

/**
 * The writer for a database opened by openDatabase, made on first use and closed with the main connection. An
 * in-memory or read-only database has no second connection to open: its writes go through the main one.
 */
export function sqliteWriter(db: ParleyDb): ParleyDb {
  const main = db.$client;
  if (main.memory || main.readonly || !main.name || main.name === ':memory:') return db;
  let writer = writers.get(main);
  if (writer) return writer;
  const onSql = hooks.get(main);
  const client = new Database(main.name, { verbose: onSql ? (message) => onSql(String(message)) : undefined });
  applyPragmas(client);
  writer = drizzle({ client, relations, jit: true }) as ParleyDb;
  writers.set(main, writer);
  // Whoever closes the database closes its writer: hosts hold only the main connection.
  const closeMain = main.close.bind(main);
  main.close = () => {
    if (client.open) client.close();
    return closeMain();
  };
  return writer;
}
