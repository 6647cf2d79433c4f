import type { ResultOf } from '@/graphql/tada.ts';
import type { ReviewActor, ReviewQuote, ReviewSourceFields } from '@/graphql/review-fragments.ts';

export type Candidate = ResultOf<typeof ReviewQuote>;
export type Speaker = ResultOf<typeof ReviewActor>;
export type ReviewSource = ResultOf<typeof ReviewSourceFields>;
export type Link = Candidate['link'];

/** What the keys and the card's buttons do to one candidate. */
export type Action = 'confirm' | 'reject' | 'reopen' | 'speaker' | 'actor' | 'act' | 'text' | 'date' | 'channel' | 'conditional';
/** The actions that open a small form on the card. */
export type Editor = Extract<Action, 'speaker' | 'actor' | 'act' | 'text' | 'date' | 'channel'>;
export const EDITORS: readonly Action[] = ['speaker', 'actor', 'act', 'text', 'date', 'channel'] satisfies Editor[];
export const isEditor = (a: Action): a is Editor => EDITORS.includes(a);

export interface Range {
  start: number;
  end: number;
}

export interface Review {
  source: ReviewSource;
  /** Pasted just now (and new, or seen before), or opened from the review queue. */
  origin: 'new' | 'again' | 'queue';
  quotes: Candidate[];
  unattributed: (Range & { text: string })[];
  /** Candidates the API found but could not store. */
  problems: (Range & { text: string; reason: string })[];
}

export const isReviewed = (q: Candidate) => q.link !== 'SUGGESTED';

export const inReadingOrder = (quotes: readonly Candidate[]) => [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);

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
 * occasion, as the API moves them together; a speaker made active is active on every card. A quote the
 * list does not hold yet (one the reviewer added) joins it in reading order.
 */
export function applyQuote(quotes: readonly Candidate[], updated: Candidate, speakerMoved = false): Candidate[] {
  const statement = updated.statement;
  const known = quotes.some((q) => q.id === updated.id);
  const next = quotes.map((q) => {
    if (q.id === updated.id) return updated;
    let next = q;
    if (q.statement.id === statement.id) next = { ...q, statement };
    else if (speakerMoved && q.statement.occasion.id === statement.occasion.id) next = { ...q, statement: { ...q.statement, speaker: statement.speaker } };
    if (next.statement.speaker.id === statement.speaker.id) {
      next = { ...next, statement: { ...next.statement, speaker: statement.speaker } };
    }
    return next;
  });
  return known ? next : inReadingOrder([...next, updated]);
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
  'input.statementText': 'Canonical text',
  'input.act': 'Act',
  'input.conditional': 'Conditional',
  'input.saidOn': 'Date said',
  'input.datePrecision': 'Date precision',
  'input.channel': 'Channel',
  'input.start': 'Selection',
  'input.name': 'Name',
  'input.kind': 'Kind',
  'input.country': 'Country',
  'input.description': 'Description',
  speaker: 'Speaker',
  id: 'Quote',
  token: 'Editor token',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

export const LINK_TEXT: Record<Link, string> = { SUGGESTED: 'To review', CONFIRMED: 'Confirmed', REJECTED: 'Rejected' };

export const percent = (x: number) => `${Math.round(x * 100)}%`;
