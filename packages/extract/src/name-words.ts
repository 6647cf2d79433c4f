// Names as written: name words, name runs ("Abdul Ghani bin …", "S. Jaishankar"), surname keys, office words folded.
import { countryOf } from './countries.ts';
import { NAME_PARTICLES, NON_PERSONS, NOT_NAMES, REPORTING_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import { foldText, wordTransliterationKey } from './normalize.ts';
import type { Token } from './text.ts';

/** Offices spelled differently by outlets fold together: defense/defence, spokesman/spokesperson. */
export function canonicalTitleWord(w: string): string {
  const f = foldText(w);
  if (f === 'defense') return 'defence';
  if (f === 'spokesman' || f === 'spokeswoman') return 'spokesperson';
  if (f === 'advisor') return 'adviser';
  if (f === 'mulla') return 'mullah';
  return f;
}

export const baseWord = (s: string): string => s.replace(/[’']s?$/, '');

/** The key of a surname as written alone: "Al-Ansari" and "al-Ansari" → the key of "Ansari". */
export function surnameKey(word: string): string {
  return wordTransliterationKey(foldText(baseWord(word)).split(' ').filter(Boolean).at(-1) ?? '');
}
export const isPossessive = (t: Token): boolean => /[’']s?$/.test(t.text) && t.text.length > 2;

/** "al-Thani", "bin-Salman", "el-Sisi": a surname led by a lower-case particle, written as one word. */
const PARTICLE_NAME = /^(?:al|el|ul|ud|ur|bin|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}/u;

export function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.word || t.q >= 0) return false;
  if (!t.cap) return PARTICLE_NAME.test(t.text);
  const l = baseWord(t.lower);
  return !NOT_NAMES.has(l) && !TITLE_HEADS.has(l) && !REPORTING_VERBS.has(l) && !(TITLE_MODIFIERS.has(l) && !NAME_PARTICLES.has(l));
}

/** A run of capitalised words from token i, particles allowed inside ("Abdul Ghani bin …"). Returns the end index. */
export function nameRunFrom(tokens: readonly Token[], i: number, max = 5): number {
  let j = i;
  let n = 0;
  while (j < tokens.length && n < max) {
    const t = tokens[j]!;
    if (isNameWord(t) && (j === i || t.start - tokens[j - 1]!.end <= 1)) {
      n++;
      j++;
      if (isPossessive(t)) break;
      continue;
    }
    if (j > i && NAME_PARTICLES.has(t.lower) && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    // An initial: "S. Jaishankar" ("S" then ".").
    if (j > i && t.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && t.start === tokens[j - 1]!.end && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A name run is a person unless its last word (or its only word) names a place, state, body or outlet. */
export function looksLikePerson(tokens: readonly Token[], from: number, to: number): boolean {
  const last = baseWord(tokens[to - 1]!.lower);
  if (NON_PERSONS.has(last) || countryOf(last)) return false;
  // An acronym alone ("IEA", "RSF", "ISPR") is a body.
  if (to - from === 1 && /^\p{Lu}{2,}$/u.test(baseWord(tokens[from]!.text))) return false;
  if (to - from === 1) return true;
  return !tokens.slice(from, to).every((t) => NON_PERSONS.has(baseWord(t.lower)));
}

export const nameText = (text: string, tokens: readonly Token[], from: number, to: number): string =>
  baseWord(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
