// The act lexicon (src/acts.ts): the verb's act when it carries one, else the content's cue, else COMMENT.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
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
    // Round 4: general diplomatic cues without an act verb (sentences written here, not taken from any article).
    ['Their claims are nothing but lies and propaganda', 'DENY'],
    ['The government will not allow itself to be intimidated', 'REJECT'],
    ['A unilateral truce is not realistic', 'REJECT'],
    ['The round failed because the other side refused to budge', 'ACCUSE'],
    ['We expect the neighbours to honour their word', 'DEMAND'],
    ['It is essential for both parties to keep the channels open', 'APPEAL'],
    ['We hope the rebels will return to the table', 'APPEAL'],
    ['Both armies should refrain from moving troops', 'APPEAL'],
    ['It is regrettable that the meeting was cancelled', 'PROTEST'],
    ['The accord is a significant step towards lasting calm', 'SUPPORT'],
    ['We had a very productive meeting in the capital', 'SUPPORT'],
    ['Units were ordered to comply with the truce', 'AGREE'],
    ['The envoy had spoken to the rebel commander twice', 'CONSULT'],
    ['He had spoken to reporters after the meeting', 'COMMENT'],
    ['The rebels would not sign anything until the airport reopens', 'DEMAND'],
    ['The envoy dismissed reports that the convoy had been hit', 'DENY'],
    ['The responsibility lies entirely with the other side', 'ACCUSE'],
    ['The militia repeatedly broke the ceasefire agreement', 'ACCUSE'],
    ['The opposition decided to suspend its participation in the talks', 'REJECT'],
    ['The truce no longer exists', 'REJECT'],
    ['The army was ordered to resume military operations in the valley', 'THREATEN'],
    ['Our forces will fight back against any incursion', 'THREATEN'],
    ['The delegation remains ready for dialogue with all parties', 'CONSULT'],
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

// Invented sentences, one or more per act class: the reporting verb of the class decides; with a neutral verb the
// act verbs and content words of the clause do.
describe('act lexicon by class', () => {
  it.each([
    // SUPPORT: approval, thanks, praise.
    ['applauded', 'the mediators for their patience', 'SUPPORT'],
    ['endorsed', 'the new framework for border trade', 'SUPPORT'],
    ['congratulated', 'both governments on the outcome', 'SUPPORT'],
    ['said', 'his government backed the plan for a monitored truce', 'SUPPORT'],
    ['said', 'the cabinet was grateful to the hosts', 'SUPPORT'],
    ['expressed', 'gratitude to the host country', 'SUPPORT'],
    ['said', 'we fully support the efforts of the regional envoys', 'SUPPORT'],
    // CONSULT: meetings, talks, visits, calls.
    ['said', 'the two foreign ministers met in Geneva on Tuesday', 'CONSULT'],
    ['said', 'the envoys discussed the exchange of detainees', 'CONSULT'],
    ['said', 'negotiators held a second round of talks behind closed doors', 'CONSULT'],
    ['said', 'the president received a delegation from the northern council', 'CONSULT'],
    ['said', 'consultations were continuing late into the night', 'CONSULT'],
    ['said', 'the minister visited the capital to negotiate the release of the convoy', 'CONSULT'],
    // THREATEN: force promised.
    ['said', 'any intruder would pay a heavy price', 'THREATEN'],
    ['said', 'the army will respond to every violation of its airspace', 'THREATEN'],
    ['said', 'there would be grave consequences for the militia', 'THREATEN'],
    ['vowed', 'to retaliate for the downing of the helicopter', 'THREATEN'],
    // AGREE: commitments and deals.
    ['said', 'both sides signed a protocol on prisoner swaps', 'AGREE'],
    ['said', 'the parties reached an agreement on the withdrawal timetable', 'AGREE'],
    ['said', 'the rebels committed to a ninety-day pause in fighting', 'AGREE'],
    ['said', 'his forces would abide by the terms of the accord', 'AGREE'],
    // APPEAL: requests, proposals, invitations.
    ['said', 'the council asked both armies to open a humanitarian corridor', 'APPEAL'],
    ['called', 'for an immediate halt to the shelling', 'APPEAL'],
    ['said', 'the mediators proposed a joint inspection of the dam', 'APPEAL'],
    ['invited', 'the opposition to a round table in the spring', 'APPEAL'],
    ['said', 'the envoy submitted a draft plan to the rebel leadership', 'APPEAL'],
    // DEMAND: insistence and obligation.
    ['insisted', 'on the return of all displaced villagers', 'DEMAND'],
    ['said', 'the occupying units must leave the district within a week', 'DEMAND'],
    ['said', 'the government issued an ultimatum to the gunmen', 'DEMAND'],
    // ACCUSE: blame and agency of attacks.
    ['said', 'the neighbouring regime was behind the bombing of the pipeline', 'ACCUSE'],
    ['said', 'he held the militia responsible for the massacre', 'ACCUSE'],
    ['said', 'the separatists had violated the truce twice overnight', 'ACCUSE'],
    // DENY / REJECT / PROTEST / CONCEDE / COOPERATE / RETREAT.
    ['said', 'the reports of a secret deal were groundless', 'DENY'],
    ['refuted', 'the story about troop movements', 'DENY'],
    ['said', 'the cabinet had turned down the offer of mediation', 'REJECT'],
    ['said', 'the junta did not accept the monitors’ findings', 'REJECT'],
    ['denounced', 'the blockade of the port', 'PROTEST'],
    ['said', 'the ministry strongly condemned the raid on the embassy', 'PROTEST'],
    ['acknowledged', 'that its drone had struck a wedding party', 'CONCEDE'],
    ['said', 'both navies would cooperate in clearing the mines', 'COOPERATE'],
    ['said', 'the neighbours were ready to help rebuild the bridge', 'COOPERATE'],
    ['said', 'the brigade would withdraw from the ridge by Friday', 'RETREAT'],
    ['said', 'the authorities had released forty detainees', 'RETREAT'],
  ])('%s … %s → %s', (verb, text, act) => {
    expect(classifyAct(verb, text).act).toBe(act);
  });

  it('reads precedence: marked acts over act verbs, the earliest act verb over later ones, goals as negotiation', () => {
    expect(classifyAct('said', 'the offer to hold talks was unacceptable').act).toBe('REJECT');
    expect(classifyAct('said', 'they welcomed the agreement to hold talks').act).toBe('SUPPORT');
    expect(classifyAct('said', 'they agreed to hold talks next month').act).toBe('AGREE');
    expect(classifyAct('said', 'efforts to reach a truce were intensifying').act).toBe('CONSULT');
    expect(classifyAct('said', 'the talks mediated by the regional bloc had ended').act).toBe('COMMENT');
    expect(classifyAct('said', 'the river level rose overnight').act).toBe('COMMENT');
  });

  it('reads "at all costs" as emphasis, not a threat: a ceasefire to be kept at all costs is no threat', () => {
    expect(classifyAct('saying', 'the ceasefire must be preserved at all costs').act).not.toBe('THREATEN');
    expect(classifyAct('said', 'Pakistan will defend its territory at all costs').act).toBe('THREATEN');
  });
});

describe('a participle report carries the act of its clause', () => {
  const text = [
    'Turkish Foreign Minister Hakan Fidan appealed to both sides to show restraint, saying the ceasefire "must be preserved at all costs."',
    'Defence Minister Khawaja Asif accused Kabul of sheltering militants, saying "they are hiding in plain sight."',
    'Qatari spokesman Majed al-Ansari welcomed the agreement, saying "the talks were held in a good spirit."',
  ].join('\n\n');
  const cands = extractQuotes(text, { publishedOn: '2025-10-31' });
  const actOf = (words: string) => cands.find((c) => c.text.includes(words))?.act;

  it('takes an appeal, an accusation … from the clause the participle hangs on', () => {
    expect(actOf('must be preserved')).toBe('APPEAL');
    expect(actOf('hiding in plain sight')).toBe('ACCUSE');
  });

  it('leaves a report alone when its clause only mentions an agreement', () => {
    expect(actOf('good spirit')).not.toBe('AGREE');
  });
});
