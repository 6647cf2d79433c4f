// Scores extractQuotes' candidates against gold annotations of (speaker, quote, kind, act) pairs — the logic of
// `pnpm --filter @parley/extract eval`, kept free of file access so tests can call it on anything.
//
// A candidate and a gold item pair up when their spans match (exact: same start and end; overlap: the overlap is at
// least half of the shorter span) and the candidate's speaker is the gold speaker (see speakerMatches). Pairing is
// one-to-one, greedy by overlap. Precision = paired candidates / candidates; recall = paired gold items / gold items.
import { countryIn } from './countries.ts';
import { foldText, normalizeName, transliterationKey, wordTransliterationKey } from './normalize.ts';
import type { Act, QuoteCandidate, QuoteKind } from './types.ts';

export interface GoldItem {
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: string;
  speakerAliases: string[];
  act: Act;
  conditional: boolean;
  check: string;
}

export interface GoldFile {
  file: string;
  bodySha256: string;
  items: GoldItem[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  candidates: number;
  gold: number;
  matchedCandidates: number;
  matchedGold: number;
}

export interface EvalReport {
  articles: number;
  exact: { all: PRF; direct: PRF; indirect: PRF };
  overlap: { all: PRF; direct: PRF; indirect: PRF };
  /** Over pairs matched with overlap (all kinds): the candidate's act equals gold's. */
  act: { correct: number; total: number; accuracy: number };
  /** Over pairs matched with overlap: conditional flag equals gold's. */
  conditional: { correct: number; total: number; accuracy: number };
  /** Candidates at confidence ≥ 0.8 whose span overlaps a gold item but whose speaker is none of those items' speakers. */
  wrongSpeakerHighConfidence: { wrong: number; total: number; share: number };
  misses: { file: string; kind: QuoteKind; speaker: string; check: string }[];
  falsePositives: { file: string; kind: QuoteKind; speaker: string | null; text: string; confidence: number; reason: 'span' | 'speaker' }[];
  actErrors: { file: string; gold: Act; got: Act; text: string }[];
  /** Over pairs matched with overlap: gold act → extracted act → count. */
  actConfusion: Partial<Record<Act, Partial<Record<Act, number>>>>;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function prf(mc: number, c: number, mg: number, g: number): PRF {
  const precision = c ? mc / c : 1;
  const recall = g ? mg / g : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1), candidates: c, gold: g, matchedCandidates: mc, matchedGold: mg };
}

export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return o > 0 && shorter > 0 ? o / shorter : 0;
}

/** Words of an affiliation, states folded to their code: "Pakistani security" → {pk, security}. */
function affiliationWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldText(s).split(' ').filter(Boolean)) {
    const c = countryIn(w);
    out.add(c ? c.code.toLowerCase() : w);
  }
  for (const w of ['unnamed', 'sources', 'source', 'officials', 'official', 'the', 'a', 'and', 'of']) out.delete(w);
  return out;
}

const GENERIC_UNNAMED = /^(sources?|officials?|unknown|)$/i;

/** Does the candidate's speaker name the gold speaker (or one of its aliases)? */
export function speakerMatches(c: QuoteCandidate, gold: Pick<GoldItem, 'speaker' | 'speakerAliases'>): boolean {
  const s = c.speaker;
  if (!s) return false;
  const names = [gold.speaker, ...gold.speakerAliases];
  const cname = s.name ?? s.text;
  const cNorm = normalizeName(cname);
  const cKey = transliterationKey(cname);
  for (const g of names) {
    const un = /^unnamed:\s*(.*)$/i.exec(g);
    if (un) {
      if (s.kind !== 'UNNAMED' && s.kind !== 'GROUP') continue;
      const want = un[1]!.trim();
      if (GENERIC_UNNAMED.test(want)) return true;
      const have = affiliationWords(`${s.affiliation ?? ''} ${s.country ?? ''}`);
      const wanted = affiliationWords(want);
      if ([...wanted].some((w) => have.has(w))) return true;
      continue;
    }
    if (cNorm && (normalizeName(g) === cNorm || transliterationKey(g) === cKey)) return true;
    // People: the same surname (the article's fullest name may differ from gold's by a given name or honorific).
    if (s.kind === 'PERSON' || s.kind === undefined) {
      const gw = normalizeName(g).split(' ').filter(Boolean);
      const cw = cNorm.split(' ').filter(Boolean);
      if (
        gw.length &&
        cw.length &&
        wordTransliterationKey(gw.at(-1)!) === wordTransliterationKey(cw.at(-1)!) &&
        !/^(ministry|office|army|government|media)$/.test(gw.at(-1)!)
      ) {
        return true;
      }
    }
  }
  return false;
}

interface Pairing {
  /** candidate index → gold index */
  byCand: Map<number, number>;
  byGold: Map<number, number>;
}

function pair(cands: readonly QuoteCandidate[], gold: readonly GoldItem[], mode: 'exact' | 'overlap', kind?: QuoteKind): Pairing {
  const edges: { c: number; g: number; w: number }[] = [];
  cands.forEach((c, ci) => {
    if (kind && c.kind !== kind) return;
    gold.forEach((g, gi) => {
      if (kind && g.kind !== kind) return;
      const ok = mode === 'exact' ? c.start === g.start && c.end === g.end : overlapShare(c, g) >= 0.5;
      if (ok && speakerMatches(c, g)) edges.push({ c: ci, g: gi, w: overlapShare(c, g) });
    });
  });
  edges.sort((a, b) => b.w - a.w);
  const byCand = new Map<number, number>();
  const byGold = new Map<number, number>();
  for (const e of edges) {
    if (byCand.has(e.c) || byGold.has(e.g)) continue;
    byCand.set(e.c, e.g);
    byGold.set(e.g, e.c);
  }
  return { byCand, byGold };
}

export interface ArticleRun {
  file: string;
  candidates: QuoteCandidate[];
  gold: GoldItem[];
}

export function scoreArticles(runs: readonly ArticleRun[]): EvalReport {
  const tallies: Record<string, [number, number, number, number]> = {};
  const add = (key: string, mc: number, c: number, mg: number, g: number): void => {
    const t = (tallies[key] ??= [0, 0, 0, 0]);
    t[0] += mc;
    t[1] += c;
    t[2] += mg;
    t[3] += g;
  };
  const act = { correct: 0, total: 0, accuracy: 0 };
  const conditional = { correct: 0, total: 0, accuracy: 0 };
  const wrong = { wrong: 0, total: 0, share: 0 };
  const misses: EvalReport['misses'] = [];
  const falsePositives: EvalReport['falsePositives'] = [];
  const actErrors: EvalReport['actErrors'] = [];
  const actConfusion: EvalReport['actConfusion'] = {};
  for (const run of runs) {
    const { candidates: cs, gold: gs } = run;
    for (const mode of ['exact', 'overlap'] as const) {
      for (const kind of [undefined, 'DIRECT', 'INDIRECT'] as const) {
        const p = pair(cs, gs, mode, kind);
        const nc = kind ? cs.filter((c) => c.kind === kind).length : cs.length;
        const ng = kind ? gs.filter((g) => g.kind === kind).length : gs.length;
        add(`${mode}.${kind ?? 'all'}`, p.byCand.size, nc, p.byGold.size, ng);
        if (mode === 'overlap' && !kind) {
          for (const [ci, gi] of p.byCand) {
            const c = cs[ci]!;
            const g = gs[gi]!;
            act.total++;
            const row = (actConfusion[g.act] ??= {});
            row[c.act] = (row[c.act] ?? 0) + 1;
            if (c.act === g.act) act.correct++;
            else actErrors.push({ file: run.file, gold: g.act, got: c.act, text: g.check });
            conditional.total++;
            if (!!c.conditional === g.conditional) conditional.correct++;
          }
          gs.forEach((g, gi) => {
            if (!p.byGold.has(gi)) misses.push({ file: run.file, kind: g.kind, speaker: g.speaker, check: g.check });
          });
          cs.forEach((c, ci) => {
            if (p.byCand.has(ci)) return;
            const spanHit = gs.some((g) => overlapShare(c, g) >= 0.5);
            falsePositives.push({
              file: run.file,
              kind: c.kind,
              speaker: c.speaker?.name ?? c.speaker?.text ?? null,
              text: c.text.slice(0, 70),
              confidence: c.confidence,
              reason: spanHit ? 'speaker' : 'span',
            });
          });
        }
      }
    }
    for (const c of cs) {
      if (c.confidence < 0.8) continue;
      const hits = gs.filter((g) => overlapShare(c, g) >= 0.5);
      if (!hits.length) continue;
      wrong.total++;
      if (!hits.some((g) => speakerMatches(c, g))) wrong.wrong++;
    }
  }
  const get = (k: string): PRF => {
    const t = tallies[k] ?? [0, 0, 0, 0];
    return prf(t[0], t[1], t[2], t[3]);
  };
  act.accuracy = r3(act.total ? act.correct / act.total : 1);
  conditional.accuracy = r3(conditional.total ? conditional.correct / conditional.total : 1);
  wrong.share = r3(wrong.total ? wrong.wrong / wrong.total : 0);
  return {
    articles: runs.length,
    exact: { all: get('exact.all'), direct: get('exact.DIRECT'), indirect: get('exact.INDIRECT') },
    overlap: { all: get('overlap.all'), direct: get('overlap.DIRECT'), indirect: get('overlap.INDIRECT') },
    act,
    conditional,
    wrongSpeakerHighConfidence: wrong,
    misses,
    falsePositives,
    actErrors,
    actConfusion,
  };
}

/** The act confusion matrix as text: a row per gold act, a column per extracted act (only acts that occur). */
export function confusionTable(conf: EvalReport['actConfusion']): string {
  const rows = Object.keys(conf).sort() as Act[];
  const cols = [...new Set(rows.flatMap((r) => Object.keys(conf[r]!)))].sort() as Act[];
  const w = 10;
  const cell = (x: string): string => x.slice(0, w - 1).padStart(w);
  const out = [`${'gold \\ got'.padEnd(10)}${cols.map(cell).join('')}`];
  for (const r of rows) out.push(`${r.padEnd(10)}${cols.map((c) => cell(conf[r]![c] ? String(conf[r]![c]) : '·')).join('')}`);
  return out.join('\n');
}

/** The body of a corpus file: everything after the header's blank line. */
export function corpusBody(text: string): string {
  return text.slice(text.indexOf('\n\n') + 2);
}

/** The header fields of a corpus file (URL, Outlet, Published, Title), "unknown" read as absent. */
export function corpusHeader(text: string): { publishedOn?: string; title?: string; outlet?: string } {
  const head = text.slice(0, text.indexOf('\n\n'));
  const field = (k: string): string | undefined => {
    const m = new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(head);
    const v = m?.[1]?.trim();
    return v && v !== 'unknown' ? v : undefined;
  };
  const out: { publishedOn?: string; title?: string; outlet?: string } = {};
  const p = field('Published');
  if (p && /^\d{4}-\d{2}-\d{2}/.test(p)) out.publishedOn = p.slice(0, 10);
  const t = field('Title');
  if (t) out.title = t;
  const o = field('Outlet');
  if (o) out.outlet = o;
  return out;
}
