// Shared by the corpus-evaluation tests: runs one half of the evaluation corpus and holds floors on it, or skips
// with a message when the corpus or that half's gold is absent. test/eval-dev.test.ts uses it for the DEV half
// (tuned on); the TEST half takes one more file of the same shape once its gold is in eval/gold/test:
//
//   import { evalHalfSuite, TARGETS } from './eval-half.ts';
//   evalHalfSuite('test', TARGETS);
import { describe, expect, it } from 'vitest';
import { evaluateHalf, summary, type Half } from '../eval/run.ts';

export interface Floors {
  /** (speaker, quote) pairs, all kinds, overlap matching. */
  precision: number;
  recall: number;
  /** Act accuracy over matched pairs. */
  act: number;
  /** Share of candidates at confidence ≥ 0.8 that overlap a gold item but name the wrong speaker: strictly below. */
  wrongSpeakerHigh: number;
}

/** The project's targets for held-out text. */
export const TARGETS: Floors = { precision: 0.9, recall: 0.8, act: 0.8, wrongSpeakerHigh: 0.03 };

export function evalHalfSuite(half: Half, floors: Floors, label = half === 'dev' ? 'tuned on' : 'held out'): void {
  const out = evaluateHalf(half);
  const absent = 'absent' in out ? out.absent : null;
  if (absent) console.log(`corpus evaluation of the ${half.toUpperCase()} half skipped: ${absent}`);
  describe.skipIf(!!absent)(`extraction on the ${half.toUpperCase()} half of the evaluation corpus (${label})`, () => {
    // The describe body is collected even when skipped: read the report only when there is one.
    const report = 'report' in out ? out.report : null!;
    if (report) console.log(summary(half, report));

    it(`holds (speaker, quote) precision ≥ ${floors.precision} and recall ≥ ${floors.recall} with overlap matching`, () => {
      expect(report.overlap.all.precision).toBeGreaterThanOrEqual(floors.precision);
      expect(report.overlap.all.recall).toBeGreaterThanOrEqual(floors.recall);
    });

    it(`holds act accuracy ≥ ${floors.act}`, () => {
      expect(report.act.accuracy).toBeGreaterThanOrEqual(floors.act);
    });

    it(`keeps wrong speakers at confidence ≥ 0.8 under ${floors.wrongSpeakerHigh * 100} %`, () => {
      expect(report.wrongSpeakerHighConfidence.share).toBeLessThan(floors.wrongSpeakerHigh);
    });
  });
}
