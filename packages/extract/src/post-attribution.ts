// Attributions after a quotation (", he said", ", said a senior security source") and "according to X" sources.
import type { Article } from './context.ts';
import { AUXILIARIES } from './lexicon.ts';
import { npForward, type NP } from './noun-phrase.ts';
import { verbAt } from './reporting-verb.ts';

/** After a quotation: `, he said`, `, said a senior security source`, `, Asif, the minister, said`, `, according to Asif`. */
export function postAttribution(a: Article, afterTok: number, sIdx: number): { verb: number; np: NP | null; according?: boolean } | null {
  const found = postCandidate(a, afterTok);
  if (!found || a.sentenceOfToken[afterTok] === sIdx) return found;
  // Across a sentence break (“…?” Asif asked.) only a bare reporting clause attributes; "He added that …" starts anew.
  let e = found.verb + 1;
  if (found.np && found.np.from > found.verb) e = found.np.to;
  const next = a.tokens[e];
  return !next || next.text === '.' || next.text === ',' || (next.lower !== 'that' && /^(in|on|at|during|while|when|to|after)$/.test(next.lower))
    ? found
    : null;
}

function postCandidate(a: Article, afterTok: number): { verb: number; np: NP | null; according?: boolean } | null {
  const { tokens } = a;
  let i = afterTok;
  const closing = tokens[i - 1];
  while (tokens[i] && (tokens[i]!.text === ',' || tokens[i]!.text === '—' || tokens[i]!.text === '–') && tokens[i]!.q < 0) i++;
  const t = tokens[i];
  if (!t || t.q >= 0 || (closing && t.para !== closing.para)) return null;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const np = accordingTo(a, i + 2);
    return { verb: i, np, according: true };
  }
  if (verbAt(a, i) !== null) {
    // Inversion (", said a senior security source") — a participle here (", questioning, “…”") leads the next quote.
    const np = t.lower.endsWith('ing') ? null : npForward(a, i + 1);
    return np ? { verb: i, np } : null;
  }
  let np = npForward(a, i);
  if (!np) return null;
  let j = np.to;
  if (tokens[j]?.text === ',') {
    // An apposition between speaker and verb: "Asif, the defence minister, said".
    let c = j + 1;
    const abbrev = (k: number): boolean => tokens[k]!.text === '.' && /^(?:mr|mrs|ms|dr|gen|lt|col|maj|capt|sen|rep|st|prof)$/i.test(tokens[k - 1]?.text ?? '');
    while (c < tokens.length && c - j < 12 && tokens[c]!.text !== ',' && tokens[c]!.q < 0 && (tokens[c]!.text !== '.' || abbrev(c))) c++;
    if (tokens[c]?.text !== ',') return null;
    // "the spokesman, Mr. Zhang, said": a named person in apposition to an office is the speaker.
    if (a.table.within(tokens[j + 1]!.start, tokens[c - 1]!.end) && !a.table.within(tokens[np.from]!.start, tokens[np.to - 1]!.end)) {
      np = { from: j + 1, to: c };
    }
    j = c + 1;
  }
  while (tokens[j] && tokens[j]!.word && AUXILIARIES.has(tokens[j]!.lower)) j++;
  return verbAt(a, j) !== null ? { verb: j, np } : null;
}

const DOCUMENTS = /^(statement|report|release|communiqu[eé]|post|posts|message|tweet|letter|transcript|readout|handout|notification|press)$/;

/**
 * Who "according to …" cites: a speaker ("according to him", "according to diplomatic sources"), or the author
 * of a document ("according to a statement from the Foreign Office"); null for an anonymous document.
 */
export function accordingTo(a: Article, i: number): NP | null {
  const np = npForward(a, i) ?? pronounObject(a, i);
  if (!np) return documentHead(a, i);
  if (!DOCUMENTS.test(a.tokens[np.to - 1]!.lower)) return np;
  return authorAfter(a, np.to);
}

function documentHead(a: Article, i: number): NP | null {
  let j = i;
  if (/^(a|an|the|its|his|her|their)$/.test(a.tokens[j]?.lower ?? '')) j++;
  while (a.tokens[j] && /^(joint|official|written|brief|separate|new|formal|press)$/.test(a.tokens[j]!.lower)) j++;
  return a.tokens[j] && DOCUMENTS.test(a.tokens[j]!.lower) ? authorAfter(a, j + 1) : null;
}

function authorAfter(a: Article, j: number): NP | null {
  const t = a.tokens[j];
  if (t?.lower === 'issued' && a.tokens[j + 1]?.lower === 'by') return npForward(a, j + 2);
  return t && /^(from|by|of)$/.test(t.lower) ? npForward(a, j + 1) : null;
}

/** "according to him": an object pronoun stands for the subject one. */
export function pronounObject(a: Article, i: number): NP | null {
  const t = a.tokens[i];
  return t && (t.lower === 'him' || t.lower === 'her') ? { from: i, to: i + 1 } : null;
}
