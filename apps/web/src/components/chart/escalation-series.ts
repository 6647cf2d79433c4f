import type { FragmentOf } from '@/graphql/tada.ts';
import type { EscalationDay } from '@/graphql/fragments.ts';
import type { ChartSeries } from './IntensityChart.tsx';

export type EscalationData = FragmentOf<typeof EscalationDay>[];

export const SIDES = [
  { side: 'PK', label: 'Pakistan', colorVar: '--side-pk' },
  { side: 'AF', label: 'Afghanistan', colorVar: '--side-af' },
  { side: 'MEDIATORS', label: 'Mediators', colorVar: '--side-mediators' },
  { side: 'OTHERS', label: 'Others', colorVar: '--side-others' },
] as const;

const DAY_MS = 86_400_000;

/** Every calendar day from the first to the last, so a day with no statement is a day on the axis, not skipped. */
export function calendarDays(days: string[]): string[] {
  if (days.length === 0) return [];
  const sorted = [...days].sort();
  const first = Date.parse(`${sorted[0]}T00:00:00Z`);
  const last = Date.parse(`${sorted.at(-1)}T00:00:00Z`);
  const out: string[] = [];
  for (let t = first; t <= last; t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * One series per side over every calendar day, null wherever that side said nothing: the chart leaves those
 * days blank rather than drawing a line through them as if the days between were known.
 */
export function escalationSeries(points: EscalationData): { days: string[]; series: ChartSeries[] } {
  const byDay = new Map(points.map((p) => [p.day, p]));
  const days = calendarDays(points.map((p) => p.day));
  const series = SIDES.filter(({ side }) => points.some((p) => p.sides.some((s) => s.side === side))).map(({ side, label, colorVar }) => ({
    label,
    colorVar,
    values: days.map((d) => byDay.get(d)?.sides.find((s) => s.side === side)?.meanIntensity ?? null),
  }));
  return { days, series };
}
