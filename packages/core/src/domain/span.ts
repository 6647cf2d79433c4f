/**
 * A quote is pinned to its source by JavaScript string offsets. When the span does not hold the text, say
 * what it does hold and, where the text occurs elsewhere, where: the editor can fix the offsets at once.
 */
export function spanProblem(body: string, text: string, start: number, end: number): string | null {
  if (start < 0 || end > body.length || end <= start) {
    return `span ${start}–${end} lies outside the source body (0–${body.length})`;
  }
  if (body.slice(start, end) === text) return null;
  const found = body.indexOf(text);
  const held = JSON.stringify(body.slice(start, Math.min(end, start + 60)));
  return found >= 0
    ? `span ${start}–${end} holds ${held}, not the quote; the text occurs at ${found}–${found + text.length}`
    : `span ${start}–${end} holds ${held}, and the quote's text does not occur in the source`;
}
