import type { ResultOf } from '@/graphql/tada.ts';
import type { ReviewActor, ReviewQuote } from '@/graphql/review-fragments.ts';

export type Candidate = ResultOf<typeof ReviewQuote>;
export type Speaker = ResultOf<typeof ReviewActor>;
export type Link = Candidate['link'];

export interface Range {
  start: number;
  end: number;
}

export interface Review {
  source: { id: string; key: string | null; title: string; outlet: string; url: string | null; publishedOn: string | null; body: string };
  created: boolean;
  quotes: Candidate[];
  unattributed: (Range & { text: string })[];
}

export const isReviewed = (q: Candidate) => q.link !== 'SUGGESTED';

export function progress(quotes: readonly Candidate[]) {
  const confirmed = quotes.filter((q) => q.link === 'CONFIRMED').length;
  const rejected = quotes.filter((q) => q.link === 'REJECTED').length;
  return { total: quotes.length, reviewed: confirmed + rejected, confirmed, rejected };
}

/** The next candidate still to review after `from`, wrapping round; `from` itself when none is left. */
export function nextToReview(quotes: readonly Candidate[], from: number): number {
  for (let step = 1; step <= quotes.length; step++) {
    const i = (from + step) % quotes.length;
    if (!isReviewed(quotes[i]!)) return i;
  }
  return from;
}

/**
 * Folds the API's answer to one review action into the list. Quotes of the same statement share its new
 * state (a confirmation publishes it for all of them); a new speaker reaches every statement of the same
 * occasion, as the API moves them together; a speaker made active is active on every card.
 */
export function applyQuote(quotes: readonly Candidate[], updated: Candidate, speakerMoved = false): Candidate[] {
  const statement = updated.statement;
  return quotes.map((q) => {
    if (q.id === updated.id) return updated;
    let next = q;
    if (q.statement.id === statement.id) next = { ...q, statement };
    else if (speakerMoved && q.statement.occasion.id === statement.occasion.id) next = { ...q, statement: { ...q.statement, speaker: statement.speaker } };
    if (next.statement.speaker.id === statement.speaker.id) {
      next = { ...next, statement: { ...next.statement, speaker: statement.speaker } };
    }
    return next;
  });
}

export function applySpeaker(quotes: readonly Candidate[], speaker: Speaker): Candidate[] {
  return quotes.map((q) => (q.statement.speaker.id === speaker.id ? { ...q, statement: { ...q.statement, speaker } } : q));
}

/** Every speaker this article's candidates name, for the speaker picker's first choices. */
export function speakersOf(quotes: readonly Candidate[]): Speaker[] {
  const seen = new Map<string, Speaker>();
  for (const q of quotes) if (!seen.has(q.statement.speaker.id)) seen.set(q.statement.speaker.id, q.statement.speaker);
  return [...seen.values()];
}

const FIELD_LABELS: Record<string, string> = {
  'input.text': 'Article text',
  'input.title': 'Title',
  'input.outlet': 'Outlet',
  'input.url': 'URL',
  'input.publishedOn': 'Published',
  'input.language': 'Language',
  'input.speakerId': 'Speaker',
  'input.statementId': 'Statement',
  id: 'Quote',
  token: 'Editor token',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

export const LINK_TEXT: Record<Link, string> = { SUGGESTED: 'To review', CONFIRMED: 'Confirmed', REJECTED: 'Rejected' };

export const percent = (x: number) => `${Math.round(x * 100)}%`;
