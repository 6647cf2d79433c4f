// Quotations attributed by the paragraph after them: a stand-alone quotation, or a paragraph printed without marks.
import { wordCount, type Article } from './context.ts';
import type { Draft } from './draft.ts';
import { AUXILIARIES } from './lexicon.ts';
import { npForward } from './noun-phrase.ts';
import { verbAt } from './reporting-verb.ts';
import { speakerFromNP } from './speaker-ref.ts';
import { tokenIndexAt } from './text.ts';
import type { SpeakerRef } from './types.ts';

/**
 * The speaker and verb opening the paragraph after pos, when that paragraph starts with its subject and a speech
 * verb ("Qatari foreign ministry spokesman Majed al-Ansari told …", "Umerov told RBK Ukraine.").
 */
export function nextParagraphSpeaker(a: Article, pos: number): { speaker: SpeakerRef; verb: number; sentence: number; short: boolean } | null {
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
export function blockQuotes(a: Article, drafts: readonly Draft[]): Draft[] {
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
