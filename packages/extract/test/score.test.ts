// Scores extraction on the five seed articles against the curated dataset, when it is there, and holds the
// floor: DIRECT precision ≥ 0.9 and recall ≥ 0.8.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSeedData } from '../src/dataset.ts';
import { scoreExtraction } from '../src/score.ts';

const seedDir = fileURLToPath(new URL('../../../data/seed', import.meta.url));
const data = loadSeedData(seedDir);

describe.skipIf(!data)('extraction scored on the seed dataset', () => {
  const report = scoreExtraction(data!);
  const line = (name: string, s: { precision: number; recall: number; correct: number; predicted: number; found: number; gold: number }) =>
    `${name.padEnd(9)} precision ${s.precision.toFixed(3)} (${s.correct}/${s.predicted})  recall ${s.recall.toFixed(3)} (${s.found}/${s.gold})`;
  console.log(
    [
      'extraction on the seed articles',
      line('DIRECT', report.direct),
      line('INDIRECT', report.indirect),
      `variants  curated quotes ${report.variants.accuracy.toFixed(3)} (${report.variants.correct}/${report.variants.total}; shared ${report.variants.shared.correct}/${report.variants.shared.total}, single ${report.variants.single.correct}/${report.variants.single.total})`,
      `variants  extracted quotes ${report.variantsExtracted.accuracy.toFixed(3)} (${report.variantsExtracted.correct}/${report.variantsExtracted.total})`,
      `channel   ${report.channel.accuracy.toFixed(3)} (${report.channel.correct}/${report.channel.total})  date ±1 day ${report.date.accuracy.toFixed(3)} (${report.date.correct}/${report.date.total})`,
      `act       ${report.act.accuracy.toFixed(3)} (${report.act.correct}/${report.act.total}; statement-level acts, the curators' conventions)`,
    ].join('\n'),
  );

  it('holds DIRECT precision ≥ 0.9 and recall ≥ 0.8', () => {
    expect(report.direct.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.direct.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('links most quotes to the right statement across outlets', () => {
    expect(report.variants.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
