// Finds quotations by their marks. News text mixes curly, straight and single marks, doubles single marks
// (’’) to close a double, and uses the same ’ as apostrophe — so every mark is classified by its neighbours
// before it is paired.
import type { Span } from './types.ts';

export type MarkKind = 'double' | 'single';

export interface QuoteSpan {
  kind: MarkKind;
  depth: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (equal to `end` when the quotation is never closed). */
  closeEnd: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  /** Per-paragraph spans when the quotation runs over paragraphs (opening mark repeated, closing only at the end). */
  parts: Span[];
  terminated: boolean;
}

type Role = 'open' | 'close' | 'either';
interface Mark {
  kind: MarkKind;
  role: Role;
  len: number;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
// What may stand right before an opening mark.
const isOpener = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/:;,]/.test(c) || isMarkChar(c);
// What may stand right after a closing mark.
const isCloser = (c: string | undefined): boolean => c === undefined || /[\s)\]}.,;:!?\u2014\u2013\-…]/.test(c) || isMarkChar(c);

const MARK_CHARS = '"\'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A`';
function isMarkChar(c: string): boolean {
  return MARK_CHARS.includes(c);
}

/** Classifies the mark at i (or returns null for an apostrophe or plain character). */
function classify(text: string, i: number, singleOpen: boolean): Mark | null {
  const c = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  const doubled = next === c && (c === '\u2019' || c === '\u2018' || c === "'" || c === '`');
  if (doubled) {
    // ’’ and '' close a double, ‘‘ and `` open one: some outlets type double quotes that way.
    if (c === '\u2018' || c === '`') return { kind: 'double', role: 'open', len: 2 };
    const after = text[i + 2];
    if (c === '\u2019') return { kind: 'double', role: 'close', len: 2 };
    return isOpener(prev) && !isSpace(after) ? { kind: 'double', role: 'open', len: 2 } : { kind: 'double', role: 'close', len: 2 };
  }
  switch (c) {
    case '\u201C':
    case '\u201E':
    case '\u201F':
    case '\u00AB':
      return { kind: 'double', role: 'open', len: 1 };
    case '\u201D':
    case '\u00BB':
      // A right mark typed where a left one belongs (“ ”word) still opens: it follows a space, precedes a letter.
      if (isSpace(prev) && isLetter(next)) return { kind: 'double', role: 'either', len: 1 };
      return { kind: 'double', role: 'close', len: 1 };
    case '"':
      if (isOpener(prev) && !isSpace(next)) return { kind: 'double', role: isCloser(next) && !isSpace(prev) ? 'either' : 'open', len: 1 };
      if (!isSpace(prev) && isCloser(next)) return { kind: 'double', role: 'close', len: 1 };
      return { kind: 'double', role: 'either', len: 1 };
    case '\u2018':
    case '\u201A':
    case '\u2039':
      if (isLetter(prev)) return null; // a left mark misused as apostrophe (Pakistan‘s)
      return isSpace(next) ? null : { kind: 'single', role: 'open', len: 1 };
    case '\u203A':
      return { kind: 'single', role: 'close', len: 1 };
    case '\u2019':
    case "'":
    case '\u201B': {
      if (isLetter(prev) && isLetter(next)) return null; // Pakistan’s, don’t
      if (c === "'" && isOpener(prev) && isLetter(next) && !isLetter(prev)) return { kind: 'single', role: 'open', len: 1 };
      if (isSpace(prev)) {
        // ’90s, ’em: an elided start, not a mark.
        if (/\d/.test(next ?? '')) return null;
        return c === '\u2019' ? null : { kind: 'single', role: 'open', len: 1 };
      }
      if (!singleOpen) return null; // a plural possessive (the States’ army) when no single quotation is open
      return isCloser(next) ? { kind: 'single', role: 'close', len: 1 } : null;
    }
    default:
      return null;
  }
}

interface Open {
  kind: MarkKind;
  pos: number;
  len: number;
  parts: Span[];
  partStart: number;
}

/**
 * A closing ’ after a plural (“the neighbours’ homes”) is ambiguous when a single quotation is open: it closes
 * only when no better closer follows in the same paragraph.
 */
function isPluralPossessive(text: string, i: number, paraEnd: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/[a-z]/.test(text[i + 2] ?? '')) return false;
  for (let j = i + 1; j < paraEnd; j++) {
    const c = text[j];
    if ((c === '\u2019' || c === "'") && !(isLetter(text[j - 1]) && isLetter(text[j + 1])) && isCloser(text[j + 1])) return true;
  }
  return false;
}

const paragraphEnd = (text: string, from: number): number => {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
};

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Every quotation in the text, outermost first by position. Nested ones carry depth ≥ 1. */
export function scanQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  let paraEnd = paragraphEnd(text, 0);

  const close = (o: Open, depth: number, markPos: number, markLen: number, terminated: boolean): void => {
    const start = o.partStart;
    const end = terminated ? markPos : trimEnd(text, start, markPos);
    const parts = o.parts.length ? [...o.parts, { start, end }] : [];
    out.push({
      kind: o.kind,
      depth,
      open: o.pos,
      closeEnd: terminated ? markPos + markLen : end,
      start: o.parts[0]?.start ?? start,
      end,
      parts,
      terminated,
    });
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // A paragraph ends with a quotation still open: either the next paragraph reopens it (a multi-paragraph
      // quotation) or it was never closed and ends here.
      const top = stack[0];
      if (top) {
        let j = i;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        const m = j < text.length ? classify(text, j, false) : null;
        const continues = stack.length === 1 && m !== null && m.kind === top.kind && m.role !== 'close';
        if (continues) {
          top.parts.push({ start: top.partStart, end: trimEnd(text, top.partStart, i) });
          top.partStart = j + m.len;
          i = j + m.len - 1;
          paraEnd = paragraphEnd(text, j);
          continue;
        }
        while (stack.length > 1) stack.pop();
        const lastPos = trimEnd(text, top.partStart, i);
        close(top, 0, lastPos, 0, false);
        stack.length = 0;
      }
      paraEnd = paragraphEnd(text, i + 1);
      continue;
    }
    if (!isMarkChar(c)) continue;
    const singleOpen = stack.some((o) => o.kind === 'single');
    const m = classify(text, i, singleOpen);
    if (!m) continue;
    if (m.kind === 'single' && m.role === 'close' && isPluralPossessive(text, i, paraEnd)) continue;

    const idx = findLast(stack, m.kind);
    const wantsClose = m.role === 'close' || (m.role === 'either' && idx >= 0);
    if (wantsClose) {
      if (idx < 0) continue; // a stray closer
      const o = stack[idx]!;
      stack.length = idx;
      close(o, idx, i, m.len, true);
      i += m.len - 1;
      continue;
    }
    // An opener of the kind already open at the top is a typo or a misread closer: ignore it.
    if (stack.length && stack[stack.length - 1]!.kind === m.kind) continue;
    stack.push({ kind: m.kind, pos: i, len: m.len, parts: [], partStart: i + m.len });
    i += m.len - 1;
  }
  if (stack[0]) close(stack[0], 0, trimEnd(text, stack[0].partStart, text.length), 0, false);
  out.sort((a, b) => a.open - b.open || a.depth - b.depth);
  return out;
}

function findLast(stack: Open[], kind: MarkKind): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === kind) return k;
  return -1;
}
