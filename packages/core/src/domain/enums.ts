// The domain's closed vocabularies. GraphQL enums, DB check values and the seed format all read these lists.
export const ACTOR_KINDS = ['PERSON', 'STATE', 'GOVERNMENT', 'MILITARY', 'ARMED_GROUP', 'INTERNATIONAL_ORGANIZATION', 'MEDIA_OUTLET', 'OTHER'] as const;
/** PROPOSED actors come from ingestion: named in an article, matching no known actor, awaiting an editor. */
export const ACTOR_STATUSES = ['ACTIVE', 'PROPOSED', 'RETRACTED'] as const;
export const ALIAS_KINDS = ['NAME', 'SPELLING', 'OFFICIAL_ALTERNATIVE', 'PEJORATIVE', 'ABBREVIATION'] as const;
export const SOURCE_KINDS = ['NEWS_ARTICLE', 'SOCIAL_POST', 'TRANSCRIPT', 'OFFICIAL_RELEASE'] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'APPROXIMATE'] as const;
export const OUTLET_KINDS = ['WIRE_AGENCY', 'NEWSPAPER', 'BROADCASTER', 'OFFICIAL', 'SOCIAL'] as const;
export const FEED_STATUSES = ['ACTIVE', 'PAUSED'] as const;
/** What became of one feed item: stored for review, already known (by URL or content), or why not. */
export const FEED_ITEM_OUTCOMES = ['INGESTED', 'DUPLICATE', 'NO_QUOTES', 'FAILED'] as const;
export const CHANNELS = [
  'SOCIAL_MEDIA_POST',
  'TV_INTERVIEW',
  'PRESS_REMARKS',
  'PRESS_CONFERENCE',
  'OFFICIAL_STATEMENT',
  'PARLIAMENT',
  'INTERVIEW',
  'UNKNOWN',
] as const;
export const ACTS = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'RETREAT',
  'DEMAND',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'DENY',
  'APPEAL',
  'COMMENT',
] as const;
export const QUOTE_KINDS = ['DIRECT', 'INDIRECT', 'PARAPHRASE'] as const;
export const QUOTE_LINKS = ['CONFIRMED', 'SUGGESTED', 'REJECTED'] as const;
/** PENDING statements come from ingestion and stay out of every public list until a quote is confirmed. */
export const STATEMENT_STATUSES = ['PUBLISHED', 'PENDING', 'REJECTED', 'RETRACTED'] as const;
export const ROUND_STATUSES = ['SCHEDULED', 'IN_SESSION', 'SUSPENDED', 'CONCLUDED', 'COLLAPSED'] as const;
export const ROUND_OUTCOMES = ['CEASEFIRE', 'AGREEMENT', 'NO_AGREEMENT', 'INDEFINITE_PAUSE'] as const;
export const PARTICIPANT_ROLES = ['PARTY', 'MEDIATOR', 'HOST', 'OBSERVER'] as const;
export const DEMAND_STATUSES = ['TABLED', 'ACCEPTED', 'REJECTED', 'PARTIAL', 'WITHDRAWN'] as const;
export const EVENT_TYPES = ['ARMED_CLASH', 'AIRSTRIKE', 'ATTACK', 'CEASEFIRE', 'MILITARY_OPERATION', 'DEPLOYMENT', 'POLICY'] as const;
export const STANCES = ['ASSERTS', 'DENIES', 'CLAIMS_RESPONSIBILITY', 'DENIES_RESPONSIBILITY', 'DISPUTES'] as const;
export const TOKEN_ROLES = ['EDITOR', 'ADMIN'] as const;
export const SIDES = ['PK', 'AF', 'MEDIATORS', 'OTHERS'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ActorStatus = (typeof ACTOR_STATUSES)[number];
export type AliasKind = (typeof ALIAS_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type OutletKind = (typeof OUTLET_KINDS)[number];
export type FeedStatus = (typeof FEED_STATUSES)[number];
export type FeedItemOutcome = (typeof FEED_ITEM_OUTCOMES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Act = (typeof ACTS)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type QuoteLink = (typeof QUOTE_LINKS)[number];
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type DemandStatus = (typeof DEMAND_STATUSES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Stance = (typeof STANCES)[number];
export type TokenRole = (typeof TOKEN_ROLES)[number];
export type Side = (typeof SIDES)[number];

/**
 * One table maps a PLOVER act to a point on the conflict–cooperation scale (−10 … +10), in the spirit of
 * the Goldstein scale. Intensity is derived, never typed in by hand, so two curators cannot disagree on it.
 */
export const ACT_INTENSITY: Record<Act, number> = {
  COOPERATE: 7,
  AGREE: 6,
  SUPPORT: 5,
  CONCEDE: 4,
  RETREAT: 3,
  CONSULT: 2,
  APPEAL: 1,
  COMMENT: 0,
  DENY: -2,
  DEMAND: -3,
  REJECT: -4,
  PROTEST: -5,
  ACCUSE: -6,
  THREATEN: -8,
};
