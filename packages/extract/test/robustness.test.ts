// Invariants on any input: no throw, spans exact, numbers in range — on the seed articles and on noise.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type QuoteCandidate } from '../src/index.ts';

function checkInvariants(text: string, cands: QuoteCandidate[]): void {
  for (const c of cands) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    if (c.speaker) expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
    for (const p of c.parts ?? []) {
      expect(p.start).toBeGreaterThanOrEqual(c.start);
      expect(p.end).toBeLessThanOrEqual(c.end);
    }
    if (c.saidOn !== null) expect(c.saidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe('robustness', () => {
  it('holds its invariants on every seed article', () => {
    const dir = fileURLToPath(new URL('../../../data/seed/articles/', import.meta.url));
    for (const f of readdirSync(dir)) {
      const text = readFileSync(dir + f, 'utf8');
      const cands = extractQuotes(text, { publishedOn: '2025-10-30' });
      expect(cands.length).toBeGreaterThan(0);
      checkInvariants(text, cands);
    }
  });

  it('never throws on noise of marks, apostrophes, names and verbs', () => {
    const pieces = [
      '“',
      '”',
      '"',
      "'",
      '‘',
      '’',
      '’’',
      '«',
      '»',
      ' ',
      ' ',
      ' ',
      '\n',
      '\n\n',
      ',',
      '.',
      ':',
      '?',
      '—',
      '(',
      ')',
      'he',
      'said',
      'Asif',
      'Khawaja',
      'the minister',
      'told reporters',
      'according to',
      'that',
      'Pakistan’s',
      'don’t',
      'on Wednesday',
      'October 29',
      'in a post on X',
      'We will',
      'respond',
      'Taliban',
      'adding',
      'wrote',
      'Mr.',
      'U.S.',
    ];
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let k = 0; k < 400; k++) {
      let text = '';
      const len = 1 + rand(60);
      for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)]! + (rand(3) ? ' ' : '');
      const cands = extractQuotes(text, k % 2 ? { publishedOn: '2025-10-30' } : {});
      checkInvariants(text, cands);
    }
  });

  it('returns nothing for text without speech', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes('Pakistan’s economy grew by 3 percent in the quarter.')).toEqual([]);
  });
});
