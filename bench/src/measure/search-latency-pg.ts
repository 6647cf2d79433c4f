// Full-text search latency on PostgreSQL, one query at a time: the raw baseline's search (every public match ranked
// by ts_rank, snippets by ts_headline: what ranking everything costs there) and the whole GraphQL answer through
// Parley's schema over PostgreSQL (yoga.fetch in-process, no HTTP), by class of query as on SQLite.
import { parseSearchQuery, toTsquery } from '@parley/core';
import { openPostgres } from '@parley/core/pg';
import { createParleyYoga } from '@parley/schema';
import { SEARCH } from '../queries.ts';
import { createRawReadsPg } from '../servers/raw-pg.ts';
import { type LatencyStats, stats } from './search-latency.ts';

export interface SearchLatencyPg {
  quotes: number;
  statements: number;
  indexRows: number;
  byClass: { name: string; raw: LatencyStats; graphql: LatencyStats }[];
  overall: { raw: LatencyStats; graphql: LatencyStats };
}

const MATCHES = `SELECT count(*)::int AS n FROM search_index WHERE document @@ to_tsquery('parley_english', parley_unaccent($1))`;

export async function searchLatencyPg(
  url: string,
  classes: Record<string, string[]>,
  repeats: number,
  log: (m: string) => void = () => {},
): Promise<SearchLatencyPg> {
  const postgres = await openPostgres(url, { migrate: false, poolSize: 2 });
  const yoga = createParleyYoga({ db: postgres.db, responseCache: false });
  const raw = createRawReadsPg(postgres.pool);
  const ask = async (q: string) => {
    const r = await yoga.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { q, first: 20 } }),
    });
    const body = (await r.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`search "${q}" on PostgreSQL failed: ${JSON.stringify(body.errors)}`);
  };
  const one = async (sql: string, values: unknown[] = []) => (await postgres.pool.query<{ n: number }>(sql, values)).rows[0]!.n;
  const all = { raw: [] as number[], graphql: [] as number[], hits: [] as number[] };
  const byClass: SearchLatencyPg['byClass'] = [];
  try {
    for (const qs of Object.values(classes)) for (const q of qs) await ask(q); // warm the buffer cache
    for (const [name, qs] of Object.entries(classes)) {
      const rawTimes: number[] = [];
      const gql: number[] = [];
      const hits: number[] = [];
      for (const q of qs) {
        hits.push(await one(MATCHES, [toTsquery(parseSearchQuery(q, 'query'))]));
        for (let i = 0; i < repeats; i++) {
          let t = performance.now();
          await raw.search({ q, first: 20 });
          rawTimes.push(performance.now() - t);
          t = performance.now();
          await ask(q);
          gql.push(performance.now() - t);
        }
      }
      log(`  ${name}: Parley on PostgreSQL p99 ${stats(gql, hits).p99.toFixed(2)} ms`);
      byClass.push({ name, raw: stats(rawTimes, hits), graphql: stats(gql, hits) });
      all.raw.push(...rawTimes);
      all.graphql.push(...gql);
      all.hits.push(...hits);
    }
    return {
      quotes: await one('SELECT count(*)::int AS n FROM quotes'),
      statements: await one('SELECT count(*)::int AS n FROM statements'),
      indexRows: await one('SELECT count(*)::int AS n FROM search_index'),
      byClass,
      overall: { raw: stats(all.raw, all.hits), graphql: stats(all.graphql, all.hits) },
    };
  } finally {
    await postgres.close();
  }
}
