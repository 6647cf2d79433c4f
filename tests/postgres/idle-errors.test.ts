import { openPostgres } from '@parley/core/pg';
import pg from 'pg';
import { expect, test } from 'vitest';
import { PG_URL, usePostgres } from '../helpers/postgres.ts';

// An administrator (or a PostgreSQL restart) ends the pool's idle sessions: node-postgres reports that on the
// pool, where an unheard 'error' event would end the API process. The pool must drop those connections and
// answer the next query on a new one.
const postgres = usePostgres('idle');

test('ending every idle session of the pools costs connections, not the process, and the next read works', async (ctx) => {
  postgres.ready(ctx);
  const opened = await openPostgres(postgres.url, { poolSize: 3 });
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (line: string) => warnings.push(line);
  try {
    // Three connections open and idle in the readers' pool.
    await Promise.all([1, 2, 3].map(() => opened.pool.query('SELECT pg_sleep(0.05)')));
    expect(opened.pool.idleCount).toBe(3);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const ended = await admin.query(
      `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) t`,
      [postgres.name],
    );
    await admin.end();
    expect(ended.rows[0].n).toBeGreaterThanOrEqual(3);
    await expect.poll(() => warnings.length, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
    expect(warnings[0]).toMatch(/PostgreSQL closed an idle connection/);
    const after = await opened.pool.query('SELECT 41 + 1 AS answer');
    expect(after.rows[0].answer).toBe(42);
  } finally {
    console.warn = warn;
    await opened.close();
  }
});
