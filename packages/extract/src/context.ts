// One article, read once: its quotations, tokens, sentences and mention table, shared by every rule.
import { scanQuotes, type QuoteSpan } from './quotes.ts';
import { MentionTable } from './mention-table.ts';
import { splitSentences, tokenize, type Sentence, type Token } from './text.ts';

export interface Article {
  text: string;
  /** The text with every top-level quotation of three words or more blanked (same length), for cue searches outside quotes. */
  masked: string;
  quotes: QuoteSpan[];
  top: QuoteSpan[];
  tokens: Token[];
  sentences: Sentence[];
  /** token index → sentence index */
  sentenceOfToken: Int32Array;
  table: MentionTable;
  /** index of the first token of each top-level quotation (its opening mark) and one past its last */
  quoteTokens: { from: number; to: number }[];
}

export function readArticle(text: string): Article {
  const quotes = scanQuotes(text);
  const top = quotes.filter((q) => q.depth === 0);
  const tokens = tokenize(text, quotes);
  const sentences = splitSentences(text, tokens, quotes);
  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((s, k) => sentenceOfToken.fill(k, s.from, s.to));
  const chars = text.split('');
  // Names in marks (‘X’, “Geo”) stay readable: cues like "on the website ‘X’" need them.
  for (const q of top) {
    if (wordCount(text.slice(q.start, q.end)) < 3) continue;
    for (let i = q.open; i < q.closeEnd; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  const quoteTokens = top.map(() => ({ from: -1, to: -1 }));
  tokens.forEach((t, i) => {
    if (t.q < 0) return;
    const r = quoteTokens[t.q]!;
    if (r.from < 0) r.from = i;
    r.to = i + 1;
  });
  const table = new MentionTable(text, tokens, (i) => sentenceOfToken[i] ?? 0);
  return { text, masked: chars.join(''), quotes, top, tokens, sentences, sentenceOfToken, table, quoteTokens };
}

/** Number of words in a span of text. */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
