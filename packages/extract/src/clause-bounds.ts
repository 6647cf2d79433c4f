// Where a reported clause begins and ends after a reporting verb, and the span it gives: "said (that) …",
// "told reporters …", up to a coordinated report (", adding …") or a narrator's closing gloss.
import type { Article } from './context.ts';
import {
  BARE_CLAUSE_LEMMAS,
  DETERMINERS,
  INDIRECT_LEMMAS,
  NOT_NAMES,
  OBJECT_LEMMAS,
  PREPOSITIONS,
  REPORTING_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { verbAt } from './reporting-verb.ts';

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
const IRREGULAR_PAST =
  /^(?:was|were|is|are|had|has|have|would|will|could|should|must|can|may|might|did|does|do|took|began|made|went|came|gave|saw|got|became|left|held|kept|met|led|brought|thought|found|felt|sent|spent|stood|won|lost|fell|ran|knew|grew|drew|broke|chose|rose|struck|fought|sought|taught|told|said|remains|remained|seems|needs|wants|lies|plays|stays|means|goes|takes|makes|holds|continues|includes|shows|provides|offers|faces|threatens|constitutes|opens|comes|aims|consists)$/;

/** A finite verb among the tokens [from, to) before the sentence ends. */
export function hasFinite(a: Article, from: number, to: number): boolean {
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

const TIME_WORDS =
  /^(?:on|late|early|earlier|later|this|last|yesterday|today|tonight|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|again|publicly|separately)$/;

/** Where the reported clause after the verb at k begins, or -1. */
export function clauseStart(a: Article, k: number, lemma: string): number {
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

/** Where the clause from c ends: the sentence's end, or before a coordinated report ("and said that", ", adding that"). */
export const TAIL_OPENERS =
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

export function clauseEnd(a: Article, c: number, sentenceTo: number): number {
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
export function reportedSpan(a: Article, from: number, to: number): { start: number; end: number } | null {
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
