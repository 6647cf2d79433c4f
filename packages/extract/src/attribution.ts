// Who says it, by which verb: reporting verbs and their subjects, found with a handful of English
// word-order rules (subject–verb, verb–subject inversion, participles, relatives, appositions).
import type { Article } from './context.ts';
import {
  ALLEGIANCE,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_BREAKS,
  DETERMINERS,
  GROUP_PRONOUNS,
  NAME_PARTICLES,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  REPORTING_VERBS,
  SPEAKER_ADJECTIVES,
  SPEAKER_NOUNS,
  SPEECH_LEMMAS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { baseWord, isNameWord, surnameKey } from './speakers.ts';
import type { Token } from './text.ts';
import type { SpeakerRef } from './types.ts';

export interface NP {
  from: number;
  to: number;
}

const PAST_FORMS = /(?:ed|said|told|wrote|spoke)$/;
const isDet = (t: Token | undefined): boolean => !!t && DETERMINERS.has(t.lower);
const isPossessive = (t: Token | undefined): boolean => !!t && /[’']s?$/.test(t.text) && t.text.length > 2;

/** The lemma of a reporting verb used as a verb at token k (not as a noun, not passive), or null. */
export function verbAt(a: Article, k: number, lemmas: ReadonlySet<string> = SPEECH_LEMMAS): string | null {
  const t = a.tokens[k];
  if (!t || !t.word || t.q >= 0) return null;
  const lemma = REPORTING_VERBS.get(t.lower);
  if (!lemma || !lemmas.has(lemma)) return null;
  if (t.lower === 'written') return null;
  const p1 = a.tokens[k - 1];
  const p2 = a.tokens[k - 2];
  // "a post", "his remarks", "the Taliban’s warning", "issued a sharp warning": nouns, not verbs.
  if (!PAST_FORMS.test(t.lower)) {
    if (isDet(p1) || isPossessive(p1)) return null;
    if (p1?.word && !p1.cap && (isDet(p2) || isPossessive(p2)) && !TITLE_HEADS.has(p1.lower) && !SPEAKER_NOUNS.has(p1.lower)) return null;
    if (p1 && PREPOSITIONS.has(p1.lower) && p1.lower !== 'to' && !t.lower.endsWith('ing')) return null;
  } else if (p1 && p1.lower === 'the') return null;
  // "was asked", "is being said", "when asked": the subject did not speak.
  let j = k - 1;
  while (j >= 0 && a.tokens[j]!.word && AUXILIARIES.has(a.tokens[j]!.lower) && !BE_FORMS.has(a.tokens[j]!.lower)) j--;
  const before = a.tokens[j];
  if (before && BE_FORMS.has(before.lower) && PAST_FORMS.test(t.lower)) return null;
  if (before && /^(when|if|once|as)$/.test(before.lower) && PAST_FORMS.test(t.lower)) return null;
  if (t.cap && t.lower === 'asked') return null;
  // "Kiev claims were …", "the reports are …": a plural noun, the subject of a verb of being, not a verb.
  const n1 = a.tokens[k + 1];
  if (/s$/.test(t.lower) && n1?.word && /^(?:were|are|have|had)$/.test(n1.lower)) return null;
  return lemma;
}

const isBreak = (t: Token): boolean =>
  t.q >= 0 || (!t.word && t.text !== '’' && t.text !== "'" && t.text !== '(' && t.text !== ')') || (!t.cap && CLAUSE_BREAKS.has(t.lower));

function stripLeading(a: Article, np: NP): NP {
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
function isSpeakerNP(a: Article, np: NP): boolean {
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
function npBackward(a: Article, e: number, floor: number): NP | null {
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

/**
 * The subject of the verb at v, looked for before it within its sentence: past auxiliaries and adverbs, over a
 * comma-set interjection ("Asif, reacting to the failure of the talks, said"), back to the clause's start.
 */
export function subjectBefore(a: Article, v: number): NP | null {
  const { tokens } = a;
  const sentence = a.sentences[a.sentenceOfToken[v]!]!;
  const floor = sentence.from;
  const skipAux = (e: number): number => {
    while (e >= floor && tokens[e]!.word && !tokens[e]!.cap && AUXILIARIES.has(tokens[e]!.lower)) e--;
    return e;
  };
  let e = skipAux(v - 1);
  // "went on to say", "continued to insist": the subject is that of the verb before "to".
  if (e >= floor && tokens[e]!.lower === 'to') {
    e--;
    const verbish = (t: Token): boolean =>
      t.word && !t.cap && !isDet(t) && !PERSON_PRONOUNS.has(t.lower) && !SPEAKER_NOUNS.has(t.lower) && !TITLE_HEADS.has(t.lower);
    for (let n = 0; n < 3 && e >= floor && verbish(tokens[e]!); n++) e--;
    e = skipAux(e);
  }
  for (let hops = 0; hops < 2 && e >= floor && tokens[e]!.text === ','; hops++) {
    let c = e - 1;
    while (c >= floor && tokens[c]!.text !== ',' && tokens[c]!.q < 0 && e - c < 16) c--;
    const first = tokens[c + 1];
    if (c < floor || !first || tokens[c]!.q >= 0 || tokens[c]!.text !== ',') return null;
    if (!/(?:ing|ed)$/.test(first.lower) && tokens.slice(c + 1, e).some((t) => t.lower === 'and') && allNounish(a, { from: c + 1, to: e + 1 })) {
      // "A security source, state broadcaster PTV and state-run broadcaster RTA had all said": the list's first member.
      let f = c;
      while (f - 1 >= floor && tokens[f - 1]!.text !== ',' && !isBreak(tokens[f - 1]!)) f--;
      const head = { from: f, to: c };
      if (head.to > head.from && isSpeakerNP(a, head) && allNounish(a, head)) return stripLeading(a, head);
    }
    // "the spokesman, Mr. Zhang, said": the name set off after an office is the speaker.
    if (
      c - 1 >= floor &&
      (TITLE_HEADS.has(tokens[c - 1]!.lower) || SPEAKER_NOUNS.has(tokens[c - 1]!.lower)) &&
      a.table.within(first.start, tokens[e - 1]!.end)
    ) {
      return { from: c + 1, to: e };
    }
    const interjection =
      /(?:ing|ed)$/.test(first.lower) ||
      /^(who|which|a|an|the|speaking|when|while|in|on|at|after|according|also)$/.test(first.lower) ||
      (TITLE_HEADS.has(first.lower) && tokens[c + 2]?.lower === 'of') ||
      // "S.P. Thamilselvan, chief negotiator for the LTTE, said": an office in apposition, written without an article.
      (!first.cap && (TITLE_HEADS.has(first.lower) || TITLE_MODIFIERS.has(first.lower)));
    if (!interjection) return null;
    e = skipAux(c - 1);
  }
  if (e < floor) return null;
  const te = tokens[e]!;
  if (te.q >= 0) return null;
  if (te.lower === 'who' || te.lower === 'which') {
    let r = e - 1;
    if (tokens[r]?.text === ',') r--;
    return r >= floor ? npBackward(a, r, floor) : null;
  }
  if (!te.word && te.text !== ')') return null;
  // "… and said": a coordinated verb shares the subject found elsewhere.
  if (!te.cap && CLAUSE_BREAKS.has(te.lower)) return null;
  let s = e;
  while (s - 1 >= floor && !isBreak(tokens[s - 1]!) && verbAt(a, s - 1) === null) s--;
  const np = stripLeading(a, { from: s, to: e + 1 });
  if (np.to <= np.from) return null;
  if (np.to - np.from > 7 || !isSpeakerNP(a, np) || !allNounish(a, np)) {
    // "Defence Minister Khawaja Asif on Tuesday warned": the subject, then an adjunct of time or manner.
    const head = npForward(a, np.from);
    if (head && head.to <= e && e + 1 - head.to <= 6) {
      const gap = tokens[head.to]!;
      if (PREPOSITIONS.has(gap.lower) || /^(yesterday|today|tonight|earlier|later|also|last|this|late|early)$/.test(gap.lower)) return head;
    }
    return npBackward(a, e, floor);
  }
  // A clause start that is a prepositional phrase ("In a post on X Asif said") keeps only its tail.
  if (PREPOSITIONS.has(tokens[np.from]!.lower)) return npBackward(a, e, floor);
  return np;
}

/** Start of the clause holding token i: just after the nearest clause break or reporting verb before it. */
export function clauseStartBefore(a: Article, i: number): number {
  const floor = a.sentences[a.sentenceOfToken[i]!]!.from;
  let s = i;
  while (s - 1 >= floor && !isBreak(a.tokens[s - 1]!) && verbAt(a, s - 1) === null) s--;
  return s;
}

/**
 * "Asif said the other side acknowledged that … “…”": when the verb nearest a quotation sits inside the clause
 * reported by an earlier verb of the sentence, the earlier verb's speaker is the one quoted.
 */
export function outerVerb(a: Article, k: number): number {
  const floor = a.sentences[a.sentenceOfToken[k]!]!.from;
  const inner = subjectBefore(a, k);
  if (!inner) return k;
  for (let j = inner.from - 1; j >= floor; j--) {
    const t = a.tokens[j]!;
    if (t.q >= 0 || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—') return k;
    if (verbAt(a, j) !== null) return subjectBefore(a, j) ? j : k;
  }
  return k;
}

/** True when token v is a participle hung on a clause by a comma (", saying", ", adding"), or opens the sentence. */
export function isParticiple(a: Article, v: number): boolean {
  const t = a.tokens[v]!;
  if (!t.lower.endsWith('ing')) return false;
  const p = a.tokens[v - 1];
  const sentence = a.sentences[a.sentenceOfToken[v]!]!;
  return !p || v === sentence.from || p.text === ',' || p.q >= 0 || p.text === '—';
}

/** The first speaker-like noun phrase of the sentence, past any opening adverbial ("In a separate development,"). */
export function sentenceSubject(a: Article, sentenceIndex: number, before: number): NP | null {
  const s = a.sentences[sentenceIndex]!;
  let i = s.from;
  for (let guard = 0; guard < 4 && i < before; guard++) {
    const t = a.tokens[i]!;
    if (t.q >= 0) {
      while (i < before && a.tokens[i]!.q >= 0) i++;
      if (a.tokens[i]?.text === ',') i++;
      continue;
    }
    const opener =
      PREPOSITIONS.has(t.lower) ||
      /(?:ing|ed|ly)$/.test(t.lower) ||
      /^(meanwhile|however|earlier|later|hours|then|separately|further|also|still|thus|instead|again|moreover|yet|now|today)$/.test(t.lower);
    if (!opener) break;
    let c = i;
    while (c < before && a.tokens[c]!.text !== ',' && a.tokens[c]!.q < 0) c++;
    if (c >= before || a.tokens[c]!.text !== ',') break;
    i = c + 1;
  }
  return i < before ? npForward(a, i) : null;
}

/** The nearest he/she or named person before token v within its sentence. */
export function nearestPersonBefore(a: Article, v: number): NP | null {
  const s = a.sentences[a.sentenceOfToken[v]!]!;
  for (let i = v - 1; i >= s.from; i--) {
    const t = a.tokens[i]!;
    if (t.q >= 0) continue;
    if (PERSON_PRONOUNS.has(t.lower)) return { from: i, to: i + 1 };
    const m = a.table.mentions.find((x) => x.end === t.end);
    if (m) {
      let f = i;
      while (f > s.from && a.tokens[f - 1]!.start >= m.start) f--;
      return { from: f, to: i + 1 };
    }
  }
  return null;
}

/** Resolve a speaker noun phrase against the article's mention table. */
export function speakerFromNP(a: Article, np: NP): SpeakerRef {
  const { tokens, table, text } = a;
  const start = tokens[np.from]!.start;
  const end = tokens[np.to - 1]!.end;
  const mention = text.slice(start, end);
  const ref = (name: string | null, role?: string): SpeakerRef => (role ? { name, text: mention, start, end, role } : { name, text: mention, start, end });
  const lastTok = tokens[np.to - 1]!;
  if (np.to - np.from === 1 && (PERSON_PRONOUNS.has(lastTok.lower) || lastTok.lower === 'him' || lastTok.lower === 'her')) {
    const p = table.byPronoun(start);
    return ref(p?.fullest ?? null, p?.role);
  }
  if (np.to - np.from === 1 && GROUP_PRONOUNS.has(lastTok.lower)) return ref(null);
  // A person named inside a prepositional phrase ("a spokesman for Zabihullah Mujahid") is not the speaker.
  const inside = table.within(start, end);
  const governed = inside && tokens.slice(np.from, np.to).some((t) => t.end <= table.mentionStartIn(start, end) && /^(of|for|to|with|from|in)$/.test(t.lower));
  if (inside && !governed) return ref(inside.fullest, inside.role);
  if (!inside && (TITLE_HEADS.has(lastTok.lower) || TITLE_HEADS.has(baseWord(lastTok.lower)))) {
    // "the minister", "Pakistan’s defence minister": an office alone names its holder in the article.
    const phrase = table.titlePhraseEndingAt(np.to - 1, true);
    if (
      phrase &&
      (tokens[np.from]!.lower === 'the' || tokens[phrase.from]?.lower === 'the' || isPossessive(tokens[np.from]) || ALLEGIANCE.has(tokens[np.from]!.lower))
    ) {
      const p = table.byTitle(phrase.words, start);
      // "the spokesperson" after "Pakistan’s Foreign Office spokesperson said": the nearer mention wins, and an
      // office named without a person speaks for its body (resolved in finalize), never for a person named elsewhere.
      const office = table.officeOnlyBefore(lastTok.lower, start);
      if (p && !(office >= 0 && office > table.lastMentionBefore(p, start))) return ref(p.fullest, p.role);
      if (office >= 0) return ref(null);
    }
  }
  if (np.to - np.from === 1 && isNameWord(lastTok)) {
    const p = table.bySurname(surnameKey(lastTok.text), start);
    if (p) return ref(p.fullest, p.role);
  }
  // An unnamed or collective speaker keeps its own words, less article and parenthesis: "Taliban officials".
  const name = mention
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[’']s$/, '')
    .trim();
  return ref(name || null);
}
