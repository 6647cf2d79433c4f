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

/** PLOVER speech acts (the event ontology the core uses; it derives intensity from the act). */
export type Act =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'RETREAT'
  | 'DEMAND'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'DENY'
  | 'APPEAL'
  | 'COMMENT';

/** What sort of speaker a mention is: a named person, a body (ministry, army, state, outlet), a collective, an anonymous source. */
export type SpeakerKind = 'PERSON' | 'BODY' | 'GROUP' | 'UNNAMED';

export type ActorKind = 'PERSON' | 'STATE' | 'GOVERNMENT' | 'MILITARY' | 'ARMED_GROUP' | 'INTERNATIONAL_ORGANIZATION' | 'MEDIA_OUTLET' | 'OTHER';

/** A new actor as the article presents it, for the core to create or match. */
export interface ActorProposal {
  /** Full name as at the fullest mention ("Majed al-Ansari", "Pakistan Foreign Office"). */
  name: string;
  kind: ActorKind;
  /** ISO-3166 alpha-2, or null when the article does not make it clear. */
  country: string | null;
  role?: string;
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
  /** PERSON for a named person, BODY for an office/ministry/army/state/outlet, GROUP for a collective ("Taliban officials"), UNNAMED for an anonymous source. */
  kind?: SpeakerKind;
  /** Whose the speaker is: "Pakistan", "Taliban", "Pakistani security" (for GROUP and UNNAMED speakers, and offices). */
  affiliation?: string;
  /** ISO-3166 alpha-2 of the speaker's state when the article makes it clear ("Pakistan's", "Afghan", "Qatari"). */
  country?: string;
  /** The actor this speaker would be if it is not on file yet. */
  proposal?: ActorProposal;
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
  /** PLOVER act, from the reporting verb and the content. */
  act: Act;
  /** How sure the act is, 0..1. */
  actConfidence: number;
  /** A conditional threat or promise ("if … we will", "any attack … would be answered"). */
  conditional: boolean;
  /** The statement as it should read: the quote text (DIRECT) or the reported clause as a sentence (INDIRECT). */
  canonicalText: string;
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
