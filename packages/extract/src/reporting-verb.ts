// Reporting verbs used as verbs: "said", "warned" — not "a warning", "his remarks", "was asked".
import type { Article } from './context.ts';
import { AUXILIARIES, BE_FORMS, PREPOSITIONS, REPORTING_VERBS, SPEAKER_NOUNS, SPEECH_LEMMAS, TITLE_HEADS } from './lexicon.ts';
import { isDet, isPossessive } from './noun-phrase.ts';

const PAST_FORMS = /(?:ed|said|told|wrote|spoke)$/;

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
