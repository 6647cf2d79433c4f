// Variant linking: which known statement a new quote prints. Candidates are narrowed to the same speaker and a
// few days around the date, then compared with quoteSimilarity against the statement's wording and every quote
// of it already on file.
import { quoteSimilarity } from './similarity.ts';

/**
 * Chosen by scripts/measure-threshold.ts over labelled same-utterance and different-utterance pairs (the seed
 * dataset's cross-outlet quotes plus hand-written pairs): the midpoint of the widest gap around the best F1.
 * See README.md for the measured separation.
 */
export const THRESHOLD = 0.43;

export interface StatementRecord {
  id: string;
  speakerId?: string | null;
  /** ISO date YYYY-MM-DD. */
  saidOn?: string | null;
  text: string;
  quotes: string[];
}

export interface LinkOptions {
  speakerId?: string | null;
  saidOn?: string | null;
  windowDays?: number;
  threshold?: number;
}

export interface VariantLink {
  statementId: string;
  score: number;
  /** The wording it matched best: the statement's text or one of its quotes. */
  matched: string;
}

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;

/** The statement a quote is a variant of, if any scores at or above the threshold. */
export function linkVariant(
  candidate: string | { text: string },
  statements: readonly StatementRecord[],
  { speakerId, saidOn, windowDays = 3, threshold = THRESHOLD }: LinkOptions = {},
): VariantLink | null {
  const text = typeof candidate === 'string' ? candidate : candidate.text;
  const day = saidOn ? dayNumber(saidOn) : null;
  let best: VariantLink | null = null;
  for (const s of statements) {
    if (speakerId && s.speakerId && s.speakerId !== speakerId) continue;
    if (day !== null && s.saidOn && Math.abs(dayNumber(s.saidOn) - day) > windowDays) continue;
    for (const wording of [s.text, ...s.quotes]) {
      if (!wording) continue;
      const score = quoteSimilarity(text, wording);
      if (!best || score > best.score) best = { statementId: s.id, score, matched: wording };
    }
  }
  return best && best.score >= threshold ? best : null;
}
