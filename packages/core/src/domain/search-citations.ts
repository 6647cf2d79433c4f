// Curated text is indexed as stored, citation tokens ([[source:KEY]]) included; a snippet must read as the
// API renders that text, with each token shown as its source's label, never the internal key.
import { CITATION_TOKEN, type CitedSource, citationKeys, renderCitations } from './citations.ts';
import type { MarkedText } from './search-text.ts';

export type CitedLookup = (key: string) => Pick<CitedSource, 'title' | 'outlet'> | undefined;

/** The keys cited in a hit's columns. */
export const citedKeys = (columns: MarkedText[]) => citationKeys(columns.map((c) => c.text).join('\n'));

/**
 * The column with every token rendered as its label. Matches after a token move with the text; a match inside
 * a token (the query matched the key itself) goes with the token, since readers never see it.
 */
export function renderTokens(column: MarkedText, lookup: CitedLookup): MarkedText {
  if (!column.text.includes('[[source:')) return column;
  const tokens: { start: number; end: number; shift: number }[] = [];
  let text = '';
  let from = 0;
  for (const m of column.text.matchAll(new RegExp(CITATION_TOKEN.source, 'g'))) {
    const label = renderCitations(m[0], lookup);
    text += column.text.slice(from, m.index) + label;
    from = m.index + m[0].length;
    tokens.push({ start: m.index, end: from, shift: label.length - m[0].length });
  }
  text += column.text.slice(from);
  const marks: MarkedText['marks'] = [];
  const keys: string[] = [];
  column.marks.forEach((mark, i) => {
    if (tokens.some((t) => mark.start < t.end && mark.end > t.start)) return;
    const shift = tokens.filter((t) => t.end <= mark.start).reduce((sum, t) => sum + t.shift, 0);
    marks.push({ start: mark.start + shift, end: mark.end + shift });
    keys.push(column.keys[i]!);
  });
  return { text, marks, keys };
}
