// Name normalisation, transliteration keys and actor resolution.
import { describe, expect, it } from 'vitest';
import { normalizeName, resolveActor, transliterationKey, type ActorRecord } from '../src/index.ts';
import { fixture } from './helpers.ts';

const ACTORS: ActorRecord[] = [
  { id: 'khawaja-asif', name: 'Khawaja Asif', aliases: ['Khwaja Asif', 'Khawaja Muhammad Asif'], roles: ['Defence Minister'] },
  { id: 'zabihullah-mujahid', name: 'Zabihullah Mujahid', aliases: [], roles: ['Spokesperson'] },
  { id: 'attaullah-tarar', name: 'Attaullah Tarar', aliases: [], roles: ['Information Minister'] },
  { id: 'afghan-taliban-government', name: 'Afghan Taliban government', aliases: ['Islamic Emirate', 'Taliban', 'Taliban regime'] },
  { id: 'pakistan-foreign-office', name: 'Pakistan Foreign Office', aliases: [] },
  { id: 'turkiye', name: 'Türkiye', aliases: ['Turkey'] },
];

describe('normalizeName', () => {
  it('folds case and diacritics and drops honorifics and offices', () => {
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('Pakistan’s Defence Minister Khawaja Asif')).toBe('khawaja asif');
    expect(normalizeName('Afghan Taliban spokesperson Zabihullah Mujahid')).toBe('zabihullah mujahid');
    expect(normalizeName('Mr. Asif')).toBe('asif');
    expect(normalizeName('Maulana Fazlur Rehman')).toBe('fazlur rehman');
    expect(normalizeName('Mullah Muhammad Yaqoob')).toBe('muhammad yaqoob');
    expect(normalizeName('General Asim Munir')).toBe('asim munir');
    expect(normalizeName('Dr. Zakir Naik')).toBe('zakir naik');
  });

  it('keeps a body’s name whole and an office alone as it is', () => {
    expect(normalizeName('Pakistan Foreign Office')).toBe('pakistan foreign office');
    expect(normalizeName('the defence minister')).toBe('defence minister');
  });
});

describe('transliterationKey', () => {
  it('collapses romanisations by rule, not by list', () => {
    const same = (xs: string[]) => expect(new Set(xs.map(transliterationKey)).size).toBe(1);
    same(['Khawaja Asif', 'Khwaja Asif', 'Khawja Asif']);
    same(['Muhammad', 'Mohammad', 'Mohammed', 'Muhammed']);
    same(['Zabihullah Mujahid', 'Zabiullah Mujahid']);
    same(['Türkiye', 'Turkiye', 'Turkey']);
    same(['Mullah Yaqoob', 'Mullah Yaqub', 'Mulla Yakub']);
  });

  it('keeps different names apart', () => {
    expect(transliterationKey('Khawaja Asif')).not.toBe(transliterationKey('Attaullah Tarar'));
    expect(transliterationKey('Zabihullah Mujahid')).not.toBe(transliterationKey('Zabihullah Ahmad'));
  });
});

describe('resolveActor', () => {
  it('matches an alias exactly once normalised', () => {
    expect(resolveActor('Defence Minister Khawaja Muhammad Asif', ACTORS)).toEqual({ actorId: 'khawaja-asif', score: 1, method: 'exact' });
    expect(resolveActor('the Taliban regime', ACTORS)).toMatchObject({ actorId: 'afghan-taliban-government', method: 'exact' });
  });

  it('matches another romanisation through the transliteration key', () => {
    expect(resolveActor('Khawja Asif', ACTORS)).toMatchObject({ actorId: 'khawaja-asif', method: 'transliteration' });
    expect(resolveActor('Zabiullah Mujahid', ACTORS)).toMatchObject({ actorId: 'zabihullah-mujahid', method: 'transliteration' });
  });

  it('resolves a surname alone, through the article when given one', () => {
    expect(resolveActor('Asif', ACTORS)).toMatchObject({ actorId: 'khawaja-asif', method: 'surname' });
    expect(resolveActor('Mujahid', ACTORS, fixture('speakers.txt'))).toMatchObject({ actorId: 'zabihullah-mujahid', method: 'surname' });
  });

  it('resolves an office alone to the article’s holder of it, or the one actor holding it', () => {
    expect(resolveActor('the spokesperson', ACTORS, fixture('speakers.txt'))).toMatchObject({ actorId: 'zabihullah-mujahid', method: 'title' });
    expect(resolveActor('the defence minister', ACTORS)).toMatchObject({ actorId: 'khawaja-asif', method: 'title' });
    expect(resolveActor('the Information Minister', ACTORS)).toMatchObject({ actorId: 'attaullah-tarar', method: 'title' });
  });

  it('proposes a new actor, with the office the text gives', () => {
    expect(resolveActor('Foreign Office spokesperson Tahir Andrabi', ACTORS)).toEqual({
      proposal: { name: 'Tahir Andrabi', role: 'Foreign Office spokesperson' },
    });
    expect(resolveActor('Senator Sherry Rehman', ACTORS)).toEqual({ proposal: { name: 'Sherry Rehman', role: 'Senator' } });
    expect(resolveActor('Mustaghfir Gurbuz', ACTORS)).toEqual({ proposal: { name: 'Mustaghfir Gurbuz' } });
    const article = 'Mustaghfir Gurbuz, a spokesman for the governor of Khost, said the strikes were carried out by drones.';
    expect(resolveActor('Gurbuz', ACTORS, article)).toEqual({ proposal: { name: 'Mustaghfir Gurbuz', role: 'spokesman for the governor of Khost' } });
  });
});
