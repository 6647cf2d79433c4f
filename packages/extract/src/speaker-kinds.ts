// What kind of speaker a mention's head names (an anonymous source, a collective, a body, an office), the name a
// body goes by, and the actor kind it would be if new.
import type { Article } from './context.ts';
import { countryIn } from './countries.ts';
import type { ActorKind, SpeakerKind } from './types.ts';

/** Heads of an anonymous source: "a senior security source", "diplomats", "residents". */
export const UNNAMED_HEADS =
  /^(?:source|sources|diplomat|diplomats|residents|witnesses|insiders|aide|aides|observers|analysts|person|people|officer|officers)$/;
/** Heads of a collective: "Taliban officials", "Pakistani officials", "the mediators". */
export const GROUP_HEADS =
  /^(?:officials|leaders|negotiators|mediators|commanders|fighters|militants|rebels|lawmakers|ministers|representatives|authorities|sides|parties|neighbours|neighbors|delegations)$/;
/** Heads of a body: "the Turkish foreign ministry", "Pakistan’s army", "state-run media". */
export const BODY_HEADS =
  /^(?:ministry|ministries|office|government|administration|army|military|forces|police|embassy|mission|council|cabinet|parliament|presidency|kremlin|media|broadcaster|channel|agency|emirate|regime|side|delegation|movement|group|statement|spokesperson|spokesman|spokeswoman|department|command|court|commission|secretariat|authority|committee|team|bureau|service|union|organisation|organization|nations)$/;
/** Offices held by someone: with "a", "an" or "one" before them ("a senior Taliban commander") nobody is named. */
export const ROLE_HEADS =
  /^(?:official|spokesperson|spokesman|spokeswoman|commander|negotiator|member|representative|envoy|adviser|advisor|officer|leader|minister|mediator|lawmaker|diplomat)$/;
const OFFICE_TAIL = /\s+(?:spokesperson|spokesman|spokeswoman|official|officials|statement|source|sources)$/i;
export const INTERNATIONAL =
  /\b(?:united nations|un|eu|european union|asean|african union|au|nato|oic|sco|arab league|icrc|red cross|unama|who|imf|world bank)\b/i;
export const ARMED =
  /\b(?:taliban|ttp|m23|hamas|hezbollah|rsf|rapid support forces|rebels?|militants?|militias?|isis|isil|daesh|is-k|iskp|al-qaeda|houthis?)\b/i;
const MILITARY = /\b(?:army|military|forces|ispr|air force|navy|defence force|command)\b/i;
export const MEDIA =
  /\b(?:media|broadcaster|news|tv|television|radio|agency|press|channel|newspaper|ptv|rta|kan|interfax|tass|xinhua|reuters|afp|ap|anadolu|bernama)\b/i;
const GOVERNMENT =
  /\b(?:ministry|office|government|administration|authorities|presidency|cabinet|embassy|mission|emirate|regime|kremlin|white house|state department|foreign office)\b/i;
export const LONE_PRONOUN = /^(?:it|they|them|its|their)$/i;

/** "Pakistan’s Foreign Office spokesperson" → "Pakistan Foreign Office"; "the Turkish foreign ministry" → "Turkish foreign ministry". */
export function bodyName(mention: string): string {
  let s = mention.replace(/\s*\([^)]*\)/g, '').trim();
  s = s.replace(/^(?:the|a|an|one|some|several|two|three)\s+/i, '');
  s = s.replace(/[’']s\b/g, '');
  if (s.split(/\s+/).length > 1) s = s.replace(OFFICE_TAIL, '');
  // "state-affiliated Al-Qahera News channel" → "Al-Qahera News"; "broadcaster RTA" → "RTA": descriptors around a proper name go.
  const words = s.split(/\s+/);
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (first > 0) words.splice(0, first);
  while (words.length > 1 && /^(?:channel|broadcaster|agency|newspaper|outlet|network|television|radio)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').trim();
}

/** Words that qualify an anonymous or collective head: "a senior Pakistani security source" → "Pakistani security". */
export function affiliationOf(words: string[]): string | undefined {
  const keep = words.filter(
    (w) =>
      !/^(?:a|an|the|one|two|three|some|several|many|other|senior|top|high-ranking|junior|local|unnamed|anonymous|informed|also|both|all|his|her|their|its)$/i.test(
        w,
      ),
  );
  const s = keep
    .join(' ')
    .replace(/[’']s\b/g, '')
    .trim();
  return s || undefined;
}

export function actorKind(name: string, kind: SpeakerKind): ActorKind {
  if (kind === 'PERSON') return 'PERSON';
  if (INTERNATIONAL.test(name)) return 'INTERNATIONAL_ORGANIZATION';
  if (ARMED.test(name) && !GOVERNMENT.test(name)) return 'ARMED_GROUP';
  if (MILITARY.test(name)) return 'MILITARY';
  if (MEDIA.test(name)) return 'MEDIA_OUTLET';
  if (GOVERNMENT.test(name)) return 'GOVERNMENT';
  if (countryIn(name) && name.split(/\s+/).length <= 2) return 'STATE';
  return 'OTHER';
}

/** A body named in the text before pos whose name ends in head ("Türkiye's Foreign Ministry" for "the ministry"). */
export function bodyBefore(a: Article, pos: number, head: string): string | undefined {
  const before = a.masked.slice(0, pos);
  const re = new RegExp(`((?:[A-ZÀ-Ý][\\p{L}’'-]*\\s+){1,4})${head}\\b`, 'giu');
  let last: string | undefined;
  for (const m of before.matchAll(re)) {
    const words = m[1]!.trim().split(/\s+/);
    // "Foreign Office Spokesperson Tahir Andrabi" is a person's office, not a body speaking.
    if (/^(?:The|A|An|In|On|At|But|And)$/.test(words[0]!)) words.shift();
    // "an unnamed spokesman" is nobody's name: a body's name starts with a capital.
    if (words.length && /^\p{Ll}/u.test(words[0]!)) continue;
    if (words.length) last = `${words.join(' ')} ${m[0].slice(m[1]!.length)}`;
  }
  if (!last) {
    const re2 = new RegExp(`\\b((?:[\\p{L}’'-]+\\s+){1,3})${head}\\b`, 'giu');
    for (const m of before.matchAll(re2)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => countryIn(w))) last = `${words.slice(words.findIndex((w) => countryIn(w))).join(' ')} ${head}`;
    }
  }
  return last;
}
