// Direct quotations: which quoted spans are speech, and whose. A quotation is kept only when something
// attributes it — a reporting verb around it, or the speaker of the sentence just before a stand-alone
// quotation — and short quoted phrases that are labels ("so-called", "dubbed", "as a “…”") are dropped.
import { outerVerb, subjectOf } from './attribution.ts';
import { blockQuotes, nextParagraphSpeaker } from './block-quotes.ts';
import { wordCount, type Article } from './context.ts';
import type { Draft, How } from './draft.ts';
import type { NP } from './noun-phrase.ts';
import { postAttribution } from './post-attribution.ts';
import { isLabel } from './quote-labels.ts';
import { verbAt } from './reporting-verb.ts';
import { speakerFromNP } from './speaker-ref.ts';
import type { SpeakerRef } from './types.ts';

/** The last reporting verb before token `before` in the sentence, outside quotations. */
function verbBefore(a: Article, before: number, floor: number): number {
  for (let k = before - 1; k >= floor; k--) if (verbAt(a, k) !== null) return k;
  return -1;
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
