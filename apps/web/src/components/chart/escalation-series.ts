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

/** One series per side, with a gap (null) on days that side said nothing. */
export function escalationSeries(points: EscalationData): { days: string[]; series: ChartSeries[] } {
  const days = points.map((p) => p.day);
  const series = SIDES.filter(({ side }) => points.some((p) => p.sides.some((s) => s.side === side))).map(({ side, label, colorVar }) => ({
    label,
    colorVar,
    values: points.map((p) => p.sides.find((s) => s.side === side)?.meanIntensity ?? null),
  }));
  return { days, series };
}
