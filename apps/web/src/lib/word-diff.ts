export interface DiffToken {
  text: string;
  /** True when the canonical wording never uses this word (case and punctuation ignored). */
  changed: boolean;
}

const normal = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Splits `text` into words and whitespace, marking each word the `base` wording does not contain.
 * Outlets mostly swap words ("treachery" → "disloyalty") rather than reorder them, and a reader wants to
 * see the new words; a word merely moved is not highlighted, or "mockery" would light up for its place.
 */
export function wordDiff(base: string, text: string): DiffToken[] {
  const known = new Set(base.split(/\s+/).map(normal).filter(Boolean));
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => {
      const word = normal(part);
      return { text: part, changed: word !== '' && !known.has(word) };
    });
}
