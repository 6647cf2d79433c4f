// Ranking a window of matches whose text has been read (highlight() output): BM25 computed here, because
// FTS5's bm25() starts by counting every document that holds each phrase, a scan of a fifth of the index for
// a common word. Rows whose text was not read are ranked by bm25() itself (see search.ts).
import { countTokens, type MarkedText, parseMarked } from './search-text.ts';
import type { SearchKind } from './search.ts';

// Title matches count four times a body match, as the weights bm25() is given.
const TITLE_WEIGHT = 4;
const K1 = 1.2;
const B = 0.75;

export interface WindowRow {
  id: number;
  kind: SearchKind;
  refId: number;
  title: string;
  body: string;
}

export interface Ranked {
  row: WindowRow;
  score: number;
  marked: { title: MarkedText; body: MarkedText } | null;
}

/**
 * BM25 over the window (`indexed`: how many documents the whole index holds): term frequency (title × 4) and length normalization per document; each matched term's
 * document frequency is counted in the window and, when the window is full, scaled by how much of the row-id
 * range it spans (matches are spread over ids about evenly), which stands in for a count over the whole index.
 */
export function rankMarked(indexed: number, rows: WindowRow[], full: boolean): Ranked[] {
  const docs = rows.map((row) => {
    const title = parseMarked(row.title);
    const body = parseMarked(row.body);
    const tf = new Map<string, number>();
    for (const k of title.keys) tf.set(k, (tf.get(k) ?? 0) + TITLE_WEIGHT);
    for (const k of body.keys) tf.set(k, (tf.get(k) ?? 0) + 1);
    return { row, title, body, tf, length: countTokens(title.text) + countTokens(body.text) };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const top = rows[0]?.id ?? 0;
  const bottom = rows.at(-1)?.id ?? 0;
  const spread = full && top > bottom ? top / (top - bottom) : 1;
  const n = Math.max(indexed, rows.length);
  const avg = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length) || 1;
  const ranked = docs.map((d) => {
    let score = 0;
    for (const [k, f] of d.tf) {
      const nk = Math.min(n, (df.get(k) ?? 1) * spread);
      const idf = Math.log(1 + (n - nk + 0.5) / (nk + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avg));
    }
    return { row: d.row, score, marked: { title: d.title, body: d.body } };
  });
  return ranked.sort((a, b) => b.score - a.score || b.row.id - a.row.id);
}
