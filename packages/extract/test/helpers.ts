import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { QuoteCandidate } from '../src/index.ts';

export const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The [start, end) of the one occurrence of s in text. */
export function spanOf(text: string, s: string): [number, number] {
  const i = text.indexOf(s);
  expect(i, `"${s}" in fixture`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(s, i + 1), `"${s}" occurs once`).toBe(-1);
  return [i, i + s.length];
}

/** The candidate whose span is exactly that of s. */
export function candidateAt(text: string, cands: QuoteCandidate[], s: string): QuoteCandidate {
  const [start, end] = spanOf(text, s);
  const c = cands.find((x) => x.start === start && x.end === end);
  expect(c, `candidate for "${s}" among ${JSON.stringify(cands.map((x) => x.text))}`).toBeDefined();
  expect(text.slice(c!.start, c!.end)).toBe(c!.text);
  return c!;
}

/** Thursday: weekdays resolve to the week before it. */
export const PUBLISHED = '2025-10-30';
