// Indirect speech: "X said (that) CLAUSE", "X told reporters that CLAUSE", "according to X, CLAUSE",
// "CLAUSE, according to X" and "CLAUSE, X said". The span is the reported clause alone.
import { allNounish, npForward, speakerFromNP, verbAt, type NP } from './attribution.ts';
import type { Article } from './context.ts';
import { accordingTo, subjectOf, type Draft } from './direct.ts';
import {
  AUXILIARIES,
  BARE_CLAUSE_LEMMAS,
  DETERMINERS,
  INDIRECT_LEMMAS,
  NOT_NAMES,
  OBJECT_LEMMAS,
  OBJECT_SPEECH_LEMMAS,
  PREPOSITIONS,
  REPORTING_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import type { SpeakerRef } from './types.ts';

/** "We believe …" in an unmarked quotation is the speaker's own words, not a report of someone else's. */
const FIRST_PERSON = /^(?:we|i|you|us|me)$/i;
const FINITE = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'would',
  'will',
  'could',
  'should',
  'must',
  'can',
  'may',
  'might',
  'did',
  'does',
  'remained',
  'remains',
]);
const CLAUSE_SUBJECTS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'there',
  'this',
  'these',
  'those',
  'both',
  'neither',
  'no',
  'none',
  'any',
  'every',
  'all',
  'some',
  'nothing',
]);
/** Heads of "according to" phrases that cite documents or norms, not speakers. */
const NOT_SOURCES =
  /^(report|reports|law|laws|data|figures|estimates|statistics|survey|agreement|plan|schedule|tradition|sharia|constitution|rules|rule|media|records|documents|reports|sources’)$/;

const IRREGULAR_PAST =
  /^(?:was|were|is|are|had|has|have|would|will|could|should|must|can|may|might|did|does|do|took|began|made|went|came|gave|saw|got|became|left|held|kept|met|led|brought|thought|found|felt|sent|spent|stood|won|lost|fell|ran|knew|grew|drew|broke|chose|rose|struck|fought|sought|taught|told|said|remains|remained|seems|needs|wants|lies|plays|stays|means|goes|takes|makes|holds|continues|includes|shows|provides|offers|faces|threatens|constitutes|opens|comes|aims|consists)$/;

/** A finite verb among the tokens [from, to) before the sentence ends. */
function hasFinite(a: Article, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = a.tokens[j]!;
    if (t.text === '.' || t.text === ';') return false;
    if (t.q >= 0 || !t.word) continue;
    if (IRREGULAR_PAST.test(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 4 && !t.cap)) return true;
  }
  return false;
}

/** Hearers of a "told/assured/informed X CLAUSE" report. */
const HEARERS =
  /^(?:reporters|journalists|correspondents|parliament|lawmakers|legislators|him|her|them|us|me|delegates|diplomats|media|press|audience|assembly|crowd|council|senate|cabinet|gathering|conference)$/;
/** Nouns that report speech and take a "that" clause: "X's announcement that …", "the minister's warning that …". */
const REPORT_NOUNS =
  /^(?:announcement|statement|claim|claims|assertion|warning|insistence|pledge|promise|assurance|declaration|admission|allegation|accusation|denial|remarks|comments|suggestion|proposal|demand|call|threat|vow|message)$/;

const TIME_WORDS =
  /^(?:on|late|early|earlier|later|this|last|yesterday|today|tonight|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|again|publicly|separately)$/;

/** Where the reported clause after the verb at k begins, or -1. */
function clauseStart(a: Article, k: number, lemma: string): number {
  const { tokens } = a;
  const first = tokens[k + 1];
  if (!first || first.q >= 0) return -1;
  // “…,” said Foreign Minister Ishaq Dar, “…” — a verb right after a quotation attributes it; no clause follows.
  const before = tokens[k - 1];
  if (before && (before.q >= 0 || (before.text === ',' && tokens[k - 2]?.q !== undefined && tokens[k - 2]!.q >= 0))) return -1;
  if (first.lower === 'that') return k + 2;
  // "announced Friday that …", "said late Thursday that …": a time adjunct before "that".
  for (let j = k + 1; j < tokens.length && j - k <= 4; j++) {
    const t = tokens[j]!;
    if (t.lower === 'that' && j > k + 1) return j + 1;
    if (!TIME_WORDS.test(t.lower)) break;
  }
  // Adjuncts ("in posts on X", "on Wednesday") or a hearer ("reporters", "Pakistan-based Geo News") before "that".
  if (PREPOSITIONS.has(first.lower) || OBJECT_LEMMAS.has(lemma)) {
    // "told reporters the talks had failed": a hearer, then a bare clause with its own subject and finite verb.
    const hearerEnd = HEARERS.test(first.lower) ? k + 2 : /^(?:the|a)$/.test(first.lower) && HEARERS.test(tokens[k + 2]?.lower ?? '') ? k + 3 : -1;
    const opener = tokens[hearerEnd];
    if (
      hearerEnd > 0 &&
      opener?.word &&
      opener.q < 0 &&
      opener.lower !== 'that' &&
      (DETERMINERS.has(opener.lower) || CLAUSE_SUBJECTS.has(opener.lower) || (opener.cap && !NOT_NAMES.has(opener.lower))) &&
      tokens.slice(hearerEnd + 1, hearerEnd + 6).some((t) => FINITE.has(t.lower))
    )
      return hearerEnd;
    for (let j = k + 1; j < tokens.length && j - k <= 12; j++) {
      const t = tokens[j]!;
      const abbreviation = t.text === '.' && tokens[j - 1]!.end === t.start && /^\p{L}{1,4}$/u.test(tokens[j - 1]!.text);
      if (t.q >= 0 || (!t.word && t.text !== '-' && t.text !== '(' && t.text !== ')' && !abbreviation)) return -1;
      if (t.lower === 'that') return j + 1;
    }
    // ", warning he would not …": a pronoun subject opens a bare clause even after a verb that may take a hearer.
    if (!(BARE_CLAUSE_LEMMAS.has(lemma) && /^(?:he|she|they|it|we)$/.test(first.lower))) return -1;
  }
  if (!BARE_CLAUSE_LEMMAS.has(lemma)) return -1;
  // "said Sunday it had killed …": a time adjunct before a bare clause is the narrator's, not the clause's.
  if (
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/.test(first.lower) &&
    CLAUSE_SUBJECTS.has(tokens[k + 2]?.lower ?? '')
  ) {
    return clauseStart(a, k + 1, lemma);
  }
  // A bare noun opens a clause when a finite verb soon follows: "said dialogue was the only solution".
  const finiteSoon = (): boolean => tokens.slice(k + 2, k + 5).some((t) => FINITE.has(t.lower));
  const starts =
    DETERMINERS.has(first.lower) ||
    CLAUSE_SUBJECTS.has(first.lower) ||
    (first.cap && first.word && !NOT_NAMES.has(first.lower)) ||
    (first.word && !PREPOSITIONS.has(first.lower) && !REPORTING_VERBS.has(first.lower) && finiteSoon());
  if (!starts || !first.word) return -1;
  // A clause has a finite verb: "maintaining a ceasefire until then" is no report.
  if (!hasFinite(a, k + 1, Math.min(tokens.length, k + 25))) return -1;
  // "said Asif" after a quotation is an inverted attribution, not a clause.
  const second = tokens[k + 2];
  if (!second || second.text === '.' || second.text === ',') return -1;
  return k + 1;
}

/**
 * "accused the Taliban rulers of “blindly pushing …”": when all that follows the object's preposition is a
 * quotation, the quotation is the report (direct), not a clause around it.
 */
function quotedContent(a: Article, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = a.tokens[j]!;
    if (t.q >= 0) break;
    if (/^(?:of|to|for|as)$/.test(t.lower) && a.tokens[j + 1]?.q !== undefined && a.tokens[j + 1]!.q >= 0) {
      let k = j + 1;
      while (k < to && a.tokens[k]!.q >= 0) k++;
      return a.tokens.slice(k, to).filter((x) => x.word).length === 0;
    }
  }
  return false;
}

/** Words outside quotation marks after token i to the end of its sentence: a label ("as a “jihad trigger”") has none. */
function ownWordsAfter(a: Article, i: number): number {
  const to = a.sentences[a.sentenceOfToken[i]!]!.to;
  let n = 0;
  for (let j = i + 1; j < to; j++) if (a.tokens[j]!.word && a.tokens[j]!.q < 0) n++;
  return n;
}

/**
 * Where the reported content of an object-taking speech verb at k begins, or -1: "accused [Pakistan of …]",
 * "urged [them to …]", "vowed [to …]", "denied [the claims]", "called for […]", "described [the deal as …]",
 * "expressed confidence that […]", "questioned [how …]".
 */
function objectStart(a: Article, k: number, lemma: string): number {
  const { tokens } = a;
  const next = tokens[k + 1];
  if (!next || !next.word || next.q >= 0 || AUXILIARIES.has(next.lower)) return -1;
  const within = (n: number, re: RegExp): number => {
    for (let j = k + 1; j <= k + n && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.q >= 0 || (!t.word && t.text !== '-' && t.text !== '’s')) return -1;
      if (re.test(t.lower)) return j;
    }
    return -1;
  };
  // A clause with "that" is the clause rule's, as is a bare clause after say-like verbs.
  if (next.lower === 'that' || (BARE_CLAUSE_LEMMAS.has(lemma) && lemma !== 'confirm')) return -1;
  if (lemma !== 'express' && within(4, /^that$/) > 0) return -1;
  if (/^(?:confirm|deny|reject|dismiss|welcome|praise|hail|reaffirm|reiterate|announce|propose|demand|condemn)$/.test(lemma)) {
    // "reiterated India’s position on terrorism", "confirming the outcome of the talks": a report with no content.
    let h = k + 1;
    while (h < tokens.length && h - k < 4 && (DETERMINERS.has(tokens[h]!.lower) || /[’']s?$/.test(tokens[h]!.text) || tokens[h]!.cap)) h++;
    if (CONTENTLESS.test(tokens[h]?.lower ?? '')) return -1;
  }
  switch (lemma) {
    case 'accuse':
      return within(8, /^of$/) > k + 1 ? k + 1 : -1;
    case 'blame':
      return within(8, /^(?:for|on)$/) > k + 1 ? k + 1 : -1;
    case 'urge':
    case 'ask':
    case 'request':
      return within(8, /^to$/) > k + 1 ? k + 1 : -1;
    case 'call':
      if (next.lower === 'for') return k + 2;
      if ((next.lower === 'on' || next.lower === 'upon') && within(8, /^to$/) > 0) return k + 2;
      // "called the declaration a step toward …"
      {
        const art = within(6, /^(?:a|an)$/);
        return art > k + 2 && DETERMINERS.has(next.lower) && ownWordsAfter(a, art) >= 3 ? k + 1 : -1;
      }
    case 'describe': {
      const as = within(8, /^as$/);
      return as > k + 1 && ownWordsAfter(a, as) >= 3 ? k + 1 : -1;
    }
    case 'pledge':
    case 'vow':
    case 'promise':
    case 'threaten':
      return next.lower === 'to' ? k + 1 : -1;
    case 'express': {
      const that = within(4, /^that$/);
      if (that > 0) return that + 1;
      return /^(?:appreciation|gratitude|confidence|hope|concern|regret|support|condolences|solidarity|readiness|willingness|satisfaction|disappointment)$/.test(
        next.lower,
      )
        ? k + 1
        : -1;
    }
    case 'question':
    case 'reveal':
      // "revealed how [Indian media blamed …]": the report is the clause after "how".
      if (next.lower === 'how' && tokens[k + 2]?.word && !/^(?:much|many|long|far|often)$/.test(tokens[k + 2]!.lower)) return k + 2;
      return /^(?:why|whether|what)$/.test(next.lower) ? k + 1 : -1;
    case 'confirm':
      return DETERMINERS.has(next.lower) && !hasFinite(a, k + 1, Math.min(tokens.length, k + 12)) ? k + 1 : -1;
    default:
      {
        // "condemned the strikes as a “direct assault on sovereignty”": a label, not a report.
        const as = within(8, /^as$/);
        if (as > 0 && ownWordsAfter(a, as) < 3) return -1;
      }
      // deny, reject, dismiss, welcome, praise, hail, thank, reaffirm, reiterate, announce, propose, demand, condemn:
      // the noun phrase they act on ("reiterating Afghanistan’s commitment to …").
      return next.word && !PREPOSITIONS.has(next.lower) && !REPORTING_VERBS.has(next.lower) ? k + 1 : -1;
  }
}

const CONTENTLESS =
  /^(?:position|positions|stance|outcome|outcomes|results?|statement|statements|remarks|comments|views?|details|report|reports|message|call|calls|words|speech|question|questions|point|points|matter|issue|issues|news)$/;

/** Where the clause from c ends: the sentence's end, or before a coordinated report ("and said that", ", adding that"). */
const TAIL_OPENERS =
  /^(?:adding|saying|stressing|noting|warning|urging|calling|according|while|despite|amid|before|after|even|citing|referring|describing|expressing|highlighting|pointing|praising|reiterating|insisting|emphasising|emphasizing|underlining|explaining|arguing|claiming|confirming|announcing|which|whereas)$/;

const REPORT_TAIL = /^(?:reported|reports|said|says|added|adds|wrote|writes|stated|noted|quoted)$/;
const APPOSITION_HEAD = /^(?:capital|city|town|village|province|region|district|seat|home|headquarters|site|scene)$/;

/** The words from i to the sentence's end are a narrator's gloss: ", X reported." or ", the capital of X." */
function closingGloss(a: Article, i: number, to: number): boolean {
  const { tokens } = a;
  let end = to;
  while (end > i && !tokens[end - 1]!.word) end--;
  if (end - i < 2 || end - i > 8) return false;
  const words = tokens.slice(i, end);
  if (words.some((t) => t.q >= 0 || (!t.word && t.text !== '-' && t.text !== '’s'))) return false;
  // ", Agence Kampuchea Presse reported": a capitalised name (an outlet) and a reporting verb closing the sentence.
  // ", mediator Ingrid Holm said.": an office before the name is part of the closing attribution.
  if (
    REPORT_TAIL.test(words.at(-1)!.lower) &&
    words.slice(0, -1).every((t) => t.cap || t.lower === 'the' || TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower))
  )
    return true;
  // ", the capital of South Kivu province": an apposition to a place just named.
  return words[0]!.lower === 'the' && APPOSITION_HEAD.test(words[1]!.lower) && words[2]?.lower === 'of' && !!tokens[i - 2]?.cap;
}

function clauseEnd(a: Article, c: number, sentenceTo: number): number {
  const { tokens } = a;
  for (let j = c + 1; j < sentenceTo; j++) {
    const t = tokens[j]!;
    if (t.q >= 0) continue;
    // ", adding …", ", while …", ", despite …": the narrator's or another report's, not this clause.
    if ((t.text === ',' || t.text === '—') && j > c + 2 && tokens[j + 1] && tokens[j + 1]!.q < 0 && TAIL_OPENERS.test(tokens[j + 1]!.lower)) return j;
    const next = tokens[j + 1];
    // "… and as tensions remain high": a narrator's adverbial clause joined by "and".
    if (t.lower === 'and' && j > c + 2 && next && /^(?:as|while|amid|despite|after|before)$/.test(next.lower)) return j;
    // "…, Agence Kampuchea Presse reported." / "…, the capital of South Kivu province.": the narrator's gloss.
    if (t.text === ',' && j > c + 2 && closingGloss(a, j + 1, sentenceTo)) return j;
    const lemma = REPORTING_VERBS.get(t.lower);
    if (lemma && INDIRECT_LEMMAS.has(lemma) && /^(and|,|but)$/.test(tokens[j - 1]!.lower) && verbAt(a, j, INDIRECT_LEMMAS)) {
      return j - 1;
    }
  }
  return sentenceTo;
}

/** Trim a token range to its words: no trailing comma, period, dash or connector. */
function trimRange(a: Article, from: number, to: number): [number, number] {
  const { tokens } = a;
  while (to > from) {
    const t = tokens[to - 1]!;
    // "(TTP)": a closing bracket stays when its opening one is in the range.
    if (t.text === ')' && a.tokens.slice(from, to - 1).some((x) => x.text === '(')) break;
    if (t.q < 0 && (!t.word || /^(and|but|or)$/.test(t.lower))) to--;
    else break;
  }
  while (from < to && !tokens[from]!.word && tokens[from]!.q < 0) from++;
  return [from, to];
}

/** The reported clause [from, to) as a candidate span, or null when too short or when it is a quotation. */
function reportedSpan(a: Article, from: number, to: number): { start: number; end: number } | null {
  const { tokens } = a;
  [from, to] = trimRange(a, from, to);
  if (to <= from) return null;
  if (tokens[from]!.q >= 0) return null;
  let outsideWords = 0;
  let firstQuote = -1;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.q >= 0) {
      if (firstQuote < 0) firstQuote = j;
    } else if (t.word) outsideWords++;
  }
  // A clause that is all quotation ("said the “war mongers …”") is the direct rule's; one that embeds quoted
  // words in its own ("would mean “open war”", "the claims were “baseless”") is reported speech, marks kept.
  if (firstQuote >= 0) {
    let quoted = 0;
    for (let j = from; j < to; j++) if (tokens[j]!.q >= 0 && tokens[j]!.word) quoted++;
    // Own words of the clause before the quotation ("he would “get that solved …”", "Afghans “do not want war”")
    // make it reported speech; a bare determiner ("the “war mongers …”") does not.
    let own = 0;
    for (let j = from; j < firstQuote; j++) if (tokens[j]!.word && !DETERMINERS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'that') own++;
    const allQuoted = outsideWords <= 2 || (outsideWords <= 4 && quoted >= 5 * outsideWords);
    if (allQuoted && (own === 0 || outsideWords + quoted < 4)) return null;
    if (!allQuoted && outsideWords < 3) return null;
  } else if (outsideWords < 3) return null;
  let start = tokens[from]!.start;
  let end = tokens[to - 1]!.end;
  // The span convention: no closing quotation mark or final punctuation at the end ("… penalty on the violating party").
  while (
    end > start &&
    /[\s”"’'».,;:!?]/.test(a.text[end - 1]!) &&
    !(a.text[end - 1] === '’' && /\p{L}/u.test(a.text[end - 2] ?? '') && !/[“‘]/.test(a.text.slice(start, end - 1)))
  )
    end--;
  // "KUALA LUMPUR: Malaysia has urged …": a dateline is not part of the report.
  const dateline = /^\p{Lu}[\p{Lu} .'-]{2,40}(?:\([^)]*\))?\s*[:—–-]\s+/u.exec(a.text.slice(start, end));
  if (dateline && !/[\p{Ll}]/u.test(dateline[0])) start += dateline[0].length;
  return { start, end };
}

function draft(
  a: Article,
  span: { start: number; end: number },
  speaker: SpeakerRef | null,
  verb: string,
  verbTok: number,
  sentence: number,
  how: Draft['how'],
): Draft {
  let confidence = how === 'that' ? 0.75 : how === 'according' ? 0.7 : 0.6;
  if (!speaker?.name) confidence *= 0.6;
  return {
    cand: {
      text: a.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      kind: 'INDIRECT',
      speaker,
      verb,
      channel: 'UNKNOWN',
      saidOn: null,
      datePrecision: 'APPROXIMATE',
      confidence: Math.round(confidence * 100) / 100,
      act: 'COMMENT',
      actConfidence: 0,
      conditional: false,
      canonicalText: '',
    },
    sentence,
    anchor: a.tokens[verbTok]!.start,
    how,
    verbTok,
  };
}

function acceptableSource(a: Article, np: NP): boolean {
  const last = a.tokens[np.to - 1]!;
  if (NOT_SOURCES.test(last.lower)) return false;
  const after = a.tokens[np.to];
  // "according to Islamic law": the phrase ran on past what npForward took; it is no speaker.
  return !after || !after.word || PREPOSITIONS.has(after.lower);
}

/** ", he said." or ", said a spokesman." closing a sentence: the speaker and the comma before it. */
function postReport(a: Article, k: number, floor: number, to: number): { np: NP; before: number } | null {
  const { tokens } = a;
  const endsAt = (i: number): boolean => {
    if (i >= to || tokens[i]!.text === '.' || tokens[i]!.text === '!' || PREPOSITIONS.has(tokens[i]!.lower)) return true;
    // "… confirmed late Thursday." — a short adjunct of time before the sentence ends.
    // "…, sources have told The National." / "…, Egyptian media said, Anadolu reports."
    if (tokens[i]!.cap && tokens[i]!.word) {
      let o = i;
      while (o < to && o - i < 4 && (tokens[o]!.cap || tokens[o]!.lower === 'the')) o++;
      if (o >= to || tokens[o]!.text === '.') return true;
    }
    if (tokens[i]!.lower === 'reporters' && (i + 1 >= to || tokens[i + 1]!.text === '.')) return true;
    if (tokens[i]!.text === ',' && i + 3 >= to - 1) return true;
    // "…, the army said, adding that …" / "…, the army said, but the rebels denied it": another clause follows.
    if (tokens[i]!.text === ',' && tokens[i + 1]?.q === -1 && (TAIL_OPENERS.test(tokens[i + 1]!.lower) || /^(?:but|whereas)$/.test(tokens[i + 1]!.lower)))
      return true;
    let j = i;
    while (
      j < to &&
      j - i < 4 &&
      tokens[j]!.word &&
      /^(?:late|early|earlier|later|on|this|last|yesterday|today|tonight|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
        tokens[j]!.lower,
      )
    )
      j++;
    return j > i && (j >= to || tokens[j]!.text === '.');
  };
  if (tokens[k - 1]?.text === ',') {
    const np = npForward(a, k + 1);
    return np && endsAt(np.to) && k - 1 > floor ? { np, before: k - 1 } : null;
  }
  let c = k - 1;
  while (c >= floor && tokens[c]!.word && !tokens[c]!.cap && AUXILIARIES.has(tokens[c]!.lower)) c--;
  let j = c;
  while (j >= floor && (tokens[j]!.word || tokens[j]!.text === '’s' || tokens[j]!.text === '-') && tokens[j]!.q < 0 && c - j < 12) j--;
  if (j <= floor || tokens[j]!.text !== ',' || tokens[j]!.q >= 0) return null;
  let np = npForward(a, j + 1);
  // "officials from both sides said", "Sudanese authorities and a diplomat said": the whole phrase speaks.
  if (np && np.to !== c + 1 && allNounish(a, { from: j + 1, to: c + 1 })) np = { from: j + 1, to: c + 1 };
  return np && np.to === c + 1 && endsAt(k + 1) ? { np, before: j } : null;
}

export function extractIndirect(a: Article): Draft[] {
  const out: Draft[] = [];
  const { tokens } = a;
  a.sentences.forEach((s, sIdx) => {
    let prior: Draft | undefined;
    // Verbs inside a clause already reported belong to it ("questioned how India concluded that …").
    let insideUntil = -1;
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k]!;
      if (t.q >= 0) continue;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        const np = accordingTo(a, k + 2);
        if (!np || !acceptableSource(a, np)) continue;
        const speaker = speakerFromNP(a, np);
        const after = tokens[np.to];
        let span: { start: number; end: number } | null = null;
        if (after?.text === ',') span = reportedSpan(a, np.to + 1, s.to);
        else if (tokens[k - 1]?.text === ',' && (!after || after.text === '.' || after.q >= 0) && !out.some((o) => o.sentence === sIdx))
          span = reportedSpan(a, s.from, k - 1);
        if (span) {
          prior = draft(a, span, speaker, 'according to', k, sIdx, 'according');
          out.push(prior);
        }
        continue;
      }
      // "X's announcement that CLAUSE": a possessive speaker and a reporting noun with its clause.
      if (REPORT_NOUNS.test(t.lower) && tokens[k + 1]?.lower === 'that' && /[’']s$/.test(tokens[k - 1]?.text ?? '') && t.start >= insideUntil) {
        let from = k - 1;
        while (
          from - 1 >= s.from &&
          tokens[from - 1]!.word &&
          tokens[from - 1]!.q < 0 &&
          (tokens[from - 1]!.cap ||
            /^(?:the|foreign|defence|defense|interior|prime|deputy|ministry|minister|army|government|spokesperson|spokesman)$/i.test(
              tokens[from - 1]!.lower,
            )) &&
          k - from < 8
        )
          from--;
        while (from < k - 1 && tokens[from]!.lower === 'the') from++;
        if (tokens[k - 1]!.cap) {
          const span = reportedSpan(a, k + 2, clauseEnd(a, k + 2, s.to));
          if (span) {
            prior = draft(a, span, speakerFromNP(a, { from, to: k }), t.text.toLowerCase(), k, sIdx, 'possessive');
            out.push(prior);
            insideUntil = span.end;
            continue;
          }
        }
      }
      // ", says Prime Minister X." / ", the ministry confirmed late Thursday.": the report closes the sentence.
      if (t.start < insideUntil) continue;
      if (tokens[k - 1]?.text === ',' && verbAt(a, k, INDIRECT_LEMMAS)) {
        const post = postReport(a, k, s.from, s.to);
        if (post && hasFinite(a, s.from, post.before)) {
          const span = reportedSpan(a, s.from, post.before);
          if (span && !a.top.some((q) => q.start < span.end && span.start < q.end)) {
            prior = draft(a, span, speakerFromNP(a, post.np), t.text.toLowerCase(), k, sIdx, 'bare');
            out.push(prior);
            continue;
          }
        }
      }
      const objLemma = verbAt(a, k, OBJECT_SPEECH_LEMMAS);
      if (objLemma) {
        const from = objectStart(a, k, objLemma);
        if (from >= 0 && !quotedContent(a, from, s.to)) {
          const speaker = subjectOf(a, k, prior);
          const span = speaker && !FIRST_PERSON.test(speaker.text) ? reportedSpan(a, from, clauseEnd(a, from, s.to)) : null;
          if (speaker && span) {
            prior = draft(a, span, speaker, t.text.toLowerCase(), k, sIdx, 'bare');
            out.push(prior);
            insideUntil = span.end;
            continue;
          }
        }
      }
      const lemma = verbAt(a, k, INDIRECT_LEMMAS);
      if (!lemma) continue;
      const c = clauseStart(a, k, lemma);
      if (c >= 0) {
        const speaker = subjectOf(a, k, prior);
        if (!speaker || FIRST_PERSON.test(speaker.text)) continue;
        const span = reportedSpan(a, c, clauseEnd(a, c, s.to));
        if (!span) continue;
        prior = draft(a, span, speaker, t.text.toLowerCase(), k, sIdx, tokens[c - 1]?.lower === 'that' ? 'that' : 'bare');
        out.push(prior);
        insideUntil = span.end;
        continue;
      }
      // "CLAUSE, he said." — the report comes first and its speaker after.
      const post = postReport(a, k, s.from, s.to);
      // "…, Egyptian media said, Anadolu reports.": the outlet relaying a report already read is not another report.
      // But "X reiterated …, Solheim said": reports whose speaker opens the clause are nested in the closing one.
      const same = out.filter((o) => o.sentence === sIdx);
      const nested = same.every((o) => o.cand.speaker && o.cand.speaker.start < o.cand.start && o.cand.speaker.start >= tokens[s.from]!.start);
      if (post && hasFinite(a, s.from, post.before) && nested) {
        const span = reportedSpan(a, s.from, post.before);
        if (span && !a.top.some((q) => q.start < span.end && span.start < q.end)) {
          for (const o of same) out.splice(out.indexOf(o), 1);
          prior = draft(a, span, speakerFromNP(a, post.np), t.text.toLowerCase(), k, sIdx, 'bare');
          out.push(prior);
        }
      }
    }
  });
  // A report nested in another ("Asif said the other side acknowledged that …") is part of the outer one.
  return out.filter(
    (d) => !out.some((o) => o !== d && o.cand.start <= d.cand.start && d.cand.end <= o.cand.end && (o.cand.start < d.cand.start || o.cand.end > d.cand.end)),
  );
}
