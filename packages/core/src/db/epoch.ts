import { isSqlite, queryRows } from './engine.ts';
import type { ParleyDb } from './open.ts';

/**
 * The database's write epoch as SQLite itself counts it: `total_changes()` moves when this connection
 * writes, `data_version` when any other connection commits — another API worker, another host's process on
 * the same file, the CLI. Reading both costs one prepared statement, so every cache lookup can afford it.
 * PostgreSQL has no such counter to read synchronously: there every call is a new epoch, so nothing keyed on it
 * synchronously (shared subscription results, event-id memos) is ever reused; the response cache reads
 * commitEpoch instead.
 */
export function writeEpoch(db: ParleyDb): () => string {
  if (!isSqlite(db)) {
    let calls = 0;
    return () => `pg:${calls++}`;
  }
  const statement = db.$client.prepare('SELECT total_changes(), data_version FROM pragma_data_version').raw();
  return () => {
    const row = statement.get() as [number, number];
    return `${row[0]}:${row[1]}`;
  };
}

/**
 * The write epoch on either engine, for callers that can wait for it. On PostgreSQL it is the `write_epoch` row,
 * which every writing statement moves inside its own transaction (drizzle-pg/*write_epoch*): one round trip, and
 * two equal readings see the same committed data, whichever process, host or tool wrote it. An answer read while
 * a write commits is stamped with the count from before it and never matches again.
 */
export function commitEpoch(db: ParleyDb): () => string | Promise<string> {
  if (isSqlite(db)) return writeEpoch(db);
  return async () => {
    const [row] = await queryRows<{ n: number }>(db, 'SELECT n FROM write_epoch WHERE id = 1');
    return `pg:${row!.n}`;
  };
}
