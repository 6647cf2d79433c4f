// The bench's PostgreSQL copy of a generated dataset: one database per dataset file (and set of PostgreSQL
// migrations), copied once with the ledger's own ids and reused by later runs. A copy counts as done only once a
// comment on the database says so; one without it (a run stopped half-way) is dropped and made again.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { copyLedgerToPostgres, pgMigrationsFolder } from '@parley/core/pg';
import Database from 'better-sqlite3';
import pg from 'pg';

/** The admin connection: where the bench creates (and drops) its databases. */
export const PG_ADMIN_URL = process.env.PARLEY_BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DONE = 'parley bench: copy complete';
/** Scratch databases (withScratchCopy) are another run's, in use: never taken for an unfinished copy. */
const SCRATCH = /_scratch_[0-9]+$/;

export interface PostgresDataset {
  name: string;
  url: string;
  /** Seconds the copy took, or null when an earlier run's copy was reused. */
  seconds: number | null;
}

/**
 * Databases are named after the dataset file and the PostgreSQL migrations. Under a CI run's database (named
 * parley…, see .ci/run) they are named after it, so that the run drops them with its own.
 */
function benchPrefix(admin: string): string {
  const base = decodeURIComponent(new URL(admin).pathname.slice(1));
  return base.startsWith('parley') ? `${base}_bench` : 'parley_bench';
}

function databaseName(admin: string, datasetPath: string): { name: string; family: string } {
  const prefix = benchPrefix(admin);
  const migrations = createHash('sha256').update(readdirSync(pgMigrationsFolder).sort().join(',')).digest('hex').slice(0, 6);
  const file = basename(datasetPath, '.db')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_');
  const name = `${prefix}_${file}_${migrations}`.slice(0, 63);
  return { name, family: `${prefix}_${file.split('_')[0]}_` };
}

function urlOf(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL copy of the SQLite dataset at `datasetPath`, made now unless a complete one exists. */
export async function postgresDataset(datasetPath: string, log: (m: string) => void, admin = PG_ADMIN_URL): Promise<PostgresDataset> {
  const { name, family } = databaseName(admin, datasetPath);
  const url = urlOf(admin, name);
  return onDatabase(admin, async (client) => {
    // Two benches wanting the same copy: the second waits for the first, then finds it done.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const { rows } = await client.query<{ datname: string; note: string | null }>(
        `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE starts_with(datname, $1) AND datname !~ $2`,
        [family, SCRATCH.source],
      );
      if (rows.some((r) => r.datname === name && r.note === DONE)) return { name, url, seconds: null };
      // A half-done copy of this dataset, and complete copies of its older versions (as cached.ts drops old files).
      for (const r of rows) {
        log(`Dropping PostgreSQL database ${r.datname} (${r.datname === name ? 'an unfinished copy' : 'an older dataset'})`);
        await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      }
      // Byte-order collation, as Parley requires on PostgreSQL (migratePostgres checks it).
      await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
      log(`Copying ${basename(datasetPath)} into PostgreSQL database ${name}…`);
      const t0 = performance.now();
      const sqlite = new Database(datasetPath, { readonly: true });
      try {
        const report = await copyLedgerToPostgres(sqlite, url, (table, n) => n >= 10_000 && log(`  ${table}: ${n.toLocaleString('en-US')} rows`));
        log(`  ${report.rows.toLocaleString('en-US')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s; VACUUM ANALYZE…`);
      } finally {
        sqlite.close();
      }
      // Planner statistics first (without them the feed is planned as a full scan and sort), and the visibility
      // map that index-only scans need: what autovacuum would do soon after a bulk load, done now so that no
      // measurement races it.
      await onDatabase(url, (target) => target.query('VACUUM (ANALYZE)'));
      await client.query(`COMMENT ON DATABASE "${name}" IS '${DONE}'`);
      const seconds = (performance.now() - t0) / 1000;
      log(`  done in ${seconds.toFixed(1)} s`);
      return { name, url, seconds };
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

/**
 * Runs `work` on a throw-away database cloned from a complete copy (CREATE DATABASE … TEMPLATE), for measurements
 * that write: the copy itself is reused by later runs and must stay as copied. Dropped afterwards. A run killed
 * before it could drop its scratch leaves it behind; the next one drops it, knowing it abandoned because nobody
 * holds its advisory lock (a session lock, released by PostgreSQL when the run's connection goes, on any host).
 */
export async function withScratchCopy<T>(copy: PostgresDataset, log: (m: string) => void, work: (url: string) => Promise<T>, admin = PG_ADMIN_URL): Promise<T> {
  const suffix = `_scratch_${process.pid}`;
  const name = `${copy.name.slice(0, 63 - suffix.length)}${suffix}`;
  // On the admin database: the template may have no connection at all while it is cloned.
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname ~ $2', [
      benchPrefix(admin),
      SCRATCH.source,
    ]);
    for (const { datname } of rows.filter((r) => r.datname !== name)) {
      const free = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [datname]);
      if (!free.rows[0]!.ok) continue;
      log(`Dropping PostgreSQL database ${datname} (a scratch copy an earlier run left behind)`);
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [datname]);
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const t0 = performance.now();
    await cloneWhenFree(client, name, copy.name);
    log(`Scratch database ${name}, cloned from ${copy.name} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    try {
      return await work(urlOf(admin, name));
    } finally {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/**
 * CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: PostgreSQL waits 5 s for the backends
 * of servers just stopped, and another bench reading the same copy may hold it a little longer.
 */
async function cloneWhenFree(client: pg.Client, name: string, template: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 6) {
        const { rows } = await client.query<{ who: string }>(
          `SELECT coalesce(application_name, '') || ' pid ' || pid AS who FROM pg_stat_activity WHERE datname = $1`,
          [template],
        );
        const users = rows.length ? ` (connected: ${rows.map((r) => r.who).join(', ')})` : '';
        throw new Error(`cannot clone ${template} into ${name}${users}: ${(error as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}
