// Name normalization shared by alias storage (unique index) and resolveActor. Pure functions, no database.

// Titles and honorifics that wrap a name in news copy but never distinguish one actor from another.
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'hon', 'honourable', 'honorable', 'his', 'her', 'excellency', 'he',
  'sheikh', 'shaikh', 'maulana', 'mawlana', 'mullah', 'mulla', 'mufti', 'haji', 'hajji', 'hafiz', 'qari',
  'general', 'gen', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'brig', 'brigadier', 'field', 'marshal',
  'president', 'prime', 'minister', 'pm', 'defence', 'defense', 'information', 'foreign', 'interior',
  'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'ambassador', 'amir', 'ameer', 'the',
]);

/** Lowercase, strip diacritics and punctuation, collapse spaces. "Türkiye" → "turkiye". */
export function foldName(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded name without honorifics; the key of the unique alias index. */
export function normalizeName(input: string): string {
  const words = foldName(input).split(' ').filter(Boolean);
  const kept = words.filter((w) => !HONORIFICS.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * A transliteration-tolerant key: romanizations of Urdu, Pashto and Arabic names differ mostly in vowels,
 * doubled letters and a silent w or h after k/g/z (Khawaja/Khwaja/Khawja, Zabihullah/Zabiullah,
 * Mohammad/Muhammad). Keep each word's first letter, drop the rest of its vowels, w, y and h, and
 * collapse doubled consonants.
 */
export function phoneticKey(input: string): string {
  return normalizeName(input)
    .split(' ')
    .map((word) => {
      const head = word[0] ?? '';
      const tail = word
        .slice(1)
        .replace(/[aeiouwyh]/g, '')
        .replace(/(.)\1+/g, '$1');
      return (/[aeiou]/.test(head) ? 'a' : head) + tail;
    })
    .join(' ');
}
