// Full-text search latency, one query at a time (no concurrency), on a large dataset: FTS5 ranking every
// match (what search did before its ranking was bounded) and the whole GraphQL answer through Parley's schema
// (yoga.fetch in-process, no HTTP); then how the bounded top 20 compares with ranking every match.
import Database from 'better-sqlite3';
import { createParleyYoga, openDatabase } from '@parley/schema';
import { SEARCH_WINDOW } from '@parley/core';
import { SEARCH } from '../queries.ts';
import { type Agreement, searchAgreement } from './search-agreement.ts';

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
  /** Matches ranked per window. */
  window: number;
  byClass: { name: string; sql: LatencyStats; graphql: LatencyStats; agreement: Agreement }[];
  overall: { sql: LatencyStats; graphql: LatencyStats };
}

export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
export function stats(samples: number[], hits: number[]): LatencyStats {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p99: pct(s, 99), max: s[s.length - 1] ?? NaN, meanHits: hits.reduce((a, b) => a + b, 0) / Math.max(1, hits.length) };
}

// How many documents a query matches, for the table.
const MATCHES = `SELECT count(*) FROM search_index WHERE search_index MATCH ?`;

export async function searchLatency(
  path: string,
  classes: Record<string, string[]>,
  repeats: number,
  log: (m: string) => void = () => {},
): Promise<SearchLatency> {
  const db = openDatabase(path, { migrate: false });
  const yoga = createParleyYoga({ db });
  const sqlite = new Database(path, { readonly: true });
  const count = sqlite.prepare(MATCHES).pluck();
  const sqlOnly = sqlite.prepare(
    `SELECT ref_id, -bm25(search_index, 0, 0, 4.0, 1.0), snippet(search_index, -1, char(2), char(3), '…', 20)
     FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20`,
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
  const all = { sql: [] as number[], graphql: [] as number[], hits: [] as number[] };
  const byClass: SearchLatency['byClass'] = [];
  try {
    for (const qs of Object.values(classes)) for (const q of qs) await ask(q); // warm the page cache
    for (const [name, qs] of Object.entries(classes)) {
      const sql: number[] = [];
      const gql: number[] = [];
      const hits: number[] = [];
      for (const q of qs) {
        hits.push(count.get(q) as number);
        for (let i = 0; i < repeats; i++) {
          let t = performance.now();
          sqlOnly.all(q);
          sql.push(performance.now() - t);
          t = performance.now();
          await ask(q);
          gql.push(performance.now() - t);
        }
      }
      log(`  ${name}: Parley p99 ${stats(gql, hits).p99.toFixed(2)} ms; comparing with full ranking…`);
      byClass.push({ name, sql: stats(sql, hits), graphql: stats(gql, hits), agreement: searchAgreement(db, qs, SEARCH_WINDOW) });
      all.sql.push(...sql);
      all.graphql.push(...gql);
      all.hits.push(...hits);
    }
    const one = (sqlText: string) => sqlite.prepare(sqlText).pluck().get() as number;
    return {
      quotes: one('SELECT count(*) FROM quotes'),
      statements: one('SELECT count(*) FROM statements'),
      indexRows: one('SELECT count(*) FROM search_index'),
      window: SEARCH_WINDOW,
      byClass,
      overall: { sql: stats(all.sql, all.hits), graphql: stats(all.graphql, all.hits) },
    };
  } finally {
    sqlite.close();
    db.$client.close();
  }
}
