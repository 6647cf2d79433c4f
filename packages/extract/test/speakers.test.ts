// Speakers named only as "he", "the minister", "the defence minister", "Asif", "the spokesperson".
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
import { PUBLISHED, candidateAt, fixture } from './helpers.ts';

describe('speaker resolution through the mention table', () => {
  const text = fixture('speakers.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });

  it('“the spokesperson” is the spokesperson named earlier', () => {
    const c = candidateAt(text, cands, 'Pakistan has presented no evidence');
    expect(c.speaker).toMatchObject({ name: 'Zabihullah Mujahid', text: 'the spokesperson' });
    expect(c).toMatchObject({ verb: 'wrote', channel: 'SOCIAL_MEDIA_POST' });
  });

  it('“the minister” is the most recent minister (Tarar, just mentioned), not the first one', () => {
    const c = candidateAt(text, cands, 'Nothing will be hidden from the public');
    expect(c.speaker).toMatchObject({ name: 'Attaullah Tarar', role: 'Information Minister' });
  });

  it('“the defence minister” is the defence minister, at his fullest name', () => {
    const c = candidateAt(text, cands, 'Kabul must act against the TTP');
    expect(c.speaker).toMatchObject({ name: 'Khawaja Muhammad Asif', text: 'the defence minister', role: 'Defence Minister' });
  });

  it('a surname resolves to the person with it; a pronoun to the last person named', () => {
    expect(candidateAt(text, cands, 'We have shown restraint').speaker).toMatchObject({ name: 'Khawaja Muhammad Asif', text: 'Asif' });
    expect(candidateAt(text, cands, 'That restraint should not be mistaken for weakness').speaker).toMatchObject({
      name: 'Khawaja Muhammad Asif',
      text: 'he',
    });
  });

  it('another spelling of the name (Khwaja) is the same person', () => {
    const c = candidateAt(text, cands, 'the border would stay closed');
    expect(c).toMatchObject({ kind: 'INDIRECT', verb: 'told', channel: 'TV_INTERVIEW', speaker: { name: 'Khawaja Muhammad Asif', text: 'Khwaja Asif' } });
  });

  it('a pronoun after a quoted name is not captured by names inside quotes', () => {
    const article = 'UN spokesperson Stephane Dujarric was asked about the talks.\n' + '“We hope Khawaja Asif and the Taliban keep talking,” he said.';
    const [c] = extractQuotes(article);
    expect(c?.speaker).toMatchObject({ name: 'Stephane Dujarric', text: 'he' });
  });
});
