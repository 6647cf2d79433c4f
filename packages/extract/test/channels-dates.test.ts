// Channel cues and date cues, resolved against the publication date (Thursday 30 October 2025).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.ts';
import { PUBLISHED, candidateAt, fixture } from './helpers.ts';

describe('channels and dates', () => {
  const text = fixture('channels-dates.txt');
  const cands = extractQuotes(text, { publishedOn: PUBLISHED });
  const at = (s: string) => candidateAt(text, cands, s);

  it('"in a post on X on Wednesday" → SOCIAL_MEDIA_POST, the Wednesday before publication', () => {
    expect(at('the talks had failed to produce a workable solution')).toMatchObject({
      channel: 'SOCIAL_MEDIA_POST',
      saidOn: '2025-10-29',
      datePrecision: 'DAY',
      speaker: { name: 'Attaullah Tarar', role: 'Information Minister' },
    });
  });

  it('"Hours later … told Geo News" → TV_INTERVIEW, approximately the day just named', () => {
    expect(at('Pakistan would respond to any attack')).toMatchObject({ channel: 'TV_INTERVIEW', saidOn: '2025-10-29', datePrecision: 'APPROXIMATE' });
  });

  it('"speaking to reporters outside Parliament House yesterday" → PRESS_REMARKS (not PARLIAMENT), the day before', () => {
    expect(at('Our patience is not unlimited')).toMatchObject({ kind: 'DIRECT', channel: 'PRESS_REMARKS', saidOn: '2025-10-29', datePrecision: 'DAY' });
  });

  it('"told a weekly press briefing today" → PRESS_CONFERENCE, the publication day', () => {
    expect(at('Kabul had been informed')).toMatchObject({ channel: 'PRESS_CONFERENCE', saidOn: '2025-10-30', datePrecision: 'DAY' });
  });

  it('"in a statement issued on October 27" → OFFICIAL_STATEMENT, that day', () => {
    expect(at('it wanted good relations with all its neighbours')).toMatchObject({ channel: 'OFFICIAL_STATEMENT', saidOn: '2025-10-27', datePrecision: 'DAY' });
  });

  it('"addressing the National Assembly last week" → PARLIAMENT, a week before, approximately', () => {
    expect(at('the Taliban had betrayed Pakistan’s trust')).toMatchObject({ channel: 'PARLIAMENT', saidOn: '2025-10-23', datePrecision: 'APPROXIMATE' });
  });

  it('"told the Senate on 21 Oct" → PARLIAMENT, 21 October', () => {
    expect(at('the government must brief parliament')).toMatchObject({
      channel: 'PARLIAMENT',
      saidOn: '2025-10-21',
      datePrecision: 'DAY',
      speaker: { name: 'Sherry Rehman' },
    });
  });

  it('no cue → UNKNOWN channel, the publication date, APPROXIMATE', () => {
    expect(at('the Torkham crossing would remain closed until further notice')).toMatchObject({
      channel: 'UNKNOWN',
      saidOn: PUBLISHED,
      datePrecision: 'APPROXIMATE',
      speaker: { name: 'Kabul' },
    });
  });

  it('without a publication date, relative cues give no date', () => {
    const [c] = extractQuotes('Asif said on Wednesday that the talks had failed.');
    expect(c).toMatchObject({ saidOn: null, datePrecision: 'APPROXIMATE' });
  });

  it('a year far from publication is history, not the date of the statement', () => {
    const [c] = extractQuotes('Asked about the operation in Tora Bora in December 2001, Asif said, “It is definitely a possibility.”', {
      publishedOn: PUBLISHED,
    });
    expect(c).toMatchObject({ saidOn: PUBLISHED, datePrecision: 'APPROXIMATE' });
  });

  it('a headline naming the speaker and a channel fills passages the body left without one', () => {
    const body = 'Asif said the Taliban could not be trusted.';
    expect(extractQuotes(body)[0]?.channel).toBe('UNKNOWN');
    expect(extractQuotes(body, { title: 'Khawaja Asif on Geo News: the Taliban cannot be trusted' })[0]?.channel).toBe('TV_INTERVIEW');
    expect(extractQuotes(body, { title: 'Tarar on Geo News: talks have failed' })[0]?.channel).toBe('UNKNOWN');
  });

  it('confidence is in [0, 1]', () => {
    for (const c of cands) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});
