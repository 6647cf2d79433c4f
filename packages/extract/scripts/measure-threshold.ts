// Measures how well quoteSimilarity separates same-utterance pairs from different-utterance pairs and
// proposes THRESHOLD. Pairs come from the curated dataset (quotes of one statement printed by different
// outlets = same; quotes of different statements by the same speaker within three days = different) and
// from scripts/pairs.ts. Run: pnpm --filter @parley/extract measure
import { fileURLToPath } from 'node:url';
import { loadSeedData } from '../src/dataset.ts';
import { THRESHOLD } from '../src/link.ts';
import { quoteSimilarity } from '../src/similarity.ts';
import { HAND_PAIRS, type LabelledPair } from './pairs.ts';

const seedDir = fileURLToPath(new URL('../../../data/seed', import.meta.url));

function datasetPairs(): LabelledPair[] {
  const data = loadSeedData(seedDir);
  if (!data) return [];
  const quotes = data.statements.flatMap((s) => {
    const occ = data.occasions.get(s.occasion);
    return s.quotes.map((q) => ({
      statement: s.key,
      speaker: occ?.speaker,
      day: occ ? Date.parse(occ.saidOn) / 86_400_000 : 0,
      source: q.source,
      text: q.text,
    }));
  });
  const out: LabelledPair[] = [];
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const x = quotes[i]!;
      const y = quotes[j]!;
      if (x.source === y.source || x.speaker !== y.speaker || Math.abs(x.day - y.day) > 3) continue;
      out.push({ a: x.text, b: y.text, same: x.statement === y.statement, note: `${x.statement} / ${y.statement}` });
    }
  }
  return out;
}

const pairs = [...datasetPairs().map((p) => ({ ...p, origin: 'dataset' })), ...HAND_PAIRS.map((p) => ({ ...p, origin: 'hand' }))];
const scored = pairs.map((p) => ({ ...p, score: quoteSimilarity(p.a, p.b) }));
const pos = scored
  .filter((p) => p.same)
  .map((p) => p.score)
  .sort((a, b) => a - b);
const neg = scored
  .filter((p) => !p.same)
  .map((p) => p.score)
  .sort((a, b) => a - b);
const pct = (xs: number[], q: number): number => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

console.log(`pairs: ${pos.length} same-utterance, ${neg.length} different-utterance (dataset + hand-written)`);
console.log(`same:      min ${pos[0]?.toFixed(3)}  p10 ${pct(pos, 0.1).toFixed(3)}  median ${pct(pos, 0.5).toFixed(3)}`);
console.log(`different: median ${pct(neg, 0.5).toFixed(3)}  p90 ${pct(neg, 0.9).toFixed(3)}  p99 ${pct(neg, 0.99).toFixed(3)}  max ${neg.at(-1)?.toFixed(3)}`);

for (const origin of ['dataset', 'hand']) {
  const o = scored.filter((p) => p.origin === origin);
  const same = o.filter((p) => p.same).map((p) => p.score);
  const diff = o.filter((p) => !p.same).map((p) => p.score);
  console.log(
    `  ${origin.padEnd(8)} ${same.length} same (min ${Math.min(...same).toFixed(3)}), ${diff.length} different (max ${Math.max(...diff).toFixed(3)})`,
  );
}

let best = { t: 0, f1: -1, p: 0, r: 0 };
console.log('\nthreshold  precision  recall  F1');
for (let t = 0.2; t <= 0.801; t += 0.05) {
  const tp = pos.filter((s) => s >= t).length;
  const fp = neg.filter((s) => s >= t).length;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp / pos.length;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${t.toFixed(2)}       ${p.toFixed(3)}      ${r.toFixed(3)}   ${f1.toFixed(3)}`);
}
// Finer sweep for the choice: the thresholds whose F1 is within 0.02 of the best (with ~50 same-utterance pairs a
// single pair moves F1 by about that much, so they are tied), and the middle one of them — the widest margin.
const grid: { t: number; f1: number; p: number; r: number }[] = [];
for (let t = 0.1; t <= 0.9; t += 0.01) {
  const tp = pos.filter((s) => s >= t).length;
  const fp = neg.filter((s) => s >= t).length;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp / pos.length;
  grid.push({ t, f1: p + r ? (2 * p * r) / (p + r) : 0, p, r });
}
const top = Math.max(...grid.map((g) => g.f1));
const plateau = grid.filter((g) => g.f1 >= top - 0.02);
best = plateau[Math.floor(plateau.length / 2)]!;
console.log(
  `\nbest F1 ${best.f1.toFixed(3)} (precision ${best.p.toFixed(3)}, recall ${best.r.toFixed(3)}) on [${plateau[0]!.t.toFixed(2)}, ${plateau.at(-1)!.t.toFixed(2)}]; proposed THRESHOLD ${best.t.toFixed(2)} (current ${THRESHOLD})`,
);

const verbose = process.argv.includes('--verbose');
const wrong = scored.filter((p) => (p.same ? p.score < THRESHOLD : p.score >= THRESHOLD));
console.log(`\nmisjudged at THRESHOLD ${THRESHOLD}: ${wrong.length}`);
for (const w of verbose ? wrong : wrong.slice(0, 12))
  console.log(`  ${w.same ? 'same' : 'diff'} ${w.score.toFixed(3)} [${w.origin}] ${w.a.slice(0, 60)} ‖ ${w.b.slice(0, 60)}`);
