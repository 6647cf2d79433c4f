import { execFileSync } from 'node:child_process';
import { createParleyYoga } from '@parley/schema';
import { copyLedgerToPostgres, openPostgres, type PostgresDb } from '@parley/core/pg';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeApp } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';

// Two API processes' worth of response caches over one PostgreSQL database (two pools, two yogas), and writers
// that are neither of them: psql in a process of its own, and a transaction left open across reads. A cached
// answer must be reused while nothing commits, and never survive a commit made anywhere.
const pgDb = usePostgres('cache');
const app = await makeApp();
const processes: { postgres: PostgresDb; yoga: ReturnType<typeof createParleyYoga> }[] = [];
let statementId = 0;

const FEED = `{ statements(first: 5) { edges { node { id text speaker { name } } } } }`;

beforeAll(async () => {
  if (!pgDb.name) return;
  await copyLedgerToPostgres(app.db.$client, pgDb.url);
  for (let i = 0; i < 2; i++) {
    const postgres = await openPostgres(pgDb.url, { migrate: false, poolSize: 3 });
    processes.push({ postgres, yoga: createParleyYoga({ db: postgres.db, responseCache: { metadata: true }, shareSubscriptionResults: false }) });
  }
  const { rows } = await processes[0]!.postgres.pool.query<{ id: number }>(
    `SELECT id FROM statements WHERE status = 'PUBLISHED' ORDER BY said_on DESC, id DESC LIMIT 1`,
  );
  statementId = rows[0]!.id;
}, 120_000);
afterAll(async () => {
  for (const p of processes) await p.postgres.close();
  await app.dispose();
});

async function read(i: number) {
  const res = await processes[i]!.yoga.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FEED }),
  });
  const body = (await res.json()) as { data: { statements: { edges: { node: { text: string } }[] } }; extensions?: { responseCache?: { hit?: boolean } } };
  return { texts: body.data.statements.edges.map((e) => e.node.text), hit: body.extensions?.responseCache?.hit === true };
}

test('a read is answered from the cache while nothing commits', async (ctx) => {
  pgDb.ready(ctx);
  const first = await read(0);
  const again = await read(0);
  expect(first.hit).toBe(false);
  expect(again.hit).toBe(true);
  expect(again.texts).toEqual(first.texts);
});

test('a commit by another process reaches every cache at once', async (ctx) => {
  pgDb.ready(ctx);
  await read(0);
  await read(1);
  expect((await read(1)).hit).toBe(true);
  const text = 'Edited by psql, not by either API process';
  execFileSync('psql', [pgDb.url, '-qc', `UPDATE statements SET text = '${text}' WHERE id = ${statementId}`]);
  for (const i of [0, 1]) {
    const after = await read(i);
    expect(after.hit).toBe(false);
    expect(after.texts[0]).toBe(text);
  }
});

test('an answer read while a write is open is not reused once it commits', async (ctx) => {
  pgDb.ready(ctx);
  const writer = new pg.Client({ connectionString: pgDb.url });
  await writer.connect();
  try {
    const before = (await read(0)).texts[0];
    await writer.query('BEGIN');
    await writer.query(`UPDATE statements SET text = 'Committed after the read' WHERE id = $1`, [statementId]);
    // Uncommitted: the old text, and it may be cached under the snapshot that shows the write in progress.
    expect((await read(0)).texts[0]).toBe(before);
    expect((await read(0)).texts[0]).toBe(before);
    await writer.query('COMMIT');
    const after = await read(0);
    expect(after.hit).toBe(false);
    expect(after.texts[0]).toBe('Committed after the read');
    expect((await read(1)).texts[0]).toBe('Committed after the read');
  } finally {
    await writer.end();
  }
});

test('every table of the migrated database moves the write epoch', async (ctx) => {
  pgDb.ready(ctx);
  const { rows } = await processes[0]!.postgres.pool.query<{ table: string }>(
    `SELECT t.tablename AS table FROM pg_tables t
      WHERE t.schemaname = current_schema() AND t.tablename NOT IN ('write_epoch', 'search_index')
        AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = format('%I', t.tablename)::regclass
                          AND g.tgfoid = 'parley_write_epoch_bump'::regproc)`,
  );
  expect(rows.map((r) => r.table)).toEqual([]);
  const epoch = async () => (await processes[0]!.postgres.pool.query<{ n: number }>('SELECT n FROM write_epoch')).rows[0]!.n;
  const before = await epoch();
  await processes[0]!.postgres.pool.query(`UPDATE actors SET description = description WHERE id = (SELECT min(id) FROM actors)`);
  expect(await epoch()).toBe(before + 1);
  // A transaction of many statements (through triggers too) moves it once; one rolled back not at all.
  const client = await processes[0]!.postgres.pool.connect();
  try {
    await client.query('BEGIN');
    for (let i = 0; i < 5; i++) await client.query(`UPDATE statements SET text = text || '.' WHERE id = $1`, [statementId]);
    await client.query('COMMIT');
    expect(await epoch()).toBe(before + 2);
    await client.query('BEGIN');
    await client.query(`UPDATE statements SET text = 'never committed' WHERE id = $1`, [statementId]);
    await client.query('ROLLBACK');
    expect(await epoch()).toBe(before + 2);
  } finally {
    client.release();
  }
});
