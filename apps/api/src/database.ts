import { ensureApiToken, type Engine, isEmpty, loadSeed, openDatabase, type ParleyDb } from '@parley/core';
import { seedDir } from '@parley/seed';
import { requireDatabase } from './cli-args.ts';
import type { Config } from './config.ts';

export interface OpenedDatabase {
  db: ParleyDb;
  engine: Engine;
  seeded: boolean;
  /** PostgreSQL's pool, for /metrics and /healthz; null on SQLite. */
  pool: { totalCount: number; idleCount: number; waitingCount: number } | null;
  close(): Promise<void>;
}

async function seedIfEmpty(db: ParleyDb, config: Config, log: (message: string) => void): Promise<boolean> {
  if (!config.seedOnFirstStart || !(await isEmpty(db))) return false;
  log('First start: loading the seed dataset…');
  const report = await loadSeed(db, { dir: seedDir, onProgress: (m) => log(`  ${m}`) });
  const added = Object.entries(report)
    .map(([entity, { added }]) => `${added} ${entity}`)
    .join(', ');
  log(`Seeded: ${added}`);
  return true;
}

/** The admin token PARLEY_ADMIN_TOKEN names, on either engine. */
async function bootstrapAdmin(db: ParleyDb, config: Config): Promise<void> {
  if (config.adminToken) await ensureApiToken(db, 'admin (PARLEY_ADMIN_TOKEN)', 'ADMIN', config.adminToken);
}

/**
 * The PostgreSQL database DATABASE_URL names, migrated and seeded exactly once however many processes start
 * at once: migrations and the first-start seed both run under the start-up advisory lock, and whoever takes it
 * second finds the work done. The pg driver is loaded only here, so SQLite hosts never load it.
 */
async function openPostgresDatabase(url: string, config: Config, log: (message: string) => void): Promise<OpenedDatabase> {
  const { openPostgres, withStartupLock } = await import('@parley/core/pg');
  const { db, pool, close } = await openPostgres(url, { poolSize: config.pgPoolSize, statementTimeoutMs: config.pgStatementTimeoutMs });
  try {
    const seeded = await withStartupLock(pool, () => seedIfEmpty(db, config, log));
    await bootstrapAdmin(db, config);
    return { db, engine: 'postgres', seeded, pool, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens the configured database (migrating it), seeds it on first start and bootstraps the admin token: the
 * SQLite file at DATABASE_PATH, or PostgreSQL when DATABASE_URL names it.
 */
export async function openConfiguredDatabase(config: Config, log: (message: string) => void = () => {}): Promise<OpenedDatabase> {
  if (config.databaseUrl) return openPostgresDatabase(config.databaseUrl, config, log);
  const db = openDatabase(config.databasePath);
  try {
    const seeded = await seedIfEmpty(db, config, log);
    await bootstrapAdmin(db, config);
    return {
      db,
      engine: 'sqlite',
      seeded,
      pool: null,
      close: async () => {
        db.$client.close();
      },
    };
  } catch (error) {
    db.$client.close();
    throw error;
  }
}

/**
 * The database a CLI command works on: PostgreSQL when DATABASE_URL names it (migrated, a small pool, never
 * seeded: `parley seed` does that on purpose), else the SQLite file, which must already exist when `existing`.
 */
export async function openForCommand(config: Config, existing: boolean): Promise<{ db: ParleyDb; close(): Promise<void> }> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('@parley/core/pg');
    const { db, close } = await openPostgres(config.databaseUrl, { poolSize: 2, statementTimeoutMs: config.pgStatementTimeoutMs });
    return { db, close };
  }
  if (existing) requireDatabase(config.databasePath);
  const db = openDatabase(config.databasePath);
  return {
    db,
    close: async () => {
      db.$client.close();
    },
  };
}
