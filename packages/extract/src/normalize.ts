// Name normalisation for matching people across outlets: the same minister is "Khawaja Asif", "Khwaja Asif",
// "Defence Minister Khawaja Muhammad Asif" and "Mr Asif".
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';

/** NFKD, diacritics stripped, lowercased; ’s dropped; punctuation turned to spaces. Keeps every word. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ') // parentheticals: "(TTP)", "(formerly Twitter)"
    .replace(/['’‘`]s\b/g, '')
    .replace(/[-‐‑–—_/]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name without honorifics or office: "Pakistan’s Defence Minister Khawaja Asif" → "khawaja asif".
 * Everything up to the last title word is dropped, provided a name remains after it; a mention that is only a
 * title ("the defence minister") keeps its words.
 */
export function normalizeName(s: string): string {
  const words = foldText(s).split(' ').filter(Boolean);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    // An office's modifiers ("foreign", "interior") cut only with their head: "Pakistan Foreign Office" stays whole.
    if ((HONORIFICS.has(w) && !TITLE_MODIFIERS.has(w)) || TITLE_HEADS.has(w)) cut = i;
  }
  const rest = words.slice(cut + 1);
  // Leading honorifics go too ("Mr Asif", "Lt Gen Ahmed Sharif") — but not from an office named alone.
  const isTitleWord = (w: string): boolean => HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
  while (rest.length > 1 && /^(the|a|an)$/.test(rest[0]!)) rest.shift();
  while (rest.length > 1 && HONORIFICS.has(rest[0]!) && rest.slice(1).some((w) => !isTitleWord(w))) rest.shift();
  return rest.join(' ');
}

const VOWELISH = /[aeiouyhwv]/;

/**
 * One word's spelling-independent key. Romanisations of Arabic, Pashto, Urdu and Turkish names differ mostly in
 * vowels, in h and w (which mark length or aspiration), and in doubled letters: drop those after the first
 * letter, fold q→k, ph→f, x→ks, and collapse repeats. Khawaja/Khwaja/Khawja → kj, Muhammad/Mohammed → mmd→md,
 * Zabihullah/Zabiullah → zbl, Türkiye/Turkey → trk.
 */
function wordKey(w: string): string {
  const s = w
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/c(?!h)/g, 'k');
  if (!s) return '';
  const first = /[aeiouy]/.test(s[0]!) ? 'a' : s[0]!;
  let out = first;
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (VOWELISH.test(c)) continue;
    if (out.at(-1) === c) continue;
    out += c;
  }
  return out;
}

/** Spelling-independent key for a name: per word, after normalizeName. */
export function transliterationKey(s: string): string {
  return normalizeName(s).split(' ').filter(Boolean).map(wordKey).join(' ');
}

/** The key of one already-folded word (for surname comparison). */
export function wordTransliterationKey(word: string): string {
  return wordKey(foldText(word));
}
