// Full-text search latency, one query at a time (no concurrency), on a large dataset: the SQL alone and
// the whole GraphQL answer through Parley's schema (yoga.fetch in-process, no HTTP).
import Database from 'better-sqlite3';
import { createParleyYoga, openDatabase } from '@parley/schema';
import { SEARCH } from '../queries.ts';

export interface LatencyStats {
  n: number;
  p50: number;
  p99: number;
  max: number;
  meanHits: number;
}

export interface SearchLatency {
  quotes: number;
  statements: number;
  indexRows: number;
  byClass: { name: string; sql: LatencyStats; windowed: LatencyStats; graphql: LatencyStats }[];
  overall: { sql: LatencyStats; windowed: LatencyStats; graphql: LatencyStats };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
function stats(samples: number[], hits: number[]): LatencyStats {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p99: pct(s, 99), max: s[s.length - 1] ?? NaN, meanHits: hits.reduce((a, b) => a + b, 0) / Math.max(1, hits.length) };
}

export const WINDOW = 1000;

// How many documents a query matches, for the table.
const MATCHES = `SELECT count(*) FROM search_index WHERE search_index MATCH ?`;

export async function searchLatency(path: string, classes: Record<string, string[]>, repeats: number): Promise<SearchLatency> {
  const db = openDatabase(path, { migrate: false });
  const yoga = createParleyYoga({ db });
  const sqlite = new Database(path, { readonly: true });
  const count = sqlite.prepare(MATCHES).pluck();
  const sqlOnly = sqlite.prepare(
    `SELECT ref_id, -bm25(search_index, 0, 0, 4.0, 1.0), snippet(search_index, -1, char(2), char(3), '…', 20)
     FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20`,
  );
  // A proposal, measured beside what ships: rank only the newest WINDOW matches (by rowid, which follows
  // insertion order), so a word in every other document costs what a rare one does.
  const windowed = sqlite.prepare(
    `SELECT ref_id, -bm25(search_index, 0, 0, 4.0, 1.0), snippet(search_index, -1, char(2), char(3), '…', 20)
     FROM search_index WHERE search_index MATCH ?1
       AND rowid >= coalesce((SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ${WINDOW - 1}), 0)
     ORDER BY rank LIMIT 20`,
  );
  const ask = async (q: string) => {
    const r = await yoga.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { q, first: 20 } }),
    });
    const body = (await r.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`search "${q}" failed: ${JSON.stringify(body.errors)}`);
  };
  const all = { sql: [] as number[], windowed: [] as number[], graphql: [] as number[], hits: [] as number[] };
  const byClass: SearchLatency['byClass'] = [];
  try {
    for (const qs of Object.values(classes)) for (const q of qs) await ask(q); // warm the page cache
    for (const [name, qs] of Object.entries(classes)) {
      const sql: number[] = [];
      const win: number[] = [];
      const gql: number[] = [];
      const hits: number[] = [];
      for (const q of qs) {
        hits.push(count.get(q) as number);
        for (let i = 0; i < repeats; i++) {
          let t = performance.now();
          sqlOnly.all(q);
          sql.push(performance.now() - t);
          t = performance.now();
          windowed.all({ 1: q });
          win.push(performance.now() - t);
          t = performance.now();
          await ask(q);
          gql.push(performance.now() - t);
        }
      }
      byClass.push({ name, sql: stats(sql, hits), windowed: stats(win, hits), graphql: stats(gql, hits) });
      all.sql.push(...sql);
      all.windowed.push(...win);
      all.graphql.push(...gql);
      all.hits.push(...hits);
    }
    const one = (sqlText: string) => sqlite.prepare(sqlText).pluck().get() as number;
    return {
      quotes: one('SELECT count(*) FROM quotes'),
      statements: one('SELECT count(*) FROM statements'),
      indexRows: one('SELECT count(*) FROM search_index'),
      byClass,
      overall: { sql: stats(all.sql, all.hits), windowed: stats(all.windowed, all.hits), graphql: stats(all.graphql, all.hits) },
    };
  } finally {
    sqlite.close();
    db.$client.close();
  }
}
