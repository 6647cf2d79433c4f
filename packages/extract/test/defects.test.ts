// The defects of a user's report, on an invented wire story written for this test (fixtures/defects.txt):
// speakers named in the same paragraph beat those named elsewhere, a standalone quotation paragraph is attributed
// by the next paragraph's opening, offices resolve to their body, groups and anonymous sources never go to the
// nearest named person, particles keep their case.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
import { candidateAt, fixture } from './helpers.ts';

describe('defects from the user report', () => {
  const text = fixture('defects.txt');
  const cands = extractQuotes(text, { publishedOn: '2025-11-04' });

  it('gives “the spokesperson” to the office named in its paragraph, not to a spokesman named elsewhere', () => {
    const c = candidateAt(text, cands, 'Islamabad will sign nothing that leaves cross-border militancy from Afghan territory unaddressed');
    expect(c.speaker).toMatchObject({ name: 'Pakistan Foreign Office', kind: 'BODY', country: 'PK' });
    expect(c.speaker?.name).not.toMatch(/Ansari|Mujahid/);
  });

  it('resolves an office with no person named to its body, and “the country” in the clause to the state', () => {
    const c = candidateAt(text, cands, 'the country had come to the table in good faith');
    expect(c.speaker).toMatchObject({ name: 'Pakistan Foreign Office', kind: 'BODY', country: 'PK' });
    expect(c.speaker?.proposal).toMatchObject({ name: 'Pakistan Foreign Office', kind: 'GOVERNMENT', country: 'PK' });
    expect(c.canonicalText).toBe('Pakistan had come to the table in good faith.');
  });

  it('proposes a standalone quotation paragraph, attributed by the next paragraph, below 0.8', () => {
    const c = candidateAt(
      text,
      cands,
      'We will keep working with both delegations until a lasting arrangement is in place, and we expect the next round to open within days',
    );
    expect(c.kind).toBe('DIRECT');
    expect(c.speaker).toMatchObject({ name: 'Majed al-Ansari', kind: 'PERSON', country: 'QA' });
    expect(c.confidence).toBeLessThan(0.8);
  });

  it('keeps a lower-case particle as written at the fullest mention, also for “According to Al-Ansari”', () => {
    const c = candidateAt(text, cands, 'the next round would be held in Istanbul once both capitals confirm their delegations');
    expect(c).toMatchObject({ kind: 'INDIRECT', verb: 'according to' });
    expect(c.speaker?.name).toBe('Majed al-Ansari');
    expect(c.speaker?.proposal).toMatchObject({ name: 'Majed al-Ansari', kind: 'PERSON', country: 'QA' });
  });

  it('gives groups and anonymous sources their affiliation, never the nearest named person', () => {
    const group = candidateAt(text, cands, 'the delegation would return to Kabul for consultations');
    expect(group.speaker).toMatchObject({ kind: 'GROUP', affiliation: 'Taliban' });
    const source = candidateAt(text, cands, 'any attack on Pakistani territory would be answered with full force');
    expect(source.speaker).toMatchObject({ kind: 'UNNAMED', affiliation: 'security' });
    for (const c of [group, source]) {
      expect(c.speaker?.name ?? '').not.toMatch(/Mujahid|Ansari/);
      expect(c.confidence).toBeLessThan(0.8);
    }
    expect(source).toMatchObject({ act: 'THREATEN', conditional: true });
  });

  it('reads reported speech carried by “accused … of”', () => {
    const c = candidateAt(text, cands, 'Kabul of sheltering militants who stage attacks across the border');
    expect(c).toMatchObject({ kind: 'INDIRECT', act: 'ACCUSE' });
    expect(c.speaker).toMatchObject({ name: 'Islamabad', kind: 'BODY', country: 'PK' });
  });

  it('marks an if/then threat as conditional', () => {
    const c = candidateAt(text, cands, 'If Pakistan attacks our soil again, we will respond');
    expect(c).toMatchObject({ act: 'THREATEN', conditional: true, canonicalText: 'If Pakistan attacks our soil again, we will respond' });
    expect(c.speaker).toMatchObject({ name: 'Zabihullah Mujahid', kind: 'PERSON', country: 'AF' });
  });

  it('never puts quotation marks in canonicalText', () => {
    for (const c of cands) expect(c.canonicalText).not.toMatch(/[“”"]/);
  });
});
