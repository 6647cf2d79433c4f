// extractQuotes: one pass over an article yielding candidate quotes with speaker, verb, channel and date.
import { sentenceSubject } from './attribution.ts';
import { findChannelCues, nearestCue, type ChannelCue } from './channels.ts';
import { readArticle, type Article } from './context.ts';
import { findDateCues, type DateCue } from './dates.ts';
import { extractDirect } from './direct.ts';
import type { Draft } from './draft.ts';
import { extractIndirect } from './indirect.ts';
import { finalize } from './finalize.ts';
import { speakerFromNP } from './speaker-ref.ts';
import type { ExtractOptions, QuoteCandidate } from './types.ts';

interface Cues {
  channel: ChannelCue | null;
  date: DateCue | null;
}

/** The sentence that carries a draft's reporting verb (or its quotation). */
function sentenceOf(a: Article, d: Draft): number {
  return d.verbTok >= 0 ? a.sentenceOfToken[d.verbTok]! : d.sentence;
}

function ownCues(a: Article, d: Draft, channels: ChannelCue[], dates: DateCue[]): Cues {
  const si = sentenceOf(a, d);
  const s = a.sentences[si]!;
  // A quotation that continues the one before has no cues of its own; it takes that one's.
  if (d.how === 'inherited') return { channel: null, date: null };
  const channel = nearestCue(channels, s.start, s.end, d.anchor);
  const date = nearestCue(dates, s.start, s.end, d.anchor);
  if (channel || !d.cand.speaker?.name) return { channel, date };
  // The sentence just before or after, when it is about the same speaker, often sets the scene:
  // "Mujahid addressed a press conference on Tuesday. “…,” he said." / "…said: “…” Asif was speaking to reporters."
  for (const n of [si - 1, si + 1]) {
    const other = a.sentences[n];
    if (!other || Math.abs(other.para - s.para) > 1 || (n === d.sentence && d.how !== 'colon')) continue;
    const np = sentenceSubject(a, n, other.to);
    if (!np || speakerFromNP(a, np).name !== d.cand.speaker.name) continue;
    const anchor = a.tokens[np.to - 1]!.end;
    const c = nearestCue(channels, other.start, other.end, anchor);
    if (!c) continue;
    // "He later told Geo News …" is another occasion.
    const otherDate = nearestCue(dates, other.start, other.end, anchor);
    if (otherDate && (!otherDate.date || (date && date.date !== otherDate.date))) continue;
    return { channel: c, date: date ?? otherDate };
  }
  return { channel, date };
}

/**
 * A report without its own channel is another passage of the nearest report by the same speaker that has one
 * (an interview or post is quoted over several paragraphs) — unless its own date cue says it is another occasion.
 */
function inherit(drafts: Draft[], cues: Cues[], publishedOn: string | undefined): void {
  drafts.forEach((d, i) => {
    const own = cues[i]!;
    d.cand.saidOn = own.date ? (own.date.date ?? publishedOn ?? null) : (publishedOn ?? null);
    d.cand.datePrecision = own.date?.date ? own.date.precision : 'APPROXIMATE';
    if (own.channel) d.cand.channel = own.channel.channel;
  });
  drafts.forEach((d, i) => {
    const own = cues[i]!;
    const c = d.cand;
    if (own.channel || !c.speaker?.name) return;
    // The latest earlier report by the same speaker with a channel; failing that, the next one.
    let best = -1;
    for (let j = i - 1; j >= 0 && best < 0; j--) if (compatible(drafts, cues, i, j)) best = j;
    for (let j = i + 1; j < drafts.length && best < 0; j++) if (compatible(drafts, cues, i, j)) best = j;
    if (best < 0) return;
    const src = drafts[best]!.cand;
    c.channel = src.channel;
    if (!own.date) {
      c.saidOn = src.saidOn;
      c.datePrecision = src.datePrecision;
    }
  });
}

function compatible(drafts: Draft[], cues: Cues[], i: number, j: number): boolean {
  const own = cues[i]!;
  const other = cues[j]!;
  if (!other.channel || drafts[j]!.cand.speaker?.name !== drafts[i]!.cand.speaker!.name) return false;
  // A source marked "earlier"/"later" without a date is an occasion apart: it lends its channel to no one.
  if (other.date && !other.date.date) return false;
  // Its own date cue (even a bare "earlier") marks another occasion unless it names the same day.
  return !own.date || (!!own.date.date && own.date.date === other.date?.date);
}

/**
 * A headline that names the speaker and the channel ("Khawaja Asif on Geo News: …") settles the channel of that
 * speaker's passages the body left without one, unless they carry a date of their own.
 */
function fromTitle(title: string, drafts: Draft[], cues: Cues[]): void {
  const cue = nearestCue(findChannelCues(title), 0, title.length, 0);
  if (!cue) return;
  const folded = title.toLowerCase();
  drafts.forEach((d, i) => {
    const surname = d.cand.speaker?.name?.split(/\s+/).at(-1)?.toLowerCase();
    if (d.cand.channel !== 'UNKNOWN' || cues[i]!.date || !surname || !folded.includes(surname)) return;
    d.cand.channel = cue.channel;
  });
}

export function extractQuotes(text: string, options: ExtractOptions = {}): QuoteCandidate[] {
  const a = readArticle(text);
  const indirect = extractIndirect(a);
  const direct = extractDirect(a, indirect);
  // A paragraph printed as a quotation without marks is direct speech: no report inside it stands on its own.
  const blocks = direct.filter((d) => d.how === 'block');
  const reported = indirect.filter((d) => !blocks.some((b) => b.cand.start <= d.cand.start && d.cand.end <= b.cand.end));
  // An indirect summary and the direct wording of the same statement are both kept: each is a report the article
  // prints, and the core links them as variants of one statement.
  const drafts = [...reported, ...direct].sort((x, y) => x.cand.start - y.cand.start);
  const channels = findChannelCues(a.masked);
  const dates = findDateCues(a.masked, options.publishedOn);
  const cues = drafts.map((d) => ownCues(a, d, channels, dates));
  inherit(drafts, cues, options.publishedOn);
  if (options.title) fromTitle(options.title, drafts, cues);
  finalize(a, drafts);
  return drafts.map((d) => d.cand);
}
