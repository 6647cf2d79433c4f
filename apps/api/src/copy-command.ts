import { openDatabase } from '@parley/core';
import { parse, UsageError } from './cli-args.ts';
import { specOf } from './cli-commands.ts';
import type { Config } from './config.ts';

/** `parley copy-to-postgres [URL]` (default DATABASE_URL): the SQLite ledger at DATABASE_PATH, copied whole into an empty PostgreSQL database. */
export async function runCopy(args: string[], config: Config): Promise<number> {
  const { positionals } = parse(args, specOf('copy-to-postgres'));
  const url = positionals[0] ?? config.databaseUrl;
  if (positionals.length > 1 || !url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError('usage: copy-to-postgres postgres://USER@HOST:PORT/DATABASE (or set DATABASE_URL)');
  }
  // Loaded here, so SQLite-only commands never load the PostgreSQL driver.
  const { copyLedgerToPostgres } = await import('@parley/core/pg');
  const db = openDatabase(config.databasePath, { readonly: true });
  try {
    console.log(`Copying ${config.databasePath} to ${new URL(url).pathname.slice(1)} (one transaction: nothing is kept unless all of it is)`);
    const report = await copyLedgerToPostgres(db.$client, url, (table, rows) => console.log(`  ${table.padEnd(28)} ${rows} rows`));
    console.log(`Copied ${report.rows} rows in ${report.tables.length} tables.`);
    return 0;
  } catch (error) {
    // The target's own words (no such database, refused connection, not empty): one line, no stack.
    console.error(`copy-to-postgres: ${(error as Error).message}`);
    return 1;
  } finally {
    db.$client.close();
  }
}
