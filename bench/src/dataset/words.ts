// Vocabulary for generated statements. Common domain words recur often (so some searches match a large
// share of the index, as "Pakistan" or "ceasefire" would), and a long tail of made-up place and group
// names keeps other searches selective.
import type { Random } from './random.ts';

export const FIRST_NAMES = [
  'Khawaja', 'Zabihullah', 'Ishaq', 'Asim', 'Shehbaz', 'Amir', 'Sirajuddin', 'Mawlawi', 'Hamdullah', 'Bilawal',
  'Maryam', 'Ahmad', 'Muhammad', 'Abdul', 'Sher', 'Ali', 'Hassan', 'Imran', 'Tariq', 'Fazal', 'Hafiz', 'Rahim',
  'Karim', 'Nasir', 'Yusuf', 'Qasim', 'Javed', 'Farhan', 'Sadiq', 'Waheed', 'Naveed', 'Obaid', 'Saif', 'Zia',
  'Anwar', 'Latif', 'Rashid', 'Hamid', 'Jawad', 'Shoaib', 'Tahir', 'Usman', 'Bashir', 'Ghulam', 'Mir', 'Noor',
  'Akhtar', 'Aziz', 'Daud', 'Habib', 'Iqbal', 'Khalid', 'Mansoor', 'Nadeem', 'Rehman', 'Salim', 'Wali', 'Zahir',
  'Fatima', 'Ayesha',
] as const;

export const LAST_NAMES = [
  'Asif', 'Mujahid', 'Dar', 'Munir', 'Sharif', 'Muttaqi', 'Haqqani', 'Yaqoob', 'Fitrat', 'Zardari', 'Khan',
  'Chaudhry', 'Qureshi', 'Baloch', 'Khattak', 'Afridi', 'Yousafzai', 'Durrani', 'Popalzai', 'Achakzai', 'Wardak',
  'Kakar', 'Mengal', 'Bugti', 'Marri', 'Niazi', 'Gilani', 'Abbasi', 'Hashmi', 'Rizvi', 'Naqvi', 'Jafri',
  'Shinwari', 'Mohmand', 'Orakzai', 'Bangash', 'Tareen', 'Lodhi', 'Suri', 'Ghori', 'Barakzai', 'Alokozai',
  'Stanikzai', 'Baradar', 'Akhund', 'Omari', 'Zaheer', 'Hanafi', 'Karzai', 'Ghani', 'Abdullah', 'Saleh',
  'Mohaqiq', 'Dostum', 'Noorzai', 'Safi', 'Sultani', 'Rahimi', 'Hotak', 'Masood', 'Qaderi', 'Tanoli', 'Awan',
  'Janjua', 'Malik', 'Bhatti', 'Cheema', 'Gondal', 'Warraich', 'Sheikh', 'Siddiqui', 'Ansari', 'Farooqi',
  'Usmani', 'Hussaini', 'Bukhari', 'Kazmi', 'Zaidi', 'Mirza', 'Baig',
] as const;

/** Romanizations differ in vowels, doubled letters and a silent h or w: the spellings aliases hold. */
export function spellingVariants(name: string): string[] {
  const rules: [RegExp, string][] = [
    [/Khawaja/g, 'Khwaja'], [/Muhammad/g, 'Mohammad'], [/ullah/g, 'ulla'], [/aa/g, 'a'], [/ee/g, 'i'],
    [/oo/g, 'u'], [/Kh/g, 'K'], [/q/g, 'k'], [/ai\b/g, 'ay'], [/i\b/g, 'ee'], [/z/g, 'zz'],
  ];
  const out = new Set<string>();
  for (const [from, to] of rules) {
    const v = name.replace(from, to);
    if (v !== name) out.add(v);
  }
  return [...out];
}

export const OUTLETS = [
  'Dawn', 'Geo News', 'The Express Tribune', 'The News International', 'ARY News', 'Tolo News', 'Ariana News',
  'Pajhwok Afghan News', 'Al Jazeera', 'Reuters', 'Associated Press', 'Agence France-Presse', 'BBC Urdu',
  'BBC Pashto', 'Voice of America', 'Anadolu Agency', 'The Diplomat', 'Arab News', 'Khaama Press', 'Amu TV',
  'Radio Pakistan', 'Bakhtar News Agency', 'Samaa TV', 'Dunya News',
] as const;

export const VENUES = ['X', 'Geo News — Capital Talk', 'Parliament House', 'Kabul press briefing', 'Tolo News interview',
  'Islamabad press conference', 'Doha', 'Istanbul', 'Facebook', 'ISPR release', 'Foreign Office weekly briefing'] as const;

export const CITIES: readonly (readonly [string, string])[] = [
  ['Doha', 'QA'], ['Istanbul', 'TR'], ['Riyadh', 'SA'], ['Tehran', 'IR'], ['Beijing', 'CN'], ['Ankara', 'TR'],
  ['Islamabad', 'PK'], ['Kabul', 'AF'], ['Dubai', 'AE'], ['Moscow', 'RU'],
];

export const COUNTRIES = ['PK', 'AF', 'QA', 'TR', 'SA', 'IR', 'CN', 'US', 'RU', 'IN', 'AE', 'GB'] as const;

export const TOPICS = [
  'ceasefire', 'border', 'refugees', 'trade', 'ttp', 'airstrikes', 'civilians', 'talks', 'mediation', 'security',
  'terrorism', 'sovereignty', 'torkham', 'chaman', 'water', 'transit', 'prisoners', 'diplomacy', 'sanctions',
  'humanitarian', 'deportations', 'militancy', 'casualties', 'guarantees', 'verification', 'monitoring',
  'economy', 'elections', 'media', 'religion',
] as const;

const COMMON_SUBJECTS = [
  'Pakistan', 'Afghanistan', 'the Taliban', 'the Afghan government', 'Islamabad', 'Kabul', 'our forces',
  'the army', 'the mediators', 'Qatar', 'Türkiye', 'the delegation', 'the people of Pakistan', 'the Emirate',
  'the border forces', 'the militants', 'the TTP', 'our neighbours', 'the international community', 'the ministry',
];
const COMMON_VERBS = [
  'will not tolerate', 'has agreed to', 'rejects', 'demands', 'condemns', 'welcomes', 'is ready for',
  'will respond to', 'denies', 'accuses Kabul of', 'calls for', 'supports', 'warns against', 'will never accept',
  'remains committed to', 'has suspended', 'is monitoring', 'has documented', 'appeals for', 'protests',
];
const COMMON_OBJECTS = [
  'the ceasefire', 'cross-border attacks', 'the talks in Doha', 'the Istanbul round', 'terrorist sanctuaries',
  'civilian casualties', 'the closure of Torkham', 'trade through Chaman', 'the return of refugees',
  'written guarantees', 'a verification mechanism', 'airstrikes in Khost and Paktika', 'our sovereignty',
  'any aggression', 'dialogue', 'the mediators\u2019 proposal', 'the deportation of Afghans', 'peace in the region',
  'the safety of our citizens', 'the agreement reached last week',
];
const COMMON_TAILS = [
  'and we will not stay silent', 'without any preconditions', 'as long as attacks continue', 'for the sake of peace',
  'in the coming days', 'if our demands are not met', 'whatever the cost', 'through dialogue alone',
  'with the help of our brothers', 'before the next round', 'this time for good', 'once and for all',
];

const SYLLABLES = ['ka', 'ra', 'mi', 'zu', 'shah', 'bad', 'gul', 'khel', 'tan', 'dor', 'zai', 'nur', 'pa', 'wa', 'sar',
  'qal', 'ghar', 'din', 'mar', 'bu', 'li', 'rak', 'sang', 'ab', 'tor', 'ho', 'dah', 'jan', 'kot', 'ran'];
const SUFFIXES = ['abad', 'kot', 'ganj', 'pur', 'khel', 'zai', 'dara', 'garh', 'shahr', 'bagh'];

/** A long tail of rare names: most appear in a few dozen statements, so searching for one is selective. */
export function rareWords(count: number, random: Random): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const n = random.between(2, 3);
    let w = '';
    for (let i = 0; i < n; i++) w += random.pick(SYLLABLES);
    w += random.pick(SUFFIXES);
    out.add(w[0]!.toUpperCase() + w.slice(1));
  }
  return [...out];
}

export interface TextMaker {
  statement(random: Random): string;
  paraphrase(text: string, random: Random): string;
  filler(random: Random): string;
  rare: readonly string[];
}

export function textMaker(random: Random, rareCount: number): TextMaker {
  const rare = rareWords(rareCount, random);
  return {
    rare,
    statement(r) {
      const place = r.skewed(rare, 2.5);
      let s = `${r.skewed(COMMON_SUBJECTS, 1.5)} ${r.pick(COMMON_VERBS)} ${r.skewed(COMMON_OBJECTS, 1.5)} in ${place}`;
      if (r.chance(0.6)) s += `, ${r.pick(COMMON_TAILS)}`;
      if (r.chance(0.4)) s += `; ${r.pick(COMMON_SUBJECTS).toLowerCase()} ${r.pick(COMMON_VERBS)} ${r.pick(COMMON_OBJECTS)} near ${r.pick(rare)}`;
      s = s[0]!.toUpperCase() + s.slice(1) + '.';
      return s;
    },
    paraphrase(text, r) {
      // Outlets reword: swap a verb phrase and drop the tail.
      const verb = COMMON_VERBS.find((v) => text.includes(` ${v} `));
      let p = verb ? text.replace(` ${verb} `, ` ${r.pick(COMMON_VERBS)} `) : text;
      const cut = p.indexOf(',');
      if (cut > 20 && r.chance(0.5)) p = `${p.slice(0, cut)}.`;
      return p;
    },
    filler(r) {
      return `${r.pick(['Officials', 'Residents', 'Analysts', 'Diplomats', 'Witnesses'])} in ${r.pick(rare)} said ${r.pick(COMMON_OBJECTS)} ${r.pick(['remained uncertain', 'was discussed at length', 'dominated the day', 'drew criticism', 'was not confirmed independently'])}. `;
    },
  };
}
