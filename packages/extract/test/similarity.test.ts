// Variant linking: paraphrase- and translation-robust similarity, and linking to known statements.
import { describe, expect, it } from 'vitest';
import { THRESHOLD, linkVariant, quoteSimilarity, type StatementRecord } from '../src/index.ts';

const NO_MORE = [
  'We will no longer tolerate your mockery and betrayal',
  'We have borne your treachery and mockery for too long, but no more',
  'We have tolerated your disloyalty and mockery but not anymore',
];
const WRITING_OFF = 'Today we are completely writing them off, and we do not expect anything good from them.';
const DENIED = 'Our military spokesperson has already denied these claims.';

describe('quoteSimilarity', () => {
  it('scores three renderings of one utterance as the same', () => {
    for (const a of NO_MORE) for (const b of NO_MORE) expect(quoteSimilarity(a, b)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('scores unrelated statements by the same speaker in the same crisis low', () => {
    expect(quoteSimilarity(WRITING_OFF, DENIED)).toBeLessThan(0.15);
    for (const a of NO_MORE) {
      expect(quoteSimilarity(a, WRITING_OFF)).toBeLessThan(THRESHOLD);
      expect(quoteSimilarity(a, DENIED)).toBeLessThan(THRESHOLD);
    }
  });

  it('is symmetric, 1 for identical text and 0 for nothing in common', () => {
    const a = 'Pakistan will respond to any aggression with full force.';
    const b = 'Any aggression will be met by Pakistan with a response in full force.';
    expect(quoteSimilarity(a, b)).toBe(quoteSimilarity(b, a));
    expect(quoteSimilarity(a, a)).toBe(1);
    expect(quoteSimilarity(a, 'The weather in Lahore was pleasant.')).toBe(0);
  });

  it('treats a faithful excerpt of a longer wording as the same utterance', () => {
    const full =
      'Despite fully knowing their inherent limitations and hollowness of their war cries, they are beating the war drums to maintain their crumbling facade.';
    const excerpt = 'they are beating the war drums to maintain their crumbling facade';
    expect(quoteSimilarity(full, excerpt)).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('linkVariant', () => {
  const statements: StatementRecord[] = [
    { id: 'no-more', speakerId: 'asif', saidOn: '2025-10-29', text: NO_MORE[1]!, quotes: [NO_MORE[1]!] },
    { id: 'writing-off', speakerId: 'asif', saidOn: '2025-11-25', text: WRITING_OFF, quotes: [] },
    { id: 'denied', speakerId: 'asif', saidOn: '2025-10-29', text: DENIED, quotes: [] },
    { id: 'mujahid', speakerId: 'mujahid', saidOn: '2025-10-29', text: 'We will no longer tolerate mockery and betrayal by Pakistan.', quotes: [] },
  ];

  it('links a variant to its statement', () => {
    const link = linkVariant({ text: NO_MORE[0]! }, statements, { speakerId: 'asif', saidOn: '2025-10-30' });
    expect(link).toMatchObject({ statementId: 'no-more' });
    expect(link!.score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('looks only at the same speaker and within the window of days', () => {
    expect(linkVariant(NO_MORE[2]!, statements, { speakerId: 'asif', saidOn: '2025-11-20' })).toBeNull();
    expect(linkVariant(WRITING_OFF, statements, { speakerId: 'asif', saidOn: '2025-11-26', windowDays: 3 })).toMatchObject({ statementId: 'writing-off' });
    expect(linkVariant(WRITING_OFF, statements, { speakerId: 'asif', saidOn: '2025-11-26', windowDays: 0 })).toBeNull();
    expect(linkVariant(NO_MORE[2]!, statements.slice(3), { speakerId: 'asif' })).toBeNull();
  });

  it('returns null below the threshold', () => {
    expect(linkVariant('Kabul was not sincere at any level for any arrangement.', statements, { speakerId: 'asif', saidOn: '2025-10-29' })).toBeNull();
  });
});
