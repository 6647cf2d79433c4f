// Round 4 attribution and speaker rules, on invented sentences (no article text): closing attributions followed by
// another clause, nested reports, appositions without an article, anonymous office holders, bodies speaking through
// an unnamed spokesperson, outlets quoted by title.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';

const only = (text: string) => {
  const cs = extractQuotes(text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe('closing attributions', () => {
  it('keeps ", X said" when ", adding …" follows, and gives the adding clause to X too', () => {
    const text = 'Rebel units shelled the northern villages overnight, the Valdorian army said, adding that two soldiers were wounded.';
    const cs = extractQuotes(text);
    expect(cs.map((c) => c.text)).toEqual(['Rebel units shelled the northern villages overnight', 'two soldiers were wounded']);
    expect(cs.every((c) => c.speaker?.name === 'Valdorian army')).toBe(true);
  });

  it('keeps ", X said" when ", but …" follows', () => {
    const c = only('Rebel units shelled the northern villages overnight, the Valdorian army said, but gave no figures.');
    expect(c.text).toBe('Rebel units shelled the northern villages overnight');
    expect(c.speaker?.name).toBe('Valdorian army');
  });

  it('nests a report opened by its own subject inside the closing one', () => {
    const c = only('The two delegations reiterated their commitment to the truce, mediator Ingrid Holm said.');
    expect(c.speaker?.name).toBe('Ingrid Holm');
    expect(c.text).toBe('The two delegations reiterated their commitment to the truce');
  });
});

describe('speakers', () => {
  it('takes the name before an apposition written without an article', () => {
    const c = only('Tomas Reyes, chief negotiator for the coalition, said the rebels would not return to the table.');
    expect(c.speaker?.name).toBe('Tomas Reyes');
  });

  it('does not fold a sentence-opening "But" into the name', () => {
    const c = only('But Tomas Reyes said the rebels would not return to the table.');
    expect(c.speaker?.name).toBe('Tomas Reyes');
  });

  it('treats "a senior X commander" as an anonymous source with its affiliation', () => {
    const c = only('“We will hold our positions through the winter,” a senior Valdorian commander said.');
    expect(c.speaker?.kind).toBe('UNNAMED');
    expect(c.speaker?.affiliation).toBe('Valdorian');
    expect(c.confidence).toBeLessThan(0.8);
  });

  it('gives "an unnamed spokesman for the X Ministry" to the ministry, and "the spokesman" later too', () => {
    const cs = extractQuotes(
      'An unnamed spokesman for the Valdorian Foreign Ministry said the sanctions were illegal.\nThe spokesman said: “The sanctions will be answered.”',
    );
    expect(cs).toHaveLength(2);
    for (const c of cs) {
      expect(c.speaker?.name).toBe('Valdorian Foreign Ministry');
      expect(c.speaker?.kind).toBe('BODY');
    }
  });

  it('continues an anonymous spokeswoman with "she"', () => {
    const cs = extractQuotes('A government spokeswoman said the crossing was closed. She insisted the army would keep its positions.');
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker?.kind).toBe('UNNAMED');
    expect(cs[1]!.speaker?.name).toBe(cs[0]!.speaker?.name);
  });

  it('reads a plural noun before "were" as a noun, not a reporting verb', () => {
    const cs = extractQuotes('The rebels said the government claims were “pure invention meant to cover its own failures.”');
    expect(cs.some((c) => c.verb === 'claims')).toBe(false);
  });
});

describe('quoted titles', () => {
  it('drops an outlet named in quotation marks after "told the"', () => {
    const cs = extractQuotes('“We will not give in to pressure,” she told the “Northern Herald Gazette”.');
    expect(cs.map((c) => c.text)).toEqual(['We will not give in to pressure']);
  });
});
