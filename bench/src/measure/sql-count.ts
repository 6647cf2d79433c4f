// SQL statements per request, counted by SQLite's own trace (openDatabase's onSql): for each read at two
// page sizes. A constant count means no N+1: nested lists are planned into a fixed number of queries.
import type { ParamSets } from '../params.ts';
import type { Params, Scenario } from '../queries.ts';
import { inProcess } from './in-process.ts';

export interface SqlCountRow {
  scenario: Scenario;
  contender: 'parley' | 'raw' | 'peer';
  counts: Record<number, number>;
  rows: Record<number, number>;
}

export async function countSql(path: string, params: ParamSets, sizes = [10, 100]): Promise<SqlCountRow[]> {
  let counter = { parley: 0, raw: 0, peer: 0 };
  const c = inProcess(path, (who) => counter[who]++);
  const at = (scenario: Scenario, first: number): Params =>
    scenario === 'feed' ? { ...params.feedRepeated, first } : scenario === 'actor' ? { ...params.actorRepeated, first } : { q: 'ceasefire OR border', first };
  const rows: SqlCountRow[] = [];
  try {
    for (const scenario of ['feed', 'actor', 'search'] as const) {
      for (const who of ['parley', 'raw', 'peer'] as const) {
        const row: SqlCountRow = { scenario, contender: who, counts: {}, rows: {} };
        for (const first of sizes) {
          // Once to warm any lazily prepared statements, then counted.
          const ask = () =>
            who === 'parley'
              ? c.parley(scenario, at(scenario, first))
              : who === 'raw'
                ? c.raw(scenario, at(scenario, first))
                : c.peer(scenario, at(scenario, first));
          if ((await ask()) === null) break;
          counter = { parley: 0, raw: 0, peer: 0 };
          const answer = await ask();
          row.counts[first] = counter[who];
          row.rows[first] = (JSON.stringify(answer).match(/"id"/g) ?? []).length;
        }
        if (Object.keys(row.counts).length) rows.push(row);
      }
    }
  } finally {
    c.close();
  }
  return rows;
}
