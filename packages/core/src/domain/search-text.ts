// Reading FTS5's highlight() output: which terms matched where, how long the text is, and the snippet shown.
// The ranking and the snippet are computed here from one highlight() pass, because FTS5's bm25() and
// snippet() each start with a scan of every match in the table (bm25 counts the documents holding each
// phrase), which is what made a common word cost hundreds of milliseconds.

/** Control characters cannot occur in stored text, so they mark matches unambiguously. */
export const OPEN = '\u0002';
export const CLOSE = '\u0003';

export interface Range {
  start: number;
  end: number;
}

export interface MarkedText {
  text: string;
  /** Matched ranges of text, in order (UTF-16 offsets). */
  marks: Range[];
  /** What each mark matched, folded (case and diacritics), to tell the query's terms apart. */
  keys: string[];
}

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function parseMarked(marked: string): MarkedText {
  const marks: Range[] = [];
  const keys: string[] = [];
  const MARK = /[\u0002\u0003]/g;
  let text = '';
  let open = -1;
  let from = 0;
  for (let m = MARK.exec(marked); m; m = MARK.exec(marked)) {
    text += marked.slice(from, m.index);
    from = m.index + 1;
    if (m[0] === OPEN) open = text.length;
    else if (open >= 0) {
      marks.push({ start: open, end: text.length });
      keys.push(fold(text.slice(open)));
      open = -1;
    }
  }
  text += marked.slice(from);
  return { text, marks, keys };
}

// The tokenizer is unicode61: letters, digits and combining marks make tokens, everything else separates.
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

export function tokens(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;
// ASCII letters and digits answered without the regex: a window ranks a thousand texts, some of them articles.
const isTokenChar = (c: number, text: string, i: number) =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));

/** How many tokens the index's tokenizer makes of `text`: runs of token characters. */
export const countTokens = (text: string) => scanMarked(text, () => {});

/**
 * countTokens over highlight() output, without building its plain text (a window ranks a thousand of them):
 * the marks are skipped, and what each one matched is handed to `onMark`.
 */
export function scanMarked(marked: string, onMark: (matched: string) => void): number {
  let n = 0;
  let inside = false;
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const c = marked.charCodeAt(i);
    // The low half of a surrogate pair continues the character its high half began.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c === 2) open = i + 1;
    else if (c === 3) {
      if (open >= 0) onMark(marked.slice(open, i));
      open = -1;
    } else {
      const token = isTokenChar(c, marked, i);
      if (token && !inside) n++;
      inside = token;
    }
  }
  return n;
}

export interface Snippet {
  snippet: string;
  highlights: Range[];
}

const ELLIPSIS = '…';

/**
 * Up to `size` tokens of the column, placed to show as many different matched terms as possible (then as
 * many matches), starting a couple of tokens before the first match shown; '…' marks cut text.
 */
export function snippetOf(column: MarkedText, size: number): Snippet {
  const toks = tokens(column.text);
  if (toks.length <= size) return { snippet: column.text, highlights: column.marks };
  // The token each mark starts in.
  const markTok = column.marks.map((m) => {
    const t = toks.findIndex((tk) => tk.end > m.start);
    return t < 0 ? toks.length - 1 : t;
  });
  let best = 0;
  let bestKeys = -1;
  let bestMarks = -1;
  for (const t of markTok) {
    const start = Math.max(0, Math.min(t - 2, toks.length - size));
    const inside = markTok.map((mt, j) => (mt >= start && mt < start + size ? j : -1)).filter((j) => j >= 0);
    const distinct = new Set(inside.map((j) => column.keys[j])).size;
    if (distinct > bestKeys || (distinct === bestKeys && inside.length > bestMarks)) {
      best = start;
      bestKeys = distinct;
      bestMarks = inside.length;
    }
  }
  const last = Math.min(toks.length, best + size) - 1;
  const from = best === 0 ? 0 : toks[best]!.start;
  const to = last === toks.length - 1 ? column.text.length : toks[last]!.end;
  const lead = from > 0 ? ELLIPSIS : '';
  const shift = lead.length - from;
  const highlights = column.marks.filter((m) => m.start >= from && m.end <= to).map((m) => ({ start: m.start + shift, end: m.end + shift }));
  return { snippet: lead + column.text.slice(from, to) + (to < column.text.length ? ELLIPSIS : ''), highlights };
}

/** The column a snippet comes from: the one matching more of the query's terms, then more often; body on a tie. */
export function snippetColumn(title: MarkedText, body: MarkedText): MarkedText {
  const distinct = (c: MarkedText) => new Set(c.keys).size;
  const dt = distinct(title);
  const db = distinct(body);
  if (dt > db || (dt === db && title.marks.length > body.marks.length)) return title;
  return body;
}
