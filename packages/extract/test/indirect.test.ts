// "according to X", "X said that …", "X said the …", "CLAUSE, X said".
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
import { PUBLISHED, candidateAt, fixture } from './helpers.ts';

describe('indirect speech', () => {
  const text = fixture('indirect.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });

  it('according to X, CLAUSE', () => {
    const c = candidateAt(text, cands, 'the next round of talks will be held in Istanbul');
    expect(c).toMatchObject({ kind: 'INDIRECT', verb: 'according to', speaker: { name: 'Pakistan Foreign Office', kind: 'BODY', country: 'PK' } });
  });

  it('CLAUSE, according to X', () => {
    const c = candidateAt(text, cands, 'The talks collapsed over Kabul’s refusal to give written guarantees');
    expect(c.speaker).toMatchObject({
      name: 'senior Pakistani official',
      text: 'a senior Pakistani official',
      kind: 'UNNAMED',
      affiliation: 'Pakistani',
      country: 'PK',
    });
  });

  it('X said that CLAUSE', () => {
    const c = candidateAt(text, cands, 'both sides had agreed to extend the ceasefire');
    expect(c).toMatchObject({ kind: 'INDIRECT', verb: 'said', speaker: { text: 'Qatar’s foreign ministry' } });
  });

  it('X said the … (no "that")', () => {
    const c = candidateAt(text, cands, 'the Islamic Emirate would not allow its soil to be used against any country');
    expect(c.speaker).toMatchObject({ name: 'Mujahid', text: 'Mujahid' });
  });

  it('CLAUSE, X said', () => {
    const c = candidateAt(text, cands, 'Pakistan will respond to any attack from Afghan soil');
    expect(c).toMatchObject({ kind: 'INDIRECT', verb: 'said', speaker: { name: 'Asif' } });
  });

  it('ignores passive "was asked" and finds nothing else', () => {
    expect(cands).toHaveLength(5);
  });

  it('keeps quoted words inside a reported clause in the indirect quote, not as a separate direct one', () => {
    const article = 'Asif had warned that failure to reach an agreement would mean “open war”.';
    const cs = extractQuotes(article);
    expect(cs).toHaveLength(1);
    // The span convention leaves the closing mark out (and the final full stop).
    expect(cs[0]).toMatchObject({ kind: 'INDIRECT', text: 'failure to reach an agreement would mean “open war' });
  });

  it('"He said the “…”" — a clause that is all quotation — is direct', () => {
    const article = 'Asif spoke after the talks.\nHe said the “war mongers amongst the Taliban regime should know that they have misread our resolve”.';
    const cs = extractQuotes(article);
    expect(cs.map((c) => [c.kind, c.text])).toEqual([['DIRECT', 'war mongers amongst the Taliban regime should know that they have misread our resolve']]);
  });
});
