// Who says it, by which verb: reporting verbs and their subjects, found with a handful of English
// word-order rules (subject–verb, verb–subject inversion, participles, relatives, appositions).
import type { Article } from './context.ts';
import type { Draft } from './draft.ts';
import { AUXILIARIES, CLAUSE_BREAKS, PERSON_PRONOUNS, PREPOSITIONS, SPEAKER_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import { allNounish, isBreak, isDet, isSpeakerNP, npBackward, npForward, stripLeading, type NP } from './noun-phrase.ts';
import { verbAt } from './reporting-verb.ts';
import { speakerFromNP } from './speaker-ref.ts';
import type { Token } from './text.ts';
import type { SpeakerRef } from './types.ts';

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

/** Who a verb's subject is, with the fallbacks participles and coordinations need. */
export function subjectOf(a: Article, v: number, prior: Draft | undefined): SpeakerRef | null {
  const sentence = a.sentenceOfToken[v]!;
  const priorHere = prior && prior.sentence === sentence && prior.cand.speaker && prior.verbTok >= 0 && prior.how !== 'possessive' ? prior.cand.speaker : null;
  // "Afghan media quoted Zabihullah Mujahid, the chief spokesman, as saying": the object of "quoted".
  if (a.tokens[v - 1]?.lower === 'as' && a.tokens[v - 2]?.lower !== 'quoted') {
    for (let j = v - 2; j >= a.sentences[sentence]!.from && v - j < 20; j--) {
      if (a.tokens[j]!.q >= 0) break;
      if (a.tokens[j]!.lower === 'quoted' || a.tokens[j]!.lower === 'quoting') {
        const obj = npForward(a, j + 1);
        if (obj) return speakerFromNP(a, obj);
        break;
      }
    }
  }
  // "was quoted as saying": the subject of "quoted".
  if (a.tokens[v - 1]?.lower === 'as' && a.tokens[v - 2]?.lower === 'quoted') {
    const np = subjectBefore(a, v - 2);
    if (np) return speakerFromNP(a, np);
  }
  if (isParticiple(a, v)) {
    if (priorHere) return { ...priorHere };
    const np = nearestPersonBefore(a, v) ?? sentenceSubject(a, sentence, v);
    return np ? speakerFromNP(a, np) : null;
  }
  const np = subjectBefore(a, v);
  if (np) return speakerFromNP(a, np);
  const p = a.tokens[v - 1];
  // "Trump called both leaders at the weekend urging them to …": a participle without its comma.
  if (a.tokens[v]!.lower.endsWith('ing') && p?.word && !p.cap) {
    if (priorHere) return { ...priorHere };
    const s = sentenceSubject(a, sentence, v);
    if (s) return speakerFromNP(a, s);
  }
  // “…,” said Foreign Minister Ishaq Dar, “…”: the speaker follows the verb.
  if (p && p.q >= 0) {
    const inv = npForward(a, v + 1);
    if (inv) return speakerFromNP(a, inv);
  }
  if (p && (p.lower === 'and' || p.lower === 'but' || p.text === ',')) {
    if (priorHere) return { ...priorHere };
    // "the Afghan side filed a new demand and said": the subject opening the coordinated clause.
    const c = clauseStartBefore(a, v - 1);
    const np = c < v - 1 ? npForward(a, c) : null;
    if (np) return speakerFromNP(a, np);
    const s = sentenceSubject(a, sentence, v);
    return s ? speakerFromNP(a, s) : null;
  }
  return null;
}
