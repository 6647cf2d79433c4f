// Tokens and sentences with quotations masked: a sentence may hold a quotation of several sentences, so
// boundaries are looked for only outside the marks (or right after a closing mark that ends in . ! ?).
import type { QuoteSpan } from './quotes.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index of the top-level quotation the token lies in (marks included), or -1. */
  q: number;
  /** Paragraph number (every newline starts one). */
  para: number;
  cap: boolean;
  word: boolean;
}

export interface Sentence {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  para: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-‑.][\p{L}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'prof',
  'sen',
  'rep',
  'gov',
  'adm',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
]);

export function tokenize(text: string, quotes: readonly QuoteSpan[]): Token[] {
  const top = quotes.filter((q) => q.depth === 0);
  const tokens: Token[] = [];
  let para = 0;
  let lastEnd = 0;
  let qi = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    for (let k = lastEnd; k < start; k++) if (text.charCodeAt(k) === 10) para++;
    const raw = m[0];
    const end = start + raw.length;
    lastEnd = end;
    while (qi < top.length && top[qi]!.closeEnd <= start) qi++;
    const inQ = qi < top.length && top[qi]!.open <= start && start < top[qi]!.closeEnd ? qi : -1;
    const first = raw[0]!;
    const word = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      start,
      end,
      text: raw,
      lower: raw.toLowerCase(),
      q: inQ,
      para,
      cap: word && first !== first.toLowerCase(),
      word,
    });
  }
  return tokens;
}

const isEndPunct = (t: Token): boolean => t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…';

export function splitSentences(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[]): Sentence[] {
  const top = quotes.filter((q) => q.depth === 0);
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number): void => {
    if (to <= from) return;
    out.push({ from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, para: tokens[from]!.para });
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const sameQuote = t.q >= 0 && t.q === next.q;
    if (next.para !== t.para && !sameQuote) {
      push(i + 1);
      continue;
    }
    const nextStarts = next.cap || /[\d“‘"'«„]/.test(next.text[0]!);
    if (t.q < 0 && isEndPunct(t) && nextStarts) {
      const prev = tokens[i - 1];
      const abbrev = t.text === '.' && prev && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
      if (!abbrev) push(i + 1);
      continue;
    }
    // A closing mark right after . ! ? ends the sentence when a capital follows.
    if (t.q >= 0 && next.q !== t.q && nextStarts) {
      const q = top[t.q]!;
      if (t.end === q.closeEnd && /[.!?…]/.test(text.slice(q.start, q.end).trimEnd().slice(-1))) push(i + 1);
    }
  }
  push(tokens.length);
  return out;
}

/** Index of the first token starting at or after pos (tokens.length when none): binary search. */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
