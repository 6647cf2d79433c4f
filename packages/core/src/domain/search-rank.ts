// Ranking a window of matches whose text has been read (highlight() output): BM25 computed here, because
// FTS5's bm25() starts by counting every document that holds each phrase, a scan of a fifth of the index for
// a common word. Rows whose text was not read are ranked by bm25() itself (see search.ts).
import { fold, scanMarked } from './search-text.ts';

// Title matches count four times a body match, as the weights bm25() is given.
const TITLE_WEIGHT = 4;
const K1 = 1.2;
const B = 0.75;

/** A window's row as highlight() gives it; its kind and ref id are its row id's (id × 8 + kind). */
export interface WindowRow {
  id: number;
  title: string;
  body: string;
}

export interface Ranked {
  row: { id: number };
  score: number;
  /** The row's highlight() output, when the window read it; parsed only for the hits a page shows. */
  marked: { title: string; body: string } | null;
}

/**
 * BM25 over the window (`indexed`: how many documents the whole index holds): term frequency (title × 4) and length normalization per document; each matched term's
 * document frequency is counted in the window and, when the window is full, scaled by how much of the row-id
 * range it spans (matches are spread over ids about evenly), which stands in for a count over the whole index.
 * Each text is scanned once without being copied: a window's parsed texts, kept until the page was built, made
 * young-generation collections of several milliseconds in the middle of queries.
 */
export function rankMarked(indexed: number, rows: WindowRow[], full: boolean): Ranked[] {
  // The same few matched words recur through a window; each is folded once.
  const folded = new Map<string, string>();
  const keyOf = (matched: string) => {
    let key = folded.get(matched);
    if (key === undefined) folded.set(matched, (key = fold(matched)));
    return key;
  };
  const docs = rows.map((row) => {
    const tf = new Map<string, number>();
    const count = (weight: number) => (matched: string) => {
      const key = keyOf(matched);
      tf.set(key, (tf.get(key) ?? 0) + weight);
    };
    const length = scanMarked(row.title, count(TITLE_WEIGHT)) + scanMarked(row.body, count(1));
    return { row, tf, length };
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
    return { row: d.row, score, marked: { title: d.row.title, body: d.row.body } };
  });
  return ranked.sort((a, b) => b.score - a.score || b.row.id - a.row.id);
}
