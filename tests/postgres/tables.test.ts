import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, tables as sqliteTables } from '@parley/core';
import { migratePostgres, relations, tables as pgTables } from '@parley/core/pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';

// The same drizzle query against either engine's tables returns the same JavaScript values: the column types
// chosen for PostgreSQL (text timestamps, json, double precision, boolean, bigint hashes) round-trip as SQLite's do.
// (Both ledgers are empty here: openDatabase adds only the known outlets.)
const postgres = usePostgres('tables');
const dir = tempDir();
const lite = openDatabase(join(dir, 'parley.db'));
let pool: pg.Pool;
let db: ReturnType<typeof drizzle<typeof relations>>;

beforeAll(async () => {
  if (!postgres.name) return;
  pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  await migratePostgres(pool);
  db = drizzle({ client: pool, relations });
});

afterAll(async () => {
  await pool?.end();
  lite.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

test('rows come back alike: ids increasing from 1, defaults, ISO timestamps with milliseconds', async (ctx) => {
  postgres.ready(ctx);
  const values = ['asif', 'dar', 'mujahid'].map((slug) => ({ slug, name: slug, kind: 'PERSON' as const }));
  const fromLite = lite.insert(sqliteTables.actors).values(values).returning().all();
  const fromPg = await db.insert(pgTables.actors).values(values).returning();
  expect(fromPg.map((a) => a.id)).toEqual([1, 2, 3]);
  for (const row of [...fromLite, ...fromPg]) expect(row.createdAt).toMatch(ISO_MS);
  const same = (rows: { createdAt: string }[]) => rows.map((r) => ({ ...r, createdAt: 'ISO' }));
  expect(same(fromPg)).toEqual(same(fromLite));
});

test('JSON keeps its key order, doubles their digits, booleans and 32-bit unsigned hashes their values', async (ctx) => {
  postgres.ready(ctx);
  // jsonb would hand back {"a":…,"b":…}; the API returns rules and change records as they were written.
  const rule = { speaker: 'asif', act: 'THREATEN', from: '2025-10-01' };
  const watch = { name: 'w', kind: 'STATEMENT' as const, rule, secret: 's', createdBy: 'test' };
  const [liteWatch] = lite.insert(sqliteTables.watches).values(watch).returning().all();
  const [pgWatch] = await db.insert(pgTables.watches).values(watch).returning();
  expect(Object.keys(pgWatch!.rule as object)).toEqual(['speaker', 'act', 'from']);
  expect({ ...pgWatch, createdAt: '' }).toEqual({ ...liteWatch, createdAt: '' });

  const outlet = { key: 'parity-outlet', name: 'Parity Outlet' };
  const liteOutlet = lite.insert(sqliteTables.outlets).values(outlet).returning().all()[0]!.id;
  const pgOutlet = (await db.insert(pgTables.outlets).values(outlet).returning())[0]!.id;
  const name = (outletId: number) => ({ normalized: 'parity outlet', outletId, text: 'Parity Outlet', credit: true });
  expect(await db.insert(pgTables.outletNames).values(name(pgOutlet)).returning()).toEqual([name(pgOutlet)]);
  expect(lite.insert(sqliteTables.outletNames).values(name(liteOutlet)).returning().all()).toEqual([name(liteOutlet)]);

  const source = { title: 't', outlet: 'Dawn', kind: 'NEWS_ARTICLE' as const, body: 'b', contentHash: 'h' };
  const sourceId = (await db.insert(pgTables.sources).values(source).returning())[0]!.id;
  const shingle = { hash: 4_294_967_295, sourceId };
  expect(await db.insert(pgTables.sourceShingles).values(shingle).returning()).toEqual([shingle]);

  const [actor] = await db.select().from(pgTables.actors).limit(1);
  const occasion = { speakerId: actor!.id, saidOn: '2025-10-29', datePrecision: 'DAY' as const, channel: 'SOCIAL_MEDIA_POST' as const };
  const occasionId = (await db.insert(pgTables.occasions).values(occasion).returning())[0]!.id;
  const statement = {
    occasionId,
    speakerId: actor!.id,
    saidOn: '2025-10-29',
    channel: 'SOCIAL_MEDIA_POST' as const,
    text: 'x',
    act: 'THREATEN' as const,
    intensity: -7.3,
  };
  const statementId = (await db.insert(pgTables.statements).values(statement).returning())[0]!.id;
  const quoteId = (await db.insert(pgTables.quotes).values({ statementId, sourceId, text: 'b', kind: 'DIRECT', start: 0, end: 1 }).returning())[0]!.id;
  const [candidate] = await db
    .insert(pgTables.quoteCandidates)
    .values({ quoteId, confidence: 0.83, similarity: 1 / 3 })
    .returning();
  expect([candidate!.confidence, candidate!.similarity]).toEqual([0.83, 1 / 3]);
});

test('relational queries follow the same relations on PostgreSQL', async (ctx) => {
  postgres.ready(ctx);
  const [actor] = await db.select().from(pgTables.actors).limit(1);
  await db.insert(pgTables.actorAliases).values({ actorId: actor!.id, text: 'Khawaja Asif', normalized: 'khawaja asif', phonetic: 'kwj asf' });
  const found = await db.query.actors.findFirst({
    where: { id: actor!.id },
    with: { aliases: { columns: { text: true } }, statements: { columns: { act: true } } },
  });
  expect(found).toMatchObject({ slug: actor!.slug, aliases: [{ text: 'Khawaja Asif' }], statements: [{ act: 'THREATEN' }] });
});
