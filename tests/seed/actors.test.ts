// Seed content, actors: aliases, parents and roles, read back through the GraphQL API.
// Every fact below is traceable to a sentence of data/seed/articles/*.txt, quoted in the comment above its assertion.
import { describe, expect, test } from 'vitest';
import { q, resolve, useSeededApp } from './seed-api.ts';

useSeededApp();

describe('actors: aliases, parents, roles', () => {
  test.each([
    ['Khawaja Asif', 'khawaja-asif'],
    ['Khwaja Asif', 'khawaja-asif'],
    ['Khawaja Muhammad Asif', 'khawaja-asif'],
    ['Defence Minister Khawaja Asif', 'khawaja-asif'],
    ['Turkey', 'turkiye'],
    ['Turkiye', 'turkiye'],
    ['Türkiye', 'turkiye'],
    ['Fitna al-Hindustan', 'ttp'],
    ['TTP', 'ttp'],
    ['Tehreek-i-Taliban Pakistan', 'ttp'],
    ['Tehrik Taliban Pakistan', 'ttp'],
    ['Islamic Emirate', 'afghan-taliban-government'],
    ['Kabul', 'afghan-taliban-government'],
    ['Islamabad', 'pakistan-government'],
    ['Delhi', 'india'],
    ['UN', 'united-nations'],
    ['Stéphane Dujarric', 'stephane-dujarric'],
    ['Gul Bahadur group', 'gul-bahadur-group'],
    ['Geo News', 'geo-news'],
    ['Dawn', 'dawn'],
    ['Pakistan military', 'pakistan-armed-forces'],
  ])('resolveActor(%j) → %s', async (name, slug) => {
    expect(await resolve(name)).toBe(slug);
  });

  // resolveActor also matches transliterations, so the spellings the articles print are checked as stored aliases too.
  test('the spellings the articles print are stored as aliases', async () => {
    const data = await q(`{ asif: actor(slug: "khawaja-asif") { aliases { text kind } }
      tr: actor(slug: "turkiye") { name aliases { text kind } }
      un: actor(slug: "united-nations") { aliases { text kind } } }`);
    const texts = (a: any) => a.aliases.map((x: any) => `${x.text}:${x.kind}`);
    // 000/001 "Khawaja Asif", 002 "Khwaja Asif", 003/004 "Khawaja Muhammad Asif"
    expect(texts(data.asif)).toEqual(['Khawaja Asif:NAME', 'Khwaja Asif:SPELLING', 'Khawaja Muhammad Asif:NAME']);
    // 000 "Türkiye", 001/003/004 "Turkey" (002's "Turkiye" folds to the same key as the name)
    expect(data.tr.name).toBe('Türkiye');
    expect(texts(data.tr)).toContain('Turkey:NAME');
    // 002 "the United Nations (UN)"
    expect(texts(data.un)).toContain('UN:ABBREVIATION');
  });

  test('generic phrases are deliberately not aliases', async () => {
    // 002 "the interim administration", 001 "Afghan authorities": not names of one actor.
    expect(await resolve('interim administration')).toBeNull();
    expect(await resolve('Afghan authorities')).toBeNull();
  });

  test("the TTP's names carry their kinds: Fitna al-Hindustan is the official alternative", async () => {
    const data = await q(`{ actor(slug: "ttp") { kind aliases { text kind } } }`);
    expect(data.actor.kind).toBe('ARMED_GROUP');
    const kinds = Object.fromEntries(data.actor.aliases.map((a: any) => [a.text, a.kind]));
    expect(kinds['Fitna al-Hindustan']).toBe('OFFICIAL_ALTERNATIVE');
    expect(kinds['TTP']).toBe('ABBREVIATION');
    expect(kinds['Tehreek-i-Taliban Pakistan']).toBe('SPELLING');
  });

  test('each person belongs to a body, and each body to its state', async () => {
    const data = await q(`{ actors(first: 100) { edges { node { slug kind side parent { slug parent { slug } } } } } }`);
    const bySlug = Object.fromEntries(data.actors.edges.map((e: any) => [e.node.slug, e.node]));
    const chain = (slug: string) => [bySlug[slug].parent?.slug ?? null, bySlug[slug].parent?.parent?.slug ?? null];
    expect(chain('khawaja-asif')).toEqual(['pakistan-government', 'pakistan']);
    expect(chain('zabihullah-mujahid')).toEqual(['afghan-taliban-government', 'afghanistan']);
    expect(chain('pakistan-military-spokesperson')).toEqual(['pakistan-armed-forces', 'pakistan']);
    expect(chain('shahzeb-khanzada')).toEqual(['geo-news', null]);
    expect(chain('stephane-dujarric')).toEqual(['united-nations', null]);
    expect(chain('pakistan-foreign-office')).toEqual(['pakistan-government', 'pakistan']);
    for (const person of Object.values(bySlug).filter((a: any) => a.kind === 'PERSON')) {
      expect((person as any).parent, (person as any).slug).not.toBeNull();
    }
    expect([bySlug['khawaja-asif'].side, bySlug['zabihullah-mujahid'].side, bySlug['turkiye'].side, bySlug['qatar'].side]).toEqual([
      'PK',
      'AF',
      'MEDIATORS',
      'MEDIATORS',
    ]);
  });

  // 000 "Pakistan’s Defence Minister Khawaja Asif … Speaking on Geo News’ programme Aaj Shahzeb Khanzada Kay Sath"
  test('roles: the Defence Minister and the TV host', async () => {
    const data = await q(`{ asif: actor(slug: "khawaja-asif") { roles { title organization { slug } } }
      host: actor(slug: "shahzeb-khanzada") { roles { title organization { slug } } } }`);
    expect(data.asif.roles).toEqual([{ title: 'Defence Minister', organization: { slug: 'pakistan-government' } }]);
    expect(data.host.roles[0].organization.slug).toBe('geo-news');
    expect(data.host.roles[0].title).toContain('Aaj Shahzeb Khanzada Kay Sath');
  });
});
