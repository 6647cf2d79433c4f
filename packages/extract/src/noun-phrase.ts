// Speaker noun phrases around a reporting verb: where one starts and ends ("he", "the Taliban regime",
// "a senior security source", "Pakistan’s Defence Minister Khawaja Asif").
import type { Article } from './context.ts';
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  DETERMINERS,
  GROUP_PRONOUNS,
  NAME_PARTICLES,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  REPORTING_VERBS,
  SPEAKER_ADJECTIVES,
  SPEAKER_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { isNameWord } from './name-words.ts';
import type { Token } from './text.ts';

export interface NP {
  from: number;
  to: number;
}
export const isDet = (t: Token | undefined): boolean => !!t && DETERMINERS.has(t.lower);
export const isPossessive = (t: Token | undefined): boolean => !!t && /[’']s?$/.test(t.text) && t.text.length > 2;

export const isBreak = (t: Token): boolean =>
  t.q >= 0 || (!t.word && t.text !== '’' && t.text !== "'" && t.text !== '(' && t.text !== ')') || (!t.cap && CLAUSE_BREAKS.has(t.lower));

export function stripLeading(a: Article, np: NP): NP {
  let { from } = np;
  while (from < np.to) {
    const t = a.tokens[from]!;
    if (t.word && !t.cap && (AUXILIARIES.has(t.lower) || t.lower === 'and' || t.lower === 'but')) from++;
    else if (t.word && t.cap && /^(meanwhile|however|earlier|later|then|also|and|but|separately|moreover|now)$/.test(t.lower)) from++;
    else break;
  }
  return { from, to: np.to };
}

/** Does the token range look like a noun phrase that can speak? */
export function isSpeakerNP(a: Article, np: NP): boolean {
  if (np.to <= np.from || np.to - np.from > 12) return false;
  const last = a.tokens[np.to - 1]!;
  if (!last.word && last.text !== ')') return false;
  if (np.to - np.from === 1 && (PERSON_PRONOUNS.has(last.lower) || GROUP_PRONOUNS.has(last.lower))) return true;
  for (let i = np.from; i < np.to; i++) {
    const t = a.tokens[i]!;
    if (t.cap || isNameWord(t) || SPEAKER_NOUNS.has(t.lower) || TITLE_HEADS.has(t.lower)) return true;
  }
  return false;
}

const NP_LINKS = new Set(['of', 'for', 'in', 'with', 'from', 'familiar', 'at', 'and', '(', ')', '-']);
/** Every word of the range can sit in a speaker's noun phrase ("a source familiar with the talks"). */
export function allNounish(a: Article, np: NP): boolean {
  for (let i = np.from; i < np.to; i++) {
    const t = a.tokens[i]!;
    const l = t.lower;
    const ok =
      (t.cap && !/^\d/.test(t.text)) ||
      isNameWord(t) ||
      isPossessive(t) ||
      isDet(t) ||
      SPEAKER_NOUNS.has(l) ||
      SPEAKER_ADJECTIVES.has(l) ||
      TITLE_HEADS.has(l) ||
      TITLE_MODIFIERS.has(l) ||
      NAME_PARTICLES.has(l) ||
      NP_LINKS.has(l) ||
      PERSON_PRONOUNS.has(l) ||
      GROUP_PRONOUNS.has(l) ||
      (i === np.to - 1 && /s$/.test(l)) ||
      (i > np.from && isDet(a.tokens[i - 1]) && i < np.to - 1);
    if (!ok) return false;
  }
  return true;
}

/** Backward from e: the noun phrase ending there ("the Taliban regime", "a senior security source"). */
export function npBackward(a: Article, e: number, floor: number): NP | null {
  let s = e + 1;
  while (s - 1 >= floor && e + 1 - s < 6) {
    const t = a.tokens[s - 1]!;
    if (t.q >= 0) break;
    if (isDet(t)) {
      s--;
      break;
    }
    const l = t.lower;
    const ok =
      t.cap ||
      isNameWord(t) ||
      isPossessive(t) ||
      SPEAKER_NOUNS.has(l) ||
      SPEAKER_ADJECTIVES.has(l) ||
      TITLE_HEADS.has(l) ||
      TITLE_MODIFIERS.has(l) ||
      NAME_PARTICLES.has(l);
    if (!ok || PREPOSITIONS.has(l) || CLAUSE_BREAKS.has(l)) break;
    s--;
  }
  const np = { from: s, to: e + 1 };
  return isSpeakerNP(a, np) ? np : null;
}

/** Forward from i: a speaker noun phrase ("he", "a senior security source", "Pakistan’s Defence Minister Khawaja Asif"). */
export function npForward(a: Article, i0: number): NP | null {
  const { tokens } = a;
  // A sentence-opening conjunction is not part of the speaker: "But Attay Ag Abdallah, an official …, said".
  const i = tokens[i0]?.cap && /^(?:but|and|yet|so|meanwhile|however)$/.test(tokens[i0]!.lower) && tokens[i0 + 1]?.word ? i0 + 1 : i0;
  const t0 = tokens[i];
  if (!t0 || t0.q >= 0) return null;
  if (PERSON_PRONOUNS.has(t0.lower) || GROUP_PRONOUNS.has(t0.lower)) return { from: i, to: i + 1 };
  let j = i;
  if (isDet(t0) || /^(?:one|another)$/.test(t0.lower)) j++;
  const startContent = j;
  while (j < tokens.length && j - i < 12) {
    const t = tokens[j]!;
    if (t.q >= 0) break;
    if (t.text === '(') {
      // A parenthetical abbreviation stays with its name: "the United Nations (UN)".
      let close = j + 1;
      while (close < tokens.length && close - j <= 4 && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text === ')' && close - j <= 4) {
        j = close + 1;
        continue;
      }
      break;
    }
    if (!t.word) break;
    const l = t.lower;
    if (REPORTING_VERBS.has(l) && !t.cap) break;
    // "Turkish and Qatari officials", "Qatar and Turkey"
    if (l === 'and' && j > startContent && tokens[j - 1]!.cap && tokens[j + 1]?.cap) {
      j++;
      continue;
    }
    // "the de facto ruler and army chief General …": offices coordinated.
    if (
      l === 'and' &&
      j > startContent &&
      TITLE_HEADS.has(tokens[j - 1]!.lower) &&
      tokens[j + 1] &&
      (TITLE_HEADS.has(tokens[j + 1]!.lower) || TITLE_MODIFIERS.has(tokens[j + 1]!.lower))
    ) {
      j++;
      continue;
    }
    const ok =
      (t.cap && !/^(on|in|at|when|while|after|before)$/.test(l)) ||
      isNameWord(t) ||
      isPossessive(t) ||
      SPEAKER_NOUNS.has(l) ||
      SPEAKER_ADJECTIVES.has(l) ||
      TITLE_HEADS.has(l) ||
      (TITLE_MODIFIERS.has(l) && !PREPOSITIONS.has(l) && l !== 'the' && l !== 'and') ||
      (NAME_PARTICLES.has(l) && tokens[j + 1]?.cap === true);
    if (!ok) break;
    j++;
  }
  if (j === startContent) return null;
  const np = { from: i, to: j };
  return isSpeakerNP(a, np) ? np : null;
}
