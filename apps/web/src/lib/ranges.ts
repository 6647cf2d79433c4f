export interface Range {
  start: number;
  end: number;
}

export interface Segment<T> {
  text: string;
  start: number;
  /** The ranges covering this piece, innermost (shortest) first; empty for plain text. */
  covering: T[];
}

/**
 * Cuts `text` at every range boundary so overlapping ranges (two quotes sharing words) still render as
 * flat, non-nested marks. Ranges outside the text are clipped.
 */
export function segment<T extends Range>(text: string, ranges: readonly T[]): Segment<T>[] {
  const valid = ranges.map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) })).filter((r) => r.end > r.start) as T[];
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const covering = valid.filter((r) => r.start <= start && r.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ text: text.slice(start, end), start, covering });
  }
  return out;
}
