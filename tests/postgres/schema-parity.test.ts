import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_KINDS, openDatabase, relations as sqliteRelations, tables as sqliteTables } from '@parley/core';
import { migratePostgres, relations as pgRelations, tables as pgTables } from '@parley/core/pg';
import { getTableColumns, getTableName, is, Table } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { declaredTypes, postgresShape, type SchemaShape, sqliteShape } from './introspect.ts';

// The two engines' schemas are two sets of table definitions with their own migrations (a generator from one
// description would have to invent types neither drizzle dialect has). This test keeps them in step: both are
// migrated from scratch and read back from the databases, so a column, index or key added on one side only fails it.

// Full-text search is engine-specific and left out of the comparison: SQLite's FTS5 table with its shadow tables
// and triggers; PostgreSQL's search_index table (tsvector column, GIN and trigram indexes, one trigger per table)
// and the trigram index serving the actors' name filter. SQLite's own sqlite_* tables (sequences, statistics) too. The last test checks the PostgreSQL side has them all.
// PostgreSQL's write_epoch row is what SQLite's data_version pragma gives for free (tests/postgres/response-cache.test.ts).
const SQLITE_ONLY = new Set([
  '__drizzle_migrations',
  'search_index',
  'search_index_config',
  'search_index_content',
  'search_index_data',
  'search_index_docsize',
  'search_index_idx',
]);
const PG_SEARCH_INDEXES = ['search_index_document_idx', 'search_index_title_trgm_idx', 'actor_aliases_normalized_trgm_idx'];
const PG_ONLY = new Set(['search_index', 'write_epoch', ...PG_SEARCH_INDEXES]);
const SEARCH_TRIGGERS = {
  statements: 'STATEMENT',
  quotes: 'QUOTE',
  sources: 'SOURCE',
  negotiation_rounds: 'ROUND',
  events: 'EVENT',
  claims: 'CLAIM',
  actors: 'ACTOR',
};

const postgres = usePostgres('parity');
const dir = tempDir();
let sqlite: SchemaShape;
let postgresSchema: SchemaShape;
let client: pg.Client;

beforeAll(async () => {
  const db = openDatabase(join(dir, 'parley.db'));
  sqlite = sqliteShape(db.$client, declaredTypes(sqliteTables), (name) => SQLITE_ONLY.has(name) || name.startsWith('sqlite_'));
  db.$client.close();
  if (!postgres.name) return;
  await migratePostgres(postgres.url);
  client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  postgresSchema = await postgresShape(client, (name) => PG_ONLY.has(name));
});

afterAll(async () => {
  await client?.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('PostgreSQL schema matches SQLite', () => {
  test('the same tables', (ctx) => {
    postgres.ready(ctx);
    expect(Object.keys(postgresSchema.tables).sort()).toEqual(Object.keys(sqlite.tables).sort());
    expect(Object.keys(sqlite.tables).length).toBeGreaterThan(30);
  });

  test('the same columns: types as a query sees them, nullability, defaults, identity ids', (ctx) => {
    postgres.ready(ctx);
    for (const [name, table] of Object.entries(sqlite.tables)) {
      expect({ name, columns: postgresSchema.tables[name]?.columns }).toEqual({ name, columns: table.columns });
    }
  });

  test('the same primary keys, unique constraints, foreign keys (with ON DELETE) and checks', (ctx) => {
    postgres.ready(ctx);
    for (const [name, table] of Object.entries(sqlite.tables)) {
      const { columns: _, ...rest } = table;
      const { columns: __, ...other } = postgresSchema.tables[name] ?? table;
      expect({ name, ...other }).toEqual({ name, ...rest });
    }
  });

  test('the same indexes, by name: columns in order, direction, uniqueness', (ctx) => {
    postgres.ready(ctx);
    expect(postgresSchema.indexes).toEqual(sqlite.indexes);
    expect(Object.keys(sqlite.indexes).length).toBeGreaterThan(60);
  });

  test('the same JS names: every export, and every table property', (ctx) => {
    postgres.ready(ctx);
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    for (const [name, table] of Object.entries(sqliteTables)) {
      if (!is(table, Table)) continue;
      const twin = (pgTables as Record<string, unknown>)[name] as Table;
      expect({ name, columns: Object.keys(getTableColumns(twin)).sort() }).toEqual({ name, columns: Object.keys(getTableColumns(table)).sort() });
    }
  });

  test('the same relations: names, kinds, targets, columns, aliases, junction tables', (ctx) => {
    postgres.ready(ctx);
    const described = describeRelations(sqliteRelations);
    expect(describeRelations(pgRelations)).toEqual(described);
    expect(Object.values(described).flat().length).toBeGreaterThan(40);
  });

  test('PostgreSQL has its search machinery, and indexes every kind as SQLite does (row id = id × 8 + kind)', async (ctx) => {
    postgres.ready(ctx);
    const one = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows[0];
    expect((await client.query(`SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm') ORDER BY 1`)).rows).toEqual([
      { extname: 'pg_trgm' },
      { extname: 'unaccent' },
    ]);
    expect(await one(`SELECT provolatile FROM pg_proc WHERE proname = 'parley_unaccent'`)).toEqual({ provolatile: 'i' });
    expect(await one(`SELECT data_type, is_generated FROM information_schema.columns WHERE table_name = 'search_index' AND column_name = 'document'`)).toEqual({
      data_type: 'tsvector',
      is_generated: 'ALWAYS',
    });
    const methods = await client.query(
      `SELECT c.relname AS name, am.amname AS method FROM pg_class c JOIN pg_am am ON am.oid = c.relam WHERE c.relname = ANY($1) ORDER BY 1`,
      [PG_SEARCH_INDEXES],
    );
    expect(methods.rows).toEqual(PG_SEARCH_INDEXES.map((name) => ({ name, method: 'gin' })).sort((a, b) => a.name.localeCompare(b.name)));
    const triggers = await client.query(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE '%\\_search' ORDER BY 1`,
    );
    expect(triggers.rows.map((r) => r.table)).toEqual(Object.keys(SEARCH_TRIGGERS).sort());

    // One row of each kind, written in a transaction that is rolled back: each lands in search_index under SQLite's row id.
    await client.query('BEGIN');
    try {
      const id = async (text: string, values: unknown[] = []) => (await one(`${text} RETURNING id`, values)).id as number;
      const actor = await id(`INSERT INTO actors (slug, name, kind, description) VALUES ('k', 'Khawaja Āsif', 'PERSON', 'Défense minister')`);
      const source = await id(`INSERT INTO sources (title, outlet, kind, body, content_hash) VALUES ('Talks', 'Dawn', 'NEWS_ARTICLE', 'body', 'h')`);
      const process = await id(`INSERT INTO negotiation_processes (name) VALUES ('Doha')`);
      const round = await id(`INSERT INTO negotiation_rounds (process_id, sequence, title, venue_city) VALUES ($1, 1, 'Round one', 'Doha')`, [process]);
      const event = await id(`INSERT INTO events (type, occurred_on, date_precision, summary) VALUES ('AIRSTRIKE', '2025-10-09', 'DAY', 'Strikes in Kabul')`);
      const claim = await id(`INSERT INTO claims (text, event_id) VALUES ('Ten killed', $1)`, [event]);
      const occasion = await id(`INSERT INTO occasions (speaker_id, said_on, date_precision, channel) VALUES ($1, '2025-10-29', 'DAY', 'SOCIAL_MEDIA_POST')`, [
        actor,
      ]);
      const statement = await id(
        `INSERT INTO statements (occasion_id, speaker_id, said_on, channel, text, act, intensity) VALUES ($1, $2, '2025-10-29', 'SOCIAL_MEDIA_POST', 'No more', 'THREATEN', -7)`,
        [occasion, actor],
      );
      const quote = await id(`INSERT INTO quotes (statement_id, source_id, text, kind, start, "end") VALUES ($1, $2, 'body', 'DIRECT', 0, 4)`, [
        statement,
        source,
      ]);
      const refs = { STATEMENT: statement, QUOTE: quote, SOURCE: source, ROUND: round, EVENT: event, CLAIM: claim, ACTOR: actor };
      const rows = await client.query(`SELECT rowid::int AS rowid, kind, ref_id FROM search_index ORDER BY kind`);
      const expected = SEARCH_KINDS.map((kind, i) => ({ rowid: refs[kind] * 8 + i + 1, kind, ref_id: refs[kind] }));
      expect(rows.rows).toEqual(expected.sort((a, b) => a.kind.localeCompare(b.kind)));
      // Stemmed and unaccented, title or body, and kept in step by updates.
      const match = `SELECT kind FROM search_index WHERE document @@ websearch_to_tsquery('english', parley_unaccent($1)) ORDER BY kind`;
      expect((await client.query(match, ['asif defense'])).rows).toEqual([{ kind: 'ACTOR' }]);
      await client.query(`UPDATE actors SET description = 'Foreign minister' WHERE id = $1`, [actor]);
      expect((await client.query(match, ['defense'])).rows).toEqual([]);
      await client.query(`DELETE FROM quotes WHERE id = $1`, [quote]);
      expect((await client.query(`SELECT count(*)::int AS n FROM search_index WHERE kind = 'QUOTE'`)).rows).toEqual([{ n: 0 }]);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});

/** Each table's relations as text: what a relational query can follow, independent of the engine. */
function describeRelations(relations: Record<string, { relations: Record<string, unknown> }>): Record<string, string[]> {
  const names = (columns: { name: string }[] | undefined) => (columns ?? []).map((c) => c.name).join(',');
  const out: Record<string, string[]> = {};
  for (const [table, { relations: fields }] of Object.entries(relations)) {
    out[table] = Object.entries(fields)
      .map(([field, relation]) => {
        const r = relation as any;
        const through = r.throughTable ? ` through ${getTableName(r.throughTable)}` : '';
        return `${field}: ${r.relationType} ${r.targetTableName} (${names(r.sourceColumns)}) -> (${names(r.targetColumns)}) alias=${r.alias} optional=${r.optional}${through}`;
      })
      .sort();
  }
  return out;
}
