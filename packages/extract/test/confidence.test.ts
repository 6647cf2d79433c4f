// Speaker confidence reaches 0.8 only for a speaker named at the attribution (or in its sentence); pronouns and
// offices resolved across sentences, unnamed "the spokesperson" and lists of speakers stay below it.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';

const find = (text: string, words: string) => extractQuotes(text).find((c) => c.text.includes(words))!;

describe('speaker confidence', () => {
  it('a name right at the quotation is sure', () => {
    const c = find('“We will not leave the valley,” said Interior Minister Lena Varga.', 'leave the valley');
    expect(c.speaker?.name).toContain('Varga');
    expect(c.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('a pronoun resolved to a name in an earlier sentence is not', () => {
    const text = 'Interior Minister Lena Varga arrived in the border town on Monday. She met local elders.\n“We will not leave the valley,” she said.';
    const c = find(text, 'leave the valley');
    expect(c.confidence).toBeLessThan(0.8);
  });

  it('“the spokesperson” without a name is not', () => {
    const text = 'The Foreign Ministry of Norland issued a statement on Friday. “The border must stay open,” the spokesperson said.';
    const c = find(text, 'border must stay open');
    expect(c.confidence).toBeLessThan(0.8);
  });

  it('a list of speakers is not', () => {
    const text = '“The crossing will reopen on Sunday,” said Pakistan and Afghanistan.';
    const c = find(text, 'crossing will reopen');
    expect(c.confidence).toBeLessThan(0.8);
  });
});
