// Scores extraction against the curated dataset: precision and recall of (speaker, quote) pairs per kind, and
// the accuracy of variant links across outlets.
//
// A predicted quote is right when some curated quote of the same kind in the same source overlaps its span and
// its speaker (speaker.name resolved through the dataset's actors and aliases) is that quote's speaker; a
// curated quote is found when some prediction is right about it. Matching is not one-to-one on purpose: the
// curators cut one long quotation into several statements (one per passage), the extractor keeps it whole,
// and both are faithful. INDIRECT gold includes PARAPHRASE.
import { extractQuotes } from './extract.ts';
import type { SeedData } from './dataset.ts';
import { linkVariant, THRESHOLD, type StatementRecord } from './link.ts';
import { resolveActor, type ActorRecord } from './resolve.ts';
import type { QuoteCandidate, QuoteKind } from './types.ts';

export interface PR {
  precision: number;
  recall: number;
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

export interface VariantScore {
  accuracy: number;
  total: number;
  correct: number;
  /** Quotes whose statement another outlet also printed: linked to it? */
  shared: { total: number; correct: number };
  /** Quotes only this outlet printed: left unlinked? */
  single: { total: number; correct: number };
}

export interface ScoreReport {
  direct: PR;
  indirect: PR;
  /** Linking each curated quote to the statements other outlets printed. */
  variants: VariantScore;
  /** Linking each extracted quote that matched a curated one, end to end. */
  variantsExtracted: VariantScore;
  /** Of the extracted quotes that matched a curated one: same channel as its occasion; saidOn within a day of it. */
  channel: { correct: number; total: number; accuracy: number };
  date: { correct: number; total: number; accuracy: number };
  /** Of the extracted quotes that matched a curated one: the act equals the curated statement's (curated at statement level, by other conventions). */
  act: { correct: number; total: number; accuracy: number };
  misses: { source: string; kind: QuoteKind; speaker: string; text: string }[];
  falsePositives: { source: string; kind: QuoteKind; speaker: string | null; text: string }[];
}

interface Gold {
  source: string;
  kind: QuoteKind;
  start: number;
  end: number;
  speaker: string;
  statement: string;
  saidOn: string;
  channel: string | undefined;
  text: string;
  act: string | undefined;
}

const ratio = (a: number, b: number): number => (b ? Math.round((a / b) * 1000) / 1000 : 1);

function speakerId(c: QuoteCandidate, actors: readonly ActorRecord[], body: string): string | null {
  if (!c.speaker?.name) return null;
  const r = resolveActor(c.speaker.name, actors, body);
  return 'actorId' in r ? r.actorId : null;
}

function variantScore(items: { gold: Gold; text: string }[], data: SeedData, golds: readonly Gold[], threshold: number): VariantScore {
  const score: VariantScore = { accuracy: 0, total: 0, correct: 0, shared: { total: 0, correct: 0 }, single: { total: 0, correct: 0 } };
  for (const { gold, text } of items) {
    // Only what other outlets printed is on file: the quote's own source is left out, as when a new article arrives.
    const records: StatementRecord[] = data.statements.map((s) => {
      const occ = data.occasions.get(s.occasion);
      return {
        id: s.key,
        speakerId: occ?.speaker ?? null,
        saidOn: occ?.saidOn ?? null,
        text: '',
        quotes: s.quotes.filter((q) => q.source !== gold.source).map((q) => q.text),
      };
    });
    const expected = golds.some((g) => g.statement === gold.statement && g.source !== gold.source) ? gold.statement : null;
    const link = linkVariant(text, records, { speakerId: gold.speaker, saidOn: gold.saidOn, threshold });
    const ok = (link?.statementId ?? null) === expected;
    score.total++;
    if (ok) score.correct++;
    const bucket = expected ? score.shared : score.single;
    bucket.total++;
    if (ok) bucket.correct++;
  }
  score.accuracy = ratio(score.correct, score.total);
  return score;
}

export function scoreExtraction(data: SeedData, threshold = THRESHOLD): ScoreReport {
  const golds: Gold[] = [];
  for (const s of data.statements) {
    const occ = data.occasions.get(s.occasion);
    if (!occ) continue;
    for (const q of s.quotes) {
      golds.push({
        source: q.source,
        kind: q.kind === 'DIRECT' ? 'DIRECT' : 'INDIRECT',
        start: q.start,
        end: q.end,
        speaker: occ.speaker,
        statement: s.key,
        act: s.act,
        saidOn: occ.saidOn,
        channel: occ.channel,
        text: q.text,
      });
    }
  }
  const tally = { DIRECT: { predicted: 0, correct: 0 }, INDIRECT: { predicted: 0, correct: 0 } };
  const found = new Set<Gold>();
  const extractedLinks: { gold: Gold; text: string }[] = [];
  const falsePositives: ScoreReport['falsePositives'] = [];
  const channel = { correct: 0, total: 0, accuracy: 0 };
  const date = { correct: 0, total: 0, accuracy: 0 };
  const act = { correct: 0, total: 0, accuracy: 0 };
  const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
  for (const src of data.sources) {
    const cands = extractQuotes(src.body, {
      ...(src.publishedOn ? { publishedOn: src.publishedOn } : {}),
      ...(src.outlet ? { outlet: src.outlet } : {}),
      ...(src.title ? { title: src.title } : {}),
    });
    const here = golds.filter((g) => g.source === src.key);
    for (const c of cands) {
      const who = speakerId(c, data.actors, src.body);
      const hits = here.filter((g) => g.kind === c.kind && g.start < c.end && c.start < g.end && g.speaker === who);
      tally[c.kind].predicted++;
      if (hits.length) {
        tally[c.kind].correct++;
        for (const g of hits) found.add(g);
        extractedLinks.push({ gold: hits[0]!, text: c.text });
        channel.total++;
        if (hits.some((g) => g.channel === c.channel)) channel.correct++;
        date.total++;
        if (hits[0]!.act) {
          act.total++;
          if (hits[0]!.act === c.act) act.correct++;
        }
        if (c.saidOn && hits.some((g) => Math.abs(day(g.saidOn) - day(c.saidOn!)) <= 1)) date.correct++;
      } else {
        falsePositives.push({ source: src.key, kind: c.kind, speaker: c.speaker?.name ?? null, text: c.text.slice(0, 80) });
      }
    }
  }
  const pr = (kind: QuoteKind): PR => {
    const gold = golds.filter((g) => g.kind === kind && data.sources.some((s) => s.key === g.source));
    const f = gold.filter((g) => found.has(g)).length;
    return {
      precision: ratio(tally[kind].correct, tally[kind].predicted),
      recall: ratio(f, gold.length),
      predicted: tally[kind].predicted,
      correct: tally[kind].correct,
      gold: gold.length,
      found: f,
    };
  };
  return {
    direct: pr('DIRECT'),
    indirect: pr('INDIRECT'),
    variants: variantScore(
      golds.map((g) => ({ gold: g, text: g.text })),
      data,
      golds,
      threshold,
    ),
    variantsExtracted: variantScore(extractedLinks, data, golds, threshold),
    channel: { ...channel, accuracy: ratio(channel.correct, channel.total) },
    date: { ...date, accuracy: ratio(date.correct, date.total) },
    act: { ...act, accuracy: ratio(act.correct, act.total) },
    misses: golds.filter((g) => !found.has(g)).map((g) => ({ source: g.source, kind: g.kind, speaker: g.speaker, text: g.text.slice(0, 80) })),
    falsePositives,
  };
}
