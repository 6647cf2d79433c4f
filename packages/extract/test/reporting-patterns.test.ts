// Reported-speech patterns on invented sentences: each gives one INDIRECT candidate, the reported clause, with its speaker.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';

const CLAUSE = 'the border would reopen next month';

describe('reporting patterns', () => {
  it.each([
    'Foreign Minister Lena Varga said the border would reopen next month.',
    'Foreign Minister Lena Varga said that the border would reopen next month.',
    ...[
      'stressed',
      'emphasised',
      'emphasized',
      'underlined',
      'highlighted',
      'reiterated',
      'declared',
      'explained',
      'maintained',
      'noted',
      'confirmed',
      'insisted',
      'argued',
      'claimed',
      'added',
      'stated',
      'announced',
      'warned',
    ].map((v) => `Foreign Minister Lena Varga ${v} that the border would reopen next month.`),
    'Foreign Minister Lena Varga announced the border would reopen next month.',
    'Foreign Minister Lena Varga told reporters that the border would reopen next month.',
    'Foreign Minister Lena Varga told reporters the border would reopen next month.',
    'The border would reopen next month, said Foreign Minister Lena Varga.',
    'The border would reopen next month, Foreign Minister Lena Varga said.',
    'According to Foreign Minister Lena Varga, the border would reopen next month.',
    'Foreign Minister Lena Varga expressed hope that the border would reopen next month.',
  ])('%s', (sentence) => {
    const cs = extractQuotes(sentence);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe('INDIRECT');
    expect(cs[0]!.text.toLowerCase()).toBe(CLAUSE);
    expect(cs[0]!.speaker?.name).toBe('Lena Varga');
  });

  it.each([
    'The Norland foreign ministry’s statement said the border would reopen next month.',
    'In a statement, the Norland foreign ministry said the border would reopen next month.',
    'The Norland foreign ministry issued a statement on Monday, saying the border would reopen next month.',
  ])('a body: %s', (sentence) => {
    const cs = extractQuotes(sentence);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.text).toBe(CLAUSE);
    expect(cs[0]!.speaker?.name).toMatch(/Norland foreign ministry/i);
  });

  it('a reporting noun with a possessive speaker: "X’s announcement that …"', () => {
    const cs = extractQuotes('Foreign Minister Lena Varga’s announcement that the border would reopen next month surprised traders.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.text.startsWith(CLAUSE)).toBe(true);
    expect(cs[0]!.speaker?.name).toBe('Lena Varga');
    // Attributed through a possessive: never sure.
    expect(cs[0]!.confidence).toBeLessThan(0.8);
  });
});
