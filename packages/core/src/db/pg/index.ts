// @parley/core/pg — the PostgreSQL engine's tables and start-up, apart from the main entry so that SQLite hosts
// never load the pg driver.
export * as tables from './schema.ts';
export { relations } from './relations.ts';
export { migratePostgres, withStartupLock, pgMigrationsFolder, PG_MIGRATIONS_TABLE, STARTUP_LOCK, type PgMigrateReport } from './migrate.ts';
export { copyLedgerToPostgres, type CopyReport } from './copy.ts';
export { openPostgres, type OpenPostgresOptions, type PostgresDb } from './open.ts';
