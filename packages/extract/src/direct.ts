// Direct quotations: which quoted spans are speech, and whose. A quotation is kept only when something
// attributes it — a reporting verb around it, or the speaker of the sentence just before a stand-alone
// quotation — and short quoted phrases that are labels ("so-called", "dubbed", "as a “…”") are dropped.
import {
  clauseStartBefore,
  isParticiple,
  nearestPersonBefore,
  npForward,
  outerVerb,
  sentenceSubject,
  speakerFromNP,
  subjectBefore,
  verbAt,
  type NP,
} from './attribution.ts';
import { wordCount, type Article } from './context.ts';
import { AUXILIARIES } from './lexicon.ts';
import { tokenIndexAt } from './speakers.ts';
import type { QuoteCandidate, SpeakerRef } from './types.ts';

export type How = 'pre' | 'post' | 'embedded' | 'colon' | 'inherited' | 'according' | 'that' | 'bare' | 'possessive' | 'nextpara' | 'block';

/** A candidate with what the later passes (channel, date, inheritance) need to know about it. */
export interface Draft {
  cand: QuoteCandidate;
  sentence: number;
  /** Offset of the reporting verb (or the quotation when none): cues nearest to it win. */
  anchor: number;
  how: How;
  /** Token index of the reporting verb, -1 when inherited. */
  verbTok: number;
}

/** Words that, right before a short quotation, make it a name or a label rather than speech. */
const LABEL_BEFORE = new Set([
  'called',
  'so-called',
  'dubbed',
  'named',
  'titled',
  'entitled',
  'termed',
  'labelled',
  'labeled',
  'branded',
  'known',
  'programme',
  'program',
  'show',
  'phrase',
  'term',
  'word',
  'words',
  'slogan',
  'narrative',
  'notion',
  'concept',
  'hashtag',
  'website',
  'platform',
  'operation',
  'campaign',
  'book',
  'film',
  'song',
  'motto',
  'mantra',
  'label',
  'nickname',
  'headline',
  'banner',
  'doctrine',
  'as',
  'idea',
  'policy',
  'expression',
  'catchphrase',
  'code-named',
  'codenamed',
  'dub',
  'brand',
  'tagline',
  'theme',
  'title',
  'series',
  'magazine',
  'newspaper',
  'channel',
  'app',
]);
/** Verbs of naming anywhere earlier in the clause ("Calling the Taliban’s threats “just words,”"). */
const NAMING_VERBS =
  /^(call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labelled|labelling|labeled|labeling|brand|branded|branding|term|termed|terming|describe|describes|described|describing|characterised|characterized|characterising|characterizing)$/;
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'of', 'our', 'your', 'that']);

/** "the “Trump Route for International Peace and Prosperity”": a name in title case. */
function titleCase(a: Article, openTok: number): boolean {
  const q = a.tokens[openTok]!.q;
  const ws = a.tokens.filter((t) => t.q === q && t.word);
  return (
    ws.length > 0 &&
    ws.filter((t) => t.cap).length >= Math.ceil(ws.length * 0.6) &&
    ws.filter((t) => !t.cap).every((t) => /^(?:for|of|and|the|in|on|to|a)$/.test(t.lower))
  );
}

function isLabel(a: Article, openTok: number, floor: number, words: number): boolean {
  const { tokens } = a;
  // A titled work is a label at any length.
  let j = openTok - 1;
  let hops = 0;
  while (j >= floor && hops < 4 && tokens[j]!.q < 0) {
    const l = tokens[j]!.lower;
    if (LABEL_BEFORE.has(l)) return words <= 6 || /^(titled|entitled|programme|program|show|book|film|song|hashtag)$/.test(l) || titleCase(a, openTok);
    // A title-case name after a hearer or source ("told the “Neue Zeitung”", "in an interview with “Al Arabiya”") is an outlet.
    if (/^(told|tells|telling|to|with|in|from|by|on)$/.test(l) && words <= 6 && titleCase(a, openTok)) return true;
    if (!SKIPPABLE.has(l)) break;
    j--;
    hops++;
  }
  if (words > 6) return false;
  for (let k = openTok - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.text === ';' || t.text === ':' || t.text === '.') break;
    if (NAMING_VERBS.test(t.lower)) return true;
  }
  return false;
}

/** The last reporting verb before token `before` in the sentence, outside quotations. */
function verbBefore(a: Article, before: number, floor: number): number {
  for (let k = before - 1; k >= floor; k--) if (verbAt(a, k) !== null) return k;
  return -1;
}

/** After a quotation: `, he said`, `, said a senior security source`, `, Asif, the minister, said`, `, according to Asif`. */
function postAttribution(a: Article, afterTok: number, sIdx: number): { verb: number; np: NP | null; according?: boolean } | null {
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

function speakerConfidence(s: SpeakerRef | null): number {
  if (!s || !s.name) return 0.5;
  if (/^(he|she)$/i.test(s.text) || /^the\b/i.test(s.text)) return 0.9;
  return 1;
}

/** Possessed speech nouns: "the Taliban’s warning of retaliation “…”". */
const SPEECH_NOUNS = new Set([
  'warning',
  'warnings',
  'threat',
  'threats',
  'statement',
  'remarks',
  'comments',
  'words',
  'vow',
  'pledge',
  'promise',
  'claim',
  'claims',
  'message',
  'demand',
  'demands',
  'ultimatum',
  'accusation',
  'allegation',
  'response',
  'reply',
  'announcement',
  'declaration',
  'assertion',
  'appeal',
  'call',
  'insistence',
]);

function possessedSpeech(a: Article, openTok: number, floor: number): { np: NP; noun: number } | null {
  const { tokens } = a;
  for (let j = openTok - 1; j >= floor && openTok - j <= 6; j--) {
    const t = tokens[j]!;
    if (t.q >= 0 || !t.word) return null;
    if (!SPEECH_NOUNS.has(t.lower)) continue;
    for (let p = j - 1; p >= floor && j - p <= 3; p--) {
      const o = tokens[p]!;
      if (/[’']s?$/.test(o.text) && o.text.length > 2 && o.cap) {
        let f = p;
        while (f > floor && tokens[f - 1]!.cap && tokens[f - 1]!.word && tokens[f - 1]!.q < 0) f--;
        return { np: { from: f, to: p + 1 }, noun: j };
      }
      if (!o.word) break;
    }
    return null;
  }
  return null;
}

/** The words inside the marks, less a closing comma or full stop (a ? or ! is the speaker's own). */
function trimClosing(text: string, start: number, end: number): number {
  while (end > start && /[\s,.;:]/.test(text[end - 1]!) && text.slice(end - 3, end) !== '...') end--;
  return end;
}

const folded = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A fragment printed again inside a fuller quotation of the same article (a lead's teaser, a headline) is the
 * same quote: keep the fuller one only.
 */
function dropRepeats(out: Draft[]): Draft[] {
  return out.filter((d) => {
    if (d.how !== 'embedded' && d.how !== 'possessive') return true;
    const f = folded(d.cand.text);
    if (f.split(' ').length < 2) return true;
    return !out.some((o) => o !== d && o.cand.text.length > d.cand.text.length && ` ${folded(o.cand.text)} `.includes(` ${f} `));
  });
}

export function extractDirect(a: Article, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const { tokens, text } = a;
  const all = [...drafts];
  const lastBefore = (pos: number): Draft | undefined => {
    let best: Draft | undefined;
    for (const d of all) if (d.cand.end <= pos && (!best || d.cand.end > best.cand.end)) best = d;
    return best;
  };

  a.top.forEach((q, qi) => {
    const r = a.quoteTokens[qi]!;
    if (r.from < 0) return;
    const content = text.slice(q.start, q.end);
    const words = wordCount(content);
    if (words === 0) return;
    // Quoted words inside a reported clause belong to that indirect quote.
    // (The clause's span leaves its closing mark and final punctuation out: it still holds a quotation it ends inside.)
    if (
      drafts.some(
        (d) =>
          (d.cand.start <= q.open && q.start < d.cand.end && /^[\s”"’'».,;:!?]*$/.test(text.slice(d.cand.end, q.closeEnd)) && q.closeEnd >= d.cand.end) ||
          (d.cand.start <= q.open && q.closeEnd <= d.cand.end),
      )
    )
      return;
    const sIdx = a.sentenceOfToken[r.from]!;
    const sentence = a.sentences[sIdx]!;
    if (isLabel(a, r.from, sentence.from, words)) return;
    const prior = lastBefore(q.open);

    let verb = -1;
    let how: How | null = null;
    let speaker: SpeakerRef | null = null;

    const k = verbBefore(a, r.from, sentence.from);
    let gapDirect = false;
    if (k >= 0) {
      const gap = tokens.slice(k + 1, r.from).filter((t) => t.q < 0);
      const lastGap = gap.at(-1);
      gapDirect = gap.length === 0 || (gap.length <= 8 && !!lastGap && /^(,|:|—|–|that)$/.test(lastGap.lower));
    }
    if (k >= 0 && gapDirect) {
      verb = k;
      how = 'pre';
    } else {
      const post = postAttribution(a, r.to, sIdx);
      if (post) {
        verb = post.verb;
        how = post.according ? 'according' : 'post';
        speaker = post.np ? speakerFromNP(a, post.np) : null;
        if (!post.np) speaker = subjectOf(a, post.verb, prior);
      } else if (k >= 0 && (words >= 2 || r.from - k <= 8)) {
        verb = outerVerb(a, k);
        how = 'embedded';
      } else if (r.from === sentence.from && sIdx > 0) {
        // "He said:" closing the sentence (or paragraph) before.
        const prev = a.sentences[sIdx - 1]!;
        if (tokens[prev.to - 1]?.text === ':') {
          const pk = verbBefore(a, prev.to - 1, prev.from);
          if (pk >= 0) {
            verb = pk;
            how = 'colon';
          }
        }
      }
    }
    if (how === 'pre' || how === 'embedded' || how === 'colon') speaker = subjectOf(a, verb, prior);
    if (!how) {
      const owner = possessedSpeech(a, r.from, sentence.from);
      if (owner) {
        how = 'possessive';
        verb = owner.noun;
        speaker = speakerFromNP(a, owner.np);
      }
    }

    if (!how && words >= 4 && (!prior || !prior.cand.speaker || sIdx - prior.sentence > 2)) {
      // A quotation that is a paragraph of its own, with nobody reported just before, is attributed by the opening of
      // the next paragraph: "“…”\n\nQatari foreign ministry spokesman Majed al-Ansari told a weekly briefing …".
      const next = nextParagraphSpeaker(a, q.closeEnd);
      const para = tokens[r.from]!.para;
      const alone = tokens.every((t) => t.para !== para || t.q >= 0 || !t.word);
      if (next && alone) {
        how = 'nextpara';
        verb = next.verb;
        speaker = next.speaker;
      }
    }

    if (!how) {
      // A quotation standing alone as its sentence continues the speaker just reported.
      const outside = tokens.slice(sentence.from, sentence.to).filter((t) => t.q < 0 && t.word).length;
      if (outside > 0 || words < 4 || !prior || !prior.cand.speaker || sIdx - prior.sentence > 2) return;
      // A short quotation standing as its own paragraph with no closing stop is a subheading ("‘We are brothers but some are…’").
      const own = tokens.filter((t) => t.para === tokens[r.from]!.para);
      if (words <= 8 && own.every((t) => t.q >= 0) && !/[.!?]$/.test(content.trim())) return;
      speaker = { ...prior.cand.speaker };
      how = 'inherited';
    }

    let confidence = {
      pre: 0.9,
      post: 0.9,
      according: 0.85,
      colon: 0.85,
      embedded: 0.75,
      inherited: 0.6,
      that: 0.7,
      bare: 0.6,
      possessive: 0.6,
      nextpara: 0.75,
      block: 0.7,
    }[how];
    confidence *= speakerConfidence(speaker);
    if (!q.terminated) confidence -= 0.15;
    if (words <= 3) confidence -= 0.1;
    const vt = verb >= 0 ? tokens[verb]! : undefined;
    // A quotation over several paragraphs ends at its last part's words: no trailing comma or full stop either.
    const end = trimClosing(text, q.parts.length > 1 ? q.parts.at(-1)!.start : q.start, q.end);
    const d: Draft = {
      cand: {
        text: text.slice(q.start, end),
        start: q.start,
        end,
        kind: 'DIRECT',
        speaker,
        verb: how === 'inherited' ? prior!.cand.verb : how === 'according' ? 'according to' : (vt?.text.toLowerCase() ?? null),
        channel: 'UNKNOWN',
        saidOn: null,
        datePrecision: 'APPROXIMATE',
        confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
        act: 'COMMENT',
        actConfidence: 0,
        conditional: false,
        canonicalText: '',
        ...(q.parts.length > 1 ? { parts: q.parts.map((p) => ({ start: p.start, end: Math.min(p.end, end) })) } : {}),
      },
      sentence: sIdx,
      anchor: vt?.start ?? q.open,
      how,
      verbTok: verb,
    };
    out.push(d);
    all.push(d);
  });
  return dropRepeats([...out, ...blockQuotes(a, all)]).sort((x, y) => x.cand.start - y.cand.start);
}

/**
 * The speaker and verb opening the paragraph after pos, when that paragraph starts with its subject and a speech
 * verb ("Qatari foreign ministry spokesman Majed al-Ansari told …", "Umerov told RBK Ukraine.").
 */
function nextParagraphSpeaker(a: Article, pos: number): { speaker: SpeakerRef; verb: number; sentence: number; short: boolean } | null {
  const { tokens } = a;
  const i = tokenIndexAt(tokens, pos);
  if (i >= tokens.length) return null;
  const para = tokens[i]!.para;
  if (tokens[i - 1] && tokens[i - 1]!.para === para) return null;
  const sIdx = a.sentenceOfToken[i]!;
  const s = a.sentences[sIdx]!;
  const np = npForward(a, s.from);
  if (!np || np.from !== s.from) return null;
  let v = np.to;
  while (v < s.to && tokens[v]!.word && AUXILIARIES.has(tokens[v]!.lower)) v++;
  if (v >= s.to || verbAt(a, v) === null) return null;
  const speaker = speakerFromNP(a, np);
  if (!speaker.name || /^(?:he|she|they|it|we|i)$/i.test(speaker.text)) return null;
  let paraEnd = i;
  while (paraEnd < tokens.length && tokens[paraEnd]!.para === para && paraEnd - i <= 11) paraEnd++;
  const short = paraEnd - i <= 10;
  return { speaker, verb: v, sentence: sIdx, short };
}

/**
 * A quotation printed as a paragraph without marks, attributed by a short paragraph after it:
 * "We proposed to hold the meeting between June 20 and 30,\n\nUmerov told RBK Ukraine."
 */
function blockQuotes(a: Article, drafts: readonly Draft[]): Draft[] {
  const { tokens, text } = a;
  const out: Draft[] = [];
  const paras = new Map<number, { from: number; to: number }>();
  tokens.forEach((t, k) => {
    const p = paras.get(t.para);
    if (p) p.to = k + 1;
    else paras.set(t.para, { from: k, to: k + 1 });
  });
  for (const r of paras.values()) {
    const own = tokens.slice(r.from, r.to);
    if (own.filter((t) => t.word).length < 6) continue;
    // Marks inside are only short nested quotations (‘all for all’), never a quotation of its own.
    if (a.top.some((q) => q.open >= tokens[r.from]!.start && q.closeEnd <= tokens[r.to - 1]!.end && wordCount(text.slice(q.start, q.end)) > 5)) continue;
    if (own[0]!.q >= 0) continue;
    // Speech in the first person, or a paragraph left open by a comma, with no reporting verb of its own.
    if (!own.some((t) => /^(?:we|i|our|us|my)$/.test(t.lower)) && own.at(-1)!.text !== ',') continue;
    if (own.some((_, k) => verbAt(a, r.from + k) !== null && /^(?:said|told|added|stated|says)$/.test(tokens[r.from + k]!.lower))) continue;
    const next = nextParagraphSpeaker(a, tokens[r.to - 1]!.end);
    if (!next || !next.short) continue;
    let endTok = r.to;
    while (endTok > r.from && !tokens[endTok - 1]!.word) endTok--;
    const start = tokens[r.from]!.start;
    const end = tokens[endTok - 1]!.end;
    if (drafts.some((d) => d.cand.kind === 'DIRECT' && d.cand.start < end && start < d.cand.end)) continue;
    out.push({
      cand: {
        text: text.slice(start, end),
        start,
        end,
        kind: 'DIRECT',
        speaker: next.speaker,
        verb: tokens[next.verb]!.lower,
        channel: 'UNKNOWN',
        saidOn: null,
        datePrecision: 'APPROXIMATE',
        confidence: 0.7,
        act: 'COMMENT',
        actConfidence: 0,
        conditional: false,
        canonicalText: '',
      },
      sentence: a.sentenceOfToken[r.from]!,
      anchor: tokens[next.verb]!.start,
      how: 'block',
      verbTok: next.verb,
    });
  }
  return out;
}
