// Speech verbs that carry their report in an object: "accused Kabul of …", "urged them to …", "vowed to …",
// "called for …", "described the deal as …", "expressed hope that …", "questioned how …".
import { hasFinite } from './clause-bounds.ts';
import type { Article } from './context.ts';
import { AUXILIARIES, BARE_CLAUSE_LEMMAS, DETERMINERS, PREPOSITIONS, REPORTING_VERBS } from './lexicon.ts';

/**
 * "accused the Taliban rulers of “blindly pushing …”": when all that follows the object's preposition is a
 * quotation, the quotation is the report (direct), not a clause around it.
 */
export function quotedContent(a: Article, from: number, to: number): boolean {
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
export function objectStart(a: Article, k: number, lemma: string): number {
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
