import { isSqlite } from './engine.ts';
import type { ParleyDb } from './open.ts';

/**
 * The database's write epoch as SQLite itself counts it: `total_changes()` moves when this connection
 * writes, `data_version` when any other connection commits — another API worker, another host's process on
 * the same file, the CLI. Reading both costs one prepared statement, so every cache lookup can afford it.
 * PostgreSQL has no such counter to read synchronously: there every call is a new epoch, so nothing keyed on it
 * (the response cache, shared subscription results) is ever reused, never stale, until commits are announced.
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
