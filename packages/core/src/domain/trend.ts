// The trend: per period (month or ISO week), per side and per pair of sides, how many statements, their mean
// intensity, its change against the previous period, and a verdict with the statements that moved it most.
//
// The verdict rule (README "The trend"): a group needs at least MIN_STATEMENTS statements in both the period
// and the one before it, else it is UNCHANGED (too little said to tell). With enough statements, a fall of
// the mean intensity by VERDICT_STEP or more is DETERIORATED, a rise by VERDICT_STEP or more is IMPROVED,
// anything smaller is UNCHANGED. Evidence: the period's statements furthest from the previous period's mean
// in the direction of the change (for UNCHANGED, furthest either way), at most EVIDENCE_SIZE.
import type { ParleyDb } from '../db/open.ts';
import { isSqlite, queryRows } from '../db/engine.ts';
import { SIDES } from './enums.ts';
import { SIDE_SQL } from './side.ts';

export const MIN_STATEMENTS = 3;
export const VERDICT_STEP = 1.0;
export const EVIDENCE_SIZE = 3;

export type TrendPeriod = 'MONTH' | 'WEEK';
export type Verdict = 'DETERIORATED' | 'IMPROVED' | 'UNCHANGED';
/** PK–AF, and each of them with the mediators: statements by one side that name the other as a target. */
export const PAIRS = [
  ['PK', 'AF'],
  ['PK', 'MEDIATORS'],
  ['AF', 'MEDIATORS'],
] as const;

export interface TrendGroup {
  group: string;
  statements: number;
  meanIntensity: number | null;
  previousMean: number | null;
  change: number | null;
  verdict: Verdict;
  evidence: { statementId: number; intensity: number; delta: number | null }[];
}

export interface TrendRow {
  period: string;
  sides: TrendGroup[];
  pairs: TrendGroup[];
}

interface Said {
  id: number;
  intensity: number;
  period: string;
  side: string;
  targetSides: string;
}

// Date arithmetic and JSON aggregation are each engine's own; the rest of the query is shared.
const ENGINE_SQL = {
  sqlite: {
    MONTH: `substr(s.said_on, 1, 7) || '-01'`,
    // The Monday of the statement's ISO week.
    WEEK: `date(s.said_on, '-' || ((CAST(strftime('%w', s.said_on) AS INTEGER) + 6) % 7) || ' days')`,
    sides: 'json_group_array(DISTINCT ts.side)',
  },
  postgres: {
    MONTH: `substr(s.said_on, 1, 7) || '-01'`,
    WEEK: `to_char(date_trunc('week', s.said_on::date), 'YYYY-MM-DD')`,
    sides: 'json_agg(DISTINCT ts.side)::text',
  },
};

const sqlFor = (period: TrendPeriod, engine: keyof typeof ENGINE_SQL) => `
  WITH sided AS (SELECT a.id AS id, ${SIDE_SQL} AS side FROM actors a LEFT JOIN actors p ON p.id = a.parent_id)
  SELECT s.id, s.intensity, ${ENGINE_SQL[engine][period]} AS period, sided.side AS side,
    (SELECT ${ENGINE_SQL[engine].sides} FROM statement_targets t JOIN sided ts ON ts.id = t.actor_id WHERE t.statement_id = s.id) AS "targetSides"
  FROM statements s JOIN occasions o ON o.id = s.occasion_id JOIN sided ON sided.id = s.speaker_id
  WHERE s.status = 'PUBLISHED' AND s.said_on >= ? AND s.said_on <= ? ${period === 'WEEK' ? `AND o.date_precision != 'MONTH'` : ''}
  ORDER BY s.said_on, s.id`;

/** The start of the period before the one holding `day`: the trend reads one period back to compare. */
function periodBefore(period: TrendPeriod, day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (period === 'MONTH') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
}

export function verdictOf(statements: number, previousStatements: number, change: number | null): Verdict {
  if (change === null || statements < MIN_STATEMENTS || previousStatements < MIN_STATEMENTS) return 'UNCHANGED';
  if (change <= -VERDICT_STEP) return 'DETERIORATED';
  if (change >= VERDICT_STEP) return 'IMPROVED';
  return 'UNCHANGED';
}

function summarize(group: string, now: Said[], before: Said[]): TrendGroup {
  const mean = (list: Said[]) => (list.length ? list.reduce((a, s) => a + s.intensity, 0) / list.length : null);
  const meanIntensity = mean(now);
  const previousMean = mean(before);
  const change = meanIntensity !== null && previousMean !== null ? meanIntensity - previousMean : null;
  const verdict = verdictOf(now.length, before.length, change);
  const base = previousMean ?? meanIntensity ?? 0;
  const direction = verdict === 'DETERIORATED' ? -1 : verdict === 'IMPROVED' ? 1 : 0;
  const score = (s: Said) => (direction === 0 ? Math.abs(s.intensity - base) : direction * (s.intensity - base));
  const evidence = [...now]
    .sort((a, b) => score(b) - score(a) || a.id - b.id)
    .slice(0, EVIDENCE_SIZE)
    .map((s) => ({ statementId: s.id, intensity: s.intensity, delta: previousMean === null ? null : s.intensity - previousMean }));
  return { group, statements: now.length, meanIntensity, previousMean, change, verdict, evidence };
}

export async function trend(db: ParleyDb, period: TrendPeriod, from: string, to: string): Promise<TrendRow[]> {
  const rows = await queryRows<Said>(db, sqlFor(period, isSqlite(db) ? 'sqlite' : 'postgres'), periodBefore(period, from), to);
  const byPeriod = new Map<string, Said[]>();
  for (const r of rows) {
    if (!byPeriod.has(r.period)) byPeriod.set(r.period, []);
    byPeriod.get(r.period)!.push(r);
  }
  const periods = [...byPeriod.keys()].sort();
  const inPair =
    ([a, b]: readonly [string, string]) =>
    (s: Said) => {
      const targets: string[] = JSON.parse(s.targetSides ?? '[]');
      return (s.side === a && targets.includes(b)) || (s.side === b && targets.includes(a));
    };
  const out: TrendRow[] = [];
  const first = periodStart(period, from);
  // Each period against the one right before it; a period with nothing said compares with zero statements.
  for (const p of periods.filter((x) => x >= first)) {
    const now = byPeriod.get(p)!;
    const before = byPeriod.get(periodBefore(period, p)) ?? [];
    out.push({
      period: p,
      sides: SIDES.map((side) =>
        summarize(
          side,
          now.filter((s) => s.side === side),
          before.filter((s) => s.side === side),
        ),
      ),
      pairs: PAIRS.map((pair) => summarize(pair.join('–'), now.filter(inPair(pair)), before.filter(inPair(pair)))),
    });
  }
  return out;
}

function periodStart(period: TrendPeriod, day: string): string {
  if (period === 'MONTH') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}
