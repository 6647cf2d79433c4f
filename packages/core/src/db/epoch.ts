import type { ParleyDb } from './open.ts';

/**
 * The database's write epoch as SQLite itself counts it: `total_changes()` moves when this connection
 * writes, `data_version` when any other connection commits — another API worker, another host's process on
 * the same file, the CLI. Reading both costs one prepared statement, so every cache lookup can afford it.
 */
export function writeEpoch(db: ParleyDb): () => string {
  const statement = db.$client.prepare('SELECT total_changes(), data_version FROM pragma_data_version').raw();
  return () => {
    const row = statement.get() as [number, number];
    return `${row[0]}:${row[1]}`;
  };
}
