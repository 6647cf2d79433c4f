// The shapes the extractor hands out. They mirror @parley/schema's vocabularies (Channel, DatePrecision,
// QuoteKind) as plain string unions so this package stays dependency-free and embeddable anywhere.

export type QuoteKind = 'DIRECT' | 'INDIRECT';
export type Channel =
  | 'SOCIAL_MEDIA_POST'
  | 'TV_INTERVIEW'
  | 'PRESS_REMARKS'
  | 'PRESS_CONFERENCE'
  | 'OFFICIAL_STATEMENT'
  | 'PARLIAMENT'
  | 'INTERVIEW'
  | 'UNKNOWN';
export type DatePrecision = 'DAY' | 'MONTH' | 'APPROXIMATE';

export interface Span {
  start: number;
  end: number;
}

export interface SpeakerRef {
  /** The person (or body) the mention resolves to, written as at its fullest mention in the article; null when unresolved. */
  name: string | null;
  /** The mention at the attribution as written: "he", "the minister", "Asif". */
  text: string;
  start: number;
  end: number;
  /** The title the article gives the resolved person ("Defence Minister"), when it gives one. */
  role?: string;
}

export interface QuoteCandidate {
  /** Equal to `source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  verb: string | null;
  channel: Channel;
  /** ISO date YYYY-MM-DD, or null when neither a cue nor publishedOn gives one. */
  saidOn: string | null;
  datePrecision: DatePrecision;
  confidence: number;
  /** Only for a quotation running over several paragraphs: the span of each paragraph's words, marks excluded. */
  parts?: Span[];
}

export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) the article was published; weekday and relative cues resolve against it. */
  publishedOn?: string;
  /** The publishing outlet; accepted for callers that have it, not read yet. */
  outlet?: string;
  /** The headline: when it names a speaker and a channel, it fills that speaker's passages left without one. */
  title?: string;
}
