'use client';
import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDate, formatIntensity } from '@/lib/format.ts';

export interface ChartSeries {
  label: string;
  /** A CSS custom property name (e.g. "--side-pk"), resolved at draw time so dark mode gets its colours. */
  colorVar: string;
  values: (number | null)[];
}

const dayToSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
const secondsToDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const DAY = 86400;
const shortDay = (ts: number) => formatDate(secondsToDay(ts)).replace(/ \d{4}$/, '');

/**
 * Intensity per day on the −10…+10 scale, drawn with uPlot. The library is fetched only after the page is
 * interactive, so it never weighs on first load; the page carries the same numbers as a table.
 */
export function IntensityChart({ days, series, label, height = 240 }: { days: string[]; series: ChartSeries[]; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || days.length === 0) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    import('uplot')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const css = getComputedStyle(el);
        const color = (name: string) => css.getPropertyValue(name).trim() || 'currentColor';
        const axis = { stroke: color('--fg-muted'), grid: { stroke: color('--grid'), width: 1 }, ticks: { stroke: color('--grid'), width: 1 } };
        const options: uPlot.Options = {
          width: Math.max(el.clientWidth, 200),
          height,
          tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
          scales: {
            // A single day still gets a readable axis rather than hour ticks.
            x: { time: true, range: (_u, min, max) => (max - min < 2 * DAY ? [min - DAY, max + DAY] : [min, max]) },
            y: { range: [-10, 10] },
          },
          axes: [
            { ...axis, incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY], space: 56, values: (_u, ticks) => ticks.map(shortDay) },
            { ...axis, size: 40, values: (_u, ticks) => ticks.map((t) => formatIntensity(t)) },
          ],
          cursor: { drag: { x: false, y: false } },
          series: [
            { label: 'Day', value: (_u, ts) => (ts == null ? '—' : formatDate(secondsToDay(ts))) },
            ...series.map((s) => ({
              label: s.label,
              stroke: color(s.colorVar),
              width: 2,
              // A day without statements is unknown, not the average of its neighbours.
              spanGaps: false,
              points: { show: true, size: 7, fill: color(s.colorVar) },
              value: (_u: uPlot, v: number | null) => (v == null ? '—' : formatIntensity(v)),
            })),
          ],
        };
        chart = new UPlot(options, [days.map(dayToSeconds), ...series.map((s) => s.values)] as uPlot.AlignedData, el);
        observer = new ResizeObserver(() => chart?.setSize({ width: Math.max(el.clientWidth, 200), height }));
        observer.observe(el);
        setDrawn(true);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [days, series, height]);

  if (days.length === 0) return null;
  return (
    <div className="chart" role="img" aria-label={label} style={{ minHeight: height + 40 }}>
      <div ref={box} className="chart-canvas" />
      {!drawn && !failed && <div className="chart-placeholder" style={{ height }} aria-hidden="true" />}
      {failed && <p className="muted">The chart could not be drawn; the table below holds the same numbers.</p>}
    </div>
  );
}
