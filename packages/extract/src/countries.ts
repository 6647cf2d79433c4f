// States the news of these crises names, by name, capital (as metonym) and demonym: "Pakistan's", "Afghan",
// "Qatari", "Islamabad" → the state's ISO-3166 alpha-2 code and its short name.
import { foldText } from './normalize.ts';

interface CountryEntry {
  code: string;
  name: string;
  words: string[];
}

const TABLE: CountryEntry[] = [
  { code: 'PK', name: 'Pakistan', words: ['pakistan', 'pakistani', 'islamabad', 'pak'] },
  { code: 'AF', name: 'Afghanistan', words: ['afghanistan', 'afghan', 'kabul'] },
  { code: 'IN', name: 'India', words: ['india', 'indian', 'new delhi', 'delhi'] },
  { code: 'QA', name: 'Qatar', words: ['qatar', 'qatari', 'doha'] },
  { code: 'TR', name: 'Türkiye', words: ['turkiye', 'turkey', 'turkish', 'ankara'] },
  { code: 'IR', name: 'Iran', words: ['iran', 'iranian', 'tehran'] },
  { code: 'CN', name: 'China', words: ['china', 'chinese', 'beijing'] },
  { code: 'SA', name: 'Saudi Arabia', words: ['saudi arabia', 'saudi', 'riyadh'] },
  { code: 'AE', name: 'United Arab Emirates', words: ['united arab emirates', 'uae', 'emirati', 'abu dhabi'] },
  { code: 'US', name: 'United States', words: ['united states', 'us', 'u.s', 'usa', 'american', 'washington'] },
  { code: 'GB', name: 'United Kingdom', words: ['united kingdom', 'uk', 'britain', 'british', 'london'] },
  { code: 'RU', name: 'Russia', words: ['russia', 'russian', 'moscow', 'kremlin'] },
  { code: 'UA', name: 'Ukraine', words: ['ukraine', 'ukrainian', 'kyiv', 'kiev'] },
  { code: 'EG', name: 'Egypt', words: ['egypt', 'egyptian', 'cairo'] },
  { code: 'IL', name: 'Israel', words: ['israel', 'israeli'] },
  { code: 'PS', name: 'Palestine', words: ['palestine', 'palestinian'] },
  { code: 'TH', name: 'Thailand', words: ['thailand', 'thai', 'bangkok'] },
  { code: 'KH', name: 'Cambodia', words: ['cambodia', 'cambodian', 'phnom penh'] },
  { code: 'MY', name: 'Malaysia', words: ['malaysia', 'malaysian', 'kuala lumpur'] },
  { code: 'CD', name: 'DR Congo', words: ['democratic republic of congo', 'drc', 'congo', 'congolese', 'kinshasa'] },
  { code: 'RW', name: 'Rwanda', words: ['rwanda', 'rwandan', 'kigali'] },
  { code: 'SD', name: 'Sudan', words: ['sudan', 'sudanese', 'khartoum', 'port sudan'] },
  { code: 'AZ', name: 'Azerbaijan', words: ['azerbaijan', 'azerbaijani', 'azeri', 'baku'] },
  { code: 'AM', name: 'Armenia', words: ['armenia', 'armenian', 'yerevan'] },
  { code: 'DE', name: 'Germany', words: ['germany', 'german', 'berlin'] },
  { code: 'FR', name: 'France', words: ['france', 'french', 'paris'] },
];

const BY_WORD = new Map<string, CountryEntry>();
for (const e of TABLE) for (const w of e.words) BY_WORD.set(w, e);

/** The state a word or phrase names ("Pakistan’s", "Afghan", "Islamabad", "Saudi Arabia"), or undefined. */
const CACHE = new Map<string, { code: string; name: string } | undefined>();

export function countryOf(phrase: string): { code: string; name: string } | undefined {
  if (CACHE.has(phrase)) return CACHE.get(phrase);
  const f = foldText(phrase.replace(/[’']s\b/g, ''));
  const e = BY_WORD.get(f);
  const out = e ? { code: e.code, name: e.name } : undefined;
  if (CACHE.size < 5000) CACHE.set(phrase, out);
  return out;
}

/** The first state named in a mention, scanning one- to three-word windows ("Pakistan's Foreign Office" → PK). */
export function countryIn(mention: string): { code: string; name: string; word: string } | undefined {
  const words = foldText(mention.replace(/[’']s\b/g, ''))
    .split(' ')
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      const w = words.slice(i, i + n).join(' ');
      if (i + n > words.length) continue;
      const e = BY_WORD.get(w);
      if (e) return { code: e.code, name: e.name, word: w };
    }
  }
  return undefined;
}

/** A state's short name by code. */
export function countryName(code: string): string | undefined {
  return TABLE.find((e) => e.code === code)?.name;
}
