/** Plain text with the given ranges wrapped in <mark>; the API sends ranges, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly { start: number; end: number }[] }) {
  const sorted: { start: number; end: number }[] = [];
  // "Tora" and "Bora" come as two ranges; one mark reads better than two separated by a gap.
  for (const r of [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start)) {
    const last = sorted[sorted.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, r.start))) last.end = Math.max(last.end, r.end);
    else sorted.push({ ...r });
  }
  const out: (string | React.JSX.Element)[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start}>{text.slice(start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
