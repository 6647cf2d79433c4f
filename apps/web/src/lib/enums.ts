import type { introspection_types } from '@/graphql/graphql-env.d.ts';

/** A GraphQL enum of the schema as a union of its values (regenerated with the schema by gql.tada). */
export type EnumOf<Name extends keyof introspection_types> = introspection_types[Name] extends { enumValues: infer V } ? V : never;

export type Act = EnumOf<'Act'>;
export type ActorKind = EnumOf<'ActorKind'>;
export type Channel = EnumOf<'Channel'>;
export type DatePrecision = EnumOf<'DatePrecision'>;
export type QuoteKind = EnumOf<'QuoteKind'>;
export type SearchKind = EnumOf<'SearchKind'>;
export type Side = EnumOf<'Side'>;

/**
 * Labels as exhaustive Records over each enum: a value added to the schema fails the typecheck here until it
 * is named, and the lists the dashboard offers are the Records' keys, so none is ever missing.
 */
export const ACT_LABELS: Record<Act, string> = {
  AGREE: 'Agree',
  CONSULT: 'Consult',
  SUPPORT: 'Support',
  CONCEDE: 'Concede',
  COOPERATE: 'Cooperate',
  RETREAT: 'Retreat',
  COMMENT: 'Comment',
  APPEAL: 'Appeal',
  DEMAND: 'Demand',
  PROTEST: 'Protest',
  ACCUSE: 'Accuse',
  DENY: 'Deny',
  REJECT: 'Reject',
  THREATEN: 'Threaten',
};

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  PERSON: 'Person',
  STATE: 'State',
  GOVERNMENT: 'Government',
  MILITARY: 'Military',
  ARMED_GROUP: 'Armed group',
  INTERNATIONAL_ORGANIZATION: 'International organization',
  MEDIA_OUTLET: 'Media outlet',
  OTHER: 'Other',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  SOCIAL_MEDIA_POST: 'Social media post',
  TV_INTERVIEW: 'TV interview',
  PRESS_REMARKS: 'Press remarks',
  PRESS_CONFERENCE: 'Press conference',
  OFFICIAL_STATEMENT: 'Official statement',
  PARLIAMENT: 'Parliament',
  INTERVIEW: 'Interview',
  UNKNOWN: 'Unknown',
};

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = { DAY: 'Day', MONTH: 'Month', APPROXIMATE: 'Approximate' };

/** Only a DIRECT quote is the speaker's own words: the only kind the dashboard puts in quotation marks. */
export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = { DIRECT: 'Direct', INDIRECT: 'Indirect', PARAPHRASE: 'Paraphrase' };

/** What each kind of search hit is called on the search page's filters and badges. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  STATEMENT: 'Statements',
  QUOTE: 'Quotes as printed',
  SOURCE: 'Source texts',
  ROUND: 'Rounds of talks',
  EVENT: 'Incidents',
  CLAIM: 'Claims',
  ACTOR: 'Actors',
};

const keys = <K extends string>(record: Record<K, string>) => Object.keys(record) as K[];
export const ACTS = keys(ACT_LABELS);
export const ACTOR_KINDS = keys(ACTOR_KIND_LABELS);
export const CHANNELS = keys(CHANNEL_LABELS);
export const DATE_PRECISIONS = keys(DATE_PRECISION_LABELS);
export const QUOTE_KINDS = keys(QUOTE_KIND_LABELS);
export const SEARCH_KINDS = keys(SEARCH_KIND_LABELS);

/** The sides of escalation and the statement filter, in the order the dashboard lists them. */
export const SIDES: readonly Side[] = ['PK', 'AF', 'MEDIATORS', 'OTHERS'];

export const EVENT_TYPES = ['AIRSTRIKE', 'ARMED_CLASH', 'ATTACK', 'CEASEFIRE', 'DEPLOYMENT', 'MILITARY_OPERATION', 'POLICY'] as const;

const COUNTRIES: Record<string, string> = {
  PK: 'Pakistan',
  AF: 'Afghanistan',
  QA: 'Qatar',
  TR: 'Türkiye',
  SA: 'Saudi Arabia',
  IN: 'India',
  IR: 'Iran',
  US: 'United States',
  CN: 'China',
};

export const countryName = (code: string | null | undefined) => (code ? (COUNTRIES[code] ?? code) : 'No country');
