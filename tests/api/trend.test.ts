import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { createParleyYoga, loadSeed, openDatabase } from '@parley/schema';
import { verdictOf } from '@parley/core';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { seedDir } from '@parley/seed';

// The trend on the seed data, and the verdict rule of README "The trend".
const dir = tempDir();
let executed = 0;
const db = openDatabase(join(dir, 'trend.db'), { onSql: () => void executed++ });
await loadSeed(db, { dir: seedDir });
const yoga = createParleyYoga({ db });
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await yoga.fetch('http://trend.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

const TREND = `query($p: TrendPeriod!, $from: Date!, $to: Date!) { trend(period: $p, from: $from, to: $to) { period
  sides { side statements meanIntensity previousMean change verdict evidence { intensity delta statement { id text speaker { name } } } }
  pairs { pair statements meanIntensity change verdict evidence { statement { id } } } } }`;

test('the verdict rule: ±1.0 with at least 3 statements in both periods', () => {
  expect(verdictOf(5, 4, -1.2)).toBe('DETERIORATED');
  expect(verdictOf(5, 4, 1.0)).toBe('IMPROVED');
  expect(verdictOf(5, 4, -0.9)).toBe('UNCHANGED');
  expect(verdictOf(2, 10, -5)).toBe('UNCHANGED');
  expect(verdictOf(10, 2, -5)).toBe('UNCHANGED');
  expect(verdictOf(10, 10, null)).toBe('UNCHANGED');
});

test('monthly on the seed: October against September, November against October, per side and pair', async () => {
  executed = 0;
  const r = await gql(TREND, { p: 'MONTH', from: '2025-10-01', to: '2025-11-30' });
  expect(r.errors).toBeUndefined();
  // Bounded SQL: the trend query, the evidence statements, then one query per nested relation.
  expect(executed).toBeLessThan(12);
  const [oct, nov] = r.data.trend;
  expect(oct.period).toBe('2025-10-01');
  expect(nov.period).toBe('2025-11-01');
  const side = (p: any, s: string) => p.sides.find((x: any) => x.side === s);
  // Nothing was said in September: October cannot be compared, so it is UNCHANGED with no change.
  expect(side(oct, 'PK')).toMatchObject({ previousMean: null, change: null, verdict: 'UNCHANGED' });
  expect(side(oct, 'PK').statements).toBeGreaterThan(10);
  // November against October, with the rule applied to the figures the API reports.
  for (const s of nov.sides) {
    const previous = side(oct, s.side);
    expect(s.previousMean).toBe(previous.meanIntensity);
    expect(s.verdict).toBe(verdictOf(s.statements, previous.statements, s.change));
    if (s.change !== null) expect(s.change).toBeCloseTo(s.meanIntensity - previous.meanIntensity, 9);
  }
  // Afghanistan's statements fell from October to November by more than one point: the Taliban's vows
  // after the strikes of 24–25 Nov are the evidence.
  const af = side(nov, 'AF');
  expect(af.verdict).toBe('DETERIORATED');
  expect(af.evidence.length).toBeGreaterThan(0);
  for (const e of af.evidence) expect(e.delta).toBeLessThan(0);
  const pkAf = nov.pairs.find((x: any) => x.pair.join() === 'PK,AF');
  expect(pkAf.statements).toBeGreaterThan(0);
  expect(nov.pairs.map((x: any) => x.pair.join('-'))).toEqual(['PK-AF', 'PK-MEDIATORS', 'AF-MEDIATORS']);
});

test('weekly periods start on Mondays; bad ranges are refused by field', async () => {
  const r = await gql(TREND, { p: 'WEEK', from: '2025-10-20', to: '2025-11-09' });
  expect(r.errors).toBeUndefined();
  for (const w of r.data.trend) expect(new Date(`${w.period}T00:00:00Z`).getUTCDay()).toBe(1);
  const bad = await gql(TREND, { p: 'WEEK', from: '2025-11-09', to: '2025-10-20' });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});
