// Quote before or after its attribution, split quotes, multi-paragraph quotes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
import { PUBLISHED, candidateAt, fixture } from './helpers.ts';

describe('attribution order', () => {
  const text = fixture('attribution-order.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });

  it('finds a quote followed by its attribution (“…,” Asif told reporters)', () => {
    const c = candidateAt(text, cands, 'We will not allow our soil to be attacked again');
    expect(c.kind).toBe('DIRECT');
    expect(c.speaker).toMatchObject({ name: 'Khawaja Asif', text: 'Asif' });
    expect(text.slice(c.speaker!.start, c.speaker!.end)).toBe('Asif');
    expect(c.verb).toBe('told');
    expect(c.channel).toBe('PRESS_REMARKS');
  });

  it('finds a quote preceded by its attribution (Asif said: “…”)', () => {
    const c = candidateAt(text, cands, 'Our forces are ready to respond to any aggression');
    expect(c).toMatchObject({ kind: 'DIRECT', verb: 'said', speaker: { name: 'Khawaja Asif', text: 'Asif' } });
  });

  it('reads an inverted attribution (“…,” said the minister) and resolves the office', () => {
    const c = candidateAt(text, cands, 'Pakistan wants peace, but not at the cost of its sovereignty');
    expect(c.speaker).toMatchObject({ name: 'Khawaja Asif', text: 'the minister', role: 'Defence Minister' });
  });

  it('drops the closing comma or full stop but keeps the words inside the marks', () => {
    for (const c of cands.filter((x) => x.kind === 'DIRECT')) expect(c.text).not.toMatch(/[.,]$/);
  });

  it('reports "said on Wednesday that …" as indirect speech dated to that Wednesday', () => {
    const c = candidateAt(text, cands, 'Islamabad had run out of patience with Kabul');
    expect(c).toMatchObject({ kind: 'INDIRECT', verb: 'said', saidOn: '2025-10-29', datePrecision: 'DAY' });
    expect(c.speaker?.text).toBe('Pakistan’s Defence Minister Khawaja Asif');
  });
});

describe('split and multi-paragraph quotes', () => {
  const text = fixture('split-multi.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });

  it('gives each part of a quote split by its attribution its own candidate, same speaker', () => {
    const first = candidateAt(text, cands, 'We do not want war with anyone');
    const second = candidateAt(text, cands, 'but we will defend our territory if attacked');
    expect(first.speaker?.name).toBe('Zabihullah Mujahid');
    expect(second.speaker?.name).toBe('Zabihullah Mujahid');
    expect(first.verb).toBe('said');
    expect(second.verb).toBe('adding');
  });

  it('carries the scene-setting sentence before the quotes: press conference on Tuesday', () => {
    const c = candidateAt(text, cands, 'We do not want war with anyone');
    expect(c).toMatchObject({ channel: 'PRESS_CONFERENCE', saidOn: '2025-10-28', datePrecision: 'DAY' });
  });

  it('credits a stand-alone quotation to the speaker just reported', () => {
    const c = candidateAt(text, cands, 'Our doors remain open for talks with Islamabad');
    expect(c.speaker?.name).toBe('Zabihullah Mujahid');
    expect(c.confidence).toBeLessThan(candidateAt(text, cands, 'The Islamic Emirate has always sought good relations with its neighbours').confidence);
  });

  it('keeps a quotation over three paragraphs (mark reopened on each) as one candidate with its parts', () => {
    const first = 'First, the attacks on civilians must stop immediately.';
    // The full stop closing the quotation is left out, as for a one-paragraph quotation.
    const last = 'Third, those who violate our airspace will face the consequences';
    const start = text.indexOf(first);
    const end = text.indexOf(last) + last.length;
    const c = cands.find((x) => x.start === start);
    expect(c).toBeDefined();
    expect(c!.end).toBe(end);
    expect(c!.text).toBe(text.slice(start, end));
    expect(c!.parts).toHaveLength(3);
    expect(c!.parts!.map((p) => text.slice(p.start, p.end))).toEqual([first, 'Second, Pakistan must respect the sovereignty of Afghanistan.', last]);
    expect(c).toMatchObject({ kind: 'DIRECT', channel: 'OFFICIAL_STATEMENT', speaker: { name: 'Zabihullah Mujahid', text: 'He' } });
  });
});
