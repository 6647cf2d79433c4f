// Curly, straight and single marks; nested quotes; apostrophes that must not open quotes; scare quotes and titles.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
import { scanQuotes } from '../src/quotes.ts';
import { PUBLISHED, candidateAt, fixture } from './helpers.ts';

describe('quotation marks', () => {
  const text = fixture('marks.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });

  it('reads straight double quotes with an apostrophe inside', () => {
    const c = candidateAt(text, cands, "We don't accept these allegations");
    expect(c).toMatchObject({ kind: 'DIRECT', verb: 'told', speaker: { name: 'Tahir Andrabi', text: 'Andrabi' } });
    expect(c).toMatchObject({ channel: 'PRESS_CONFERENCE', saidOn: '2025-10-24', datePrecision: 'DAY' });
  });

  it('reads straight single quotes around curly apostrophes', () => {
    const c = candidateAt(text, cands, 'Pakistan’s position hasn’t changed since the talks began');
    expect(c.speaker).toMatchObject({ name: 'Tahir Andrabi', text: 'The spokesperson' });
  });

  it('keeps single quotes nested in double ones inside the outer quote', () => {
    const c = candidateAt(text, cands, 'Afghanistan’s rulers keep saying ‘we are not responsible’, but the attacks continue');
    expect(c.speaker).toMatchObject({ name: 'Tahir Andrabi', text: 'he' });
    expect(cands.some((x) => x.text === 'we are not responsible')).toBe(false);
  });

  it('never opens a quote at an apostrophe (Pakistan’s, Doha’s, mediators’)', () => {
    const last = text.indexOf('Pakistan’s officials');
    expect(cands.filter((c) => c.start >= last)).toEqual([]);
    const spans = scanQuotes('Pakistan’s officials and the Taliban’s leaders don’t agree; the mediators’ plan failed.');
    expect(spans).toEqual([]);
  });

  it('pairs ’’ as a closing double mark and ‘ ’ as singles', () => {
    const s = 'He said “we will respond’’ and they said ‘so be it’.';
    const spans = scanQuotes(s);
    expect(spans.map((q) => s.slice(q.start, q.end))).toEqual(['we will respond', 'so be it']);
  });

  it('closes a quotation the paragraph never closed at the paragraph’s end', () => {
    const s = 'Asif said: “We will not be cowed\nThe next paragraph.';
    const [q] = scanQuotes(s);
    expect(q && s.slice(q.start, q.end)).toBe('We will not be cowed');
    expect(q?.terminated).toBe(false);
  });
});

describe('scare quotes and titles are not speech', () => {
  const text = fixture('scare-quotes.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });

  it('keeps only the one quotation that is speech', () => {
    expect(cands.map((c) => c.text)).toEqual(['We have been patient for too long']);
  });

  it('reads the programme as the channel, not as a quote', () => {
    const c = candidateAt(text, cands, 'We have been patient for too long');
    expect(c).toMatchObject({ kind: 'DIRECT', channel: 'TV_INTERVIEW', speaker: { name: 'Khawaja Asif', role: 'Defence Minister' } });
  });

  it('rejects the same phrases inside real articles too (graveyard of empires, jihad trigger)', () => {
    const article =
      'The Taliban also issued a fatwa, describing Pakistan’s actions as a “jihad trigger’’.\n' +
      'In his post, Asif also referred to the phrase “graveyard of empires” used for Afghanistan.\n';
    expect(extractQuotes(article)).toEqual([]);
  });
});
