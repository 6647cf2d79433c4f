// The act lexicon (src/acts.ts): the verb's act when it carries one, else the content's cue, else COMMENT.
import { describe, expect, it } from 'vitest';
import { ACTS, classifyAct, isConditional } from '../src/acts.ts';

describe('act classification', () => {
  it.each([
    ['threatened', 'to cut off trade', 'THREATEN'],
    ['warned', 'any incursion would meet a befitting response', 'THREATEN'],
    ['accused', 'the neighbour of sheltering militants', 'ACCUSE'],
    ['blamed', 'the rebels for the shelling', 'ACCUSE'],
    ['denied', 'the reports of troop movements', 'DENY'],
    ['rejected', 'the proposal as one-sided', 'REJECT'],
    ['dismissed', 'the claims', 'REJECT'],
    ['demanded', 'the release of the detainees', 'DEMAND'],
    ['insisted', 'talks could only follow a ceasefire', 'DEMAND'],
    ['urged', 'both sides to exercise restraint', 'APPEAL'],
    ['agreed', 'to extend the truce', 'AGREE'],
    ['accepted', 'the invitation', 'AGREE'],
    ['welcomed', 'the agreement', 'SUPPORT'],
    ['praised', 'the mediators', 'SUPPORT'],
    ['condemned', 'the strike on the market', 'PROTEST'],
    ['admitted', 'the convoy had been hit by mistake', 'CONCEDE'],
  ])('%s … → %s', (verb, text, act) => {
    expect(classifyAct(verb, text).act).toBe(act);
  });

  it.each([
    ['The talks collapsed because of unreasonable demands', 'ACCUSE'],
    ['We will not accept any deal that ignores our security', 'REJECT'],
    ['Any attack on our soil would be answered with full force', 'THREATEN'],
    ['The allegations are baseless', 'DENY'],
    ['Kabul must act against the militants', 'DEMAND'],
    ['We call for restraint on both sides', 'APPEAL'],
    ['We thank our brothers in Doha for their efforts', 'SUPPORT'],
    ['Both sides agreed to meet again next week', 'AGREE'],
    ['The two countries will work together on border security', 'COOPERATE'],
    ['The delegation arrived on Monday', 'COMMENT'],
  ])('said “%s” → %s', (text, act) => {
    expect(classifyAct('said', text).act).toBe(act);
  });

  it('gives a verb-carried act more confidence than a content cue, and a bare comment the least', () => {
    expect(classifyAct('denied', 'the reports').confidence).toBeGreaterThan(classifyAct('said', 'the reports are baseless').confidence);
    expect(classifyAct('said', 'the delegation arrived').act).toBe('COMMENT');
  });

  it('reads a leaning verb by its content: “warned” threatens only with a cue of force', () => {
    expect(classifyAct('warned', 'they would retaliate').act).toBe('THREATEN');
    expect(classifyAct('warned', 'both sides must show restraint').act).toBe('DEMAND');
  });

  it('lists every PLOVER act once', () => {
    expect(new Set(ACTS).size).toBe(14);
  });

  it('marks conditional threats', () => {
    expect(isConditional('If they cross the line again, we will respond')).toBe(true);
    expect(isConditional('Any attack on our posts would be answered')).toBe(true);
    expect(isConditional('The rebels will not stop unless the government negotiates')).toBe(true);
    expect(isConditional('We will not lay down our guns until the rebels are defeated')).toBe(false);
    expect(isConditional('The talks will resume on Thursday')).toBe(false);
  });
});
