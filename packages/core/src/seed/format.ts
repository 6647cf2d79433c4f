// The curated dataset's file format (data/seed/*.json), as zod schemas; the TypeScript types are inferred from
// them, so the validator and the types cannot drift. Every entry has a stable kebab-case `key` so re-seeding is
// idempotent and reviews diff cleanly. References between files are by key (actors by slug); whether they
// resolve is checked by validateSeed, which sees the whole dataset.
import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date.ts';
import * as E from '../domain/enums.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isIsoDateTime = (v: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && isCalendarDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v));

const text = z.string().min(1, 'must not be empty');
const key = z.string().regex(KEBAB, 'is not a kebab-case key (a-z, 0-9, single dashes)');
const topic = z.string().regex(KEBAB, 'is not a lowercase kebab-case topic');
/** A reference to another entry by its key; validateSeed checks that it resolves. */
const ref = text;
const isoDate = z.string().refine(isCalendarDate, 'is not an ISO date (YYYY-MM-DD)');
const isoDateOrTime = z.string().refine((v) => isCalendarDate(v) || isIsoDateTime(v), 'is not an ISO date or date-time with offset');
const country = z.string().regex(/^[A-Z]{2}$/, 'is not an ISO-3166 alpha-2 code');
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'is not a BCP-47 language tag');
const count = z.number().int().nonnegative();

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export const seedAliasSchema = z.strictObject({ text, kind: z.enum(E.ALIAS_KINDS).optional(), source: ref.optional() });
export const seedRoleSchema = z.strictObject({
  title: text,
  organization: ref.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: ref.optional(),
});

export const seedActorSchema = z.strictObject({
  key, // the actor's slug
  name: text,
  kind: z.enum(E.ACTOR_KINDS),
  country: country.optional(),
  description: text.optional(),
  parent: ref.optional(), // the body this one belongs to
  aliases: z.array(seedAliasSchema).optional(),
  roles: z.array(seedRoleSchema).optional(),
});

export const seedSourceSchema = z.strictObject({
  key,
  file: text, // relative to the dataset folder, e.g. "articles/000_64a6e97cc0954951.txt"
  title: text,
  outlet: text,
  kind: z.enum(E.SOURCE_KINDS),
  url: text.optional(),
  publishedOn: isoDate.optional(),
  publishedPrecision: z.enum(E.DATE_PRECISIONS).optional(),
  language,
});

export const seedOccasionSchema = z.strictObject({
  key,
  speaker: ref,
  saidOn: isoDate,
  datePrecision: z.enum(E.DATE_PRECISIONS),
  channel: z.enum(E.CHANNELS),
  venue: text.optional(),
  url: text.optional(),
  note: text.optional(), // how the date or channel was resolved, when it took judgement
});

export const seedQuoteSchema = z.strictObject({
  source: ref,
  text, // verbatim as printed
  start: count, // JS string offsets into the source body; body.slice(start, end) === text
  end: count,
  kind: z.enum(E.QUOTE_KINDS),
  link: z.enum(E.QUOTE_LINKS).optional(), // default CONFIRMED
});

export const seedStatementSchema = z.strictObject({
  key,
  occasion: ref,
  text, // canonical wording
  act: z.enum(E.ACTS),
  conditional: z.boolean().optional(),
  targets: z.array(ref).optional(),
  topics: z.array(topic).optional(),
  round: ref.optional(),
  note: text.optional(),
  quotes: z.array(seedQuoteSchema).min(1, 'has no quote'),
});

export const seedRoundUpdateSchema = z.strictObject({
  at: isoDateOrTime,
  atPrecision: z.enum(E.DATE_PRECISIONS).optional(),
  status: z.enum(E.ROUND_STATUSES),
  note: text,
  source: ref,
});

export const seedDemandSchema = z.strictObject({
  key,
  by: ref,
  to: ref,
  text,
  status: z.enum(E.DEMAND_STATUSES),
  source: ref,
  note: text.optional(),
});

export const seedRoundSchema = z.strictObject({
  key,
  process: ref,
  sequence: z.number().int(),
  title: text,
  venueCity: text.optional(),
  venueCountry: country.optional(),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  status: z.enum(E.ROUND_STATUSES),
  outcome: z.enum(E.ROUND_OUTCOMES).optional(),
  participants: z.array(z.strictObject({ actor: ref, role: z.enum(E.PARTICIPANT_ROLES) })),
  updates: z.array(seedRoundUpdateSchema).min(1, 'has no status updates'),
  demands: z.array(seedDemandSchema).optional(),
});

export const seedProcessSchema = z.strictObject({
  key,
  name: text,
  description: text.optional(),
  mediators: z.array(ref).optional(),
});

export const seedEventSchema = z.strictObject({
  key,
  type: z.enum(E.EVENT_TYPES),
  occurredOn: isoDate,
  datePrecision: z.enum(E.DATE_PRECISIONS),
  summary: text,
  source: ref.optional(),
  locations: z.array(z.strictObject({ place: text.optional(), province: text.optional(), country })).optional(),
});

const figures = { killed: count.optional(), civilians: count.optional(), children: count.optional() };

export const seedStanceSchema = z.strictObject({
  actor: ref,
  stance: z.enum(E.STANCES),
  statement: ref.optional(),
  source: ref.optional(),
  ...figures,
});

export const seedClaimSchema = z.strictObject({
  key,
  text,
  event: ref.optional(),
  ...figures,
  source: ref.optional(),
  stances: z.array(seedStanceSchema),
});

/** Where sources disagree, every version is kept with its citation. */
export const seedDiscrepancySchema = z.strictObject({
  key,
  subject: z.string().regex(/^[a-z]+:[^:]+$/, 'is not "<entity>:<key>"'), // e.g. "round:istanbul-round-2"
  field: text,
  note: text.optional(),
  versions: z.array(z.strictObject({ value: text, source: ref, quote: text.optional() })).min(2, 'a disagreement needs at least two versions'),
});

/** One schema per file of the dataset, in loading order. */
export const seedDatasetSchema = z.strictObject({
  actors: z.array(seedActorSchema),
  sources: z.array(seedSourceSchema),
  occasions: z.array(seedOccasionSchema),
  statements: z.array(seedStatementSchema),
  processes: z.array(seedProcessSchema),
  rounds: z.array(seedRoundSchema),
  events: z.array(seedEventSchema),
  claims: z.array(seedClaimSchema),
  discrepancies: z.array(seedDiscrepancySchema),
});

export type SeedActor = z.infer<typeof seedActorSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedOccasion = z.infer<typeof seedOccasionSchema>;
export type SeedQuote = z.infer<typeof seedQuoteSchema>;
export type SeedStatement = z.infer<typeof seedStatementSchema>;
export type SeedRoundUpdate = z.infer<typeof seedRoundUpdateSchema>;
export type SeedDemand = z.infer<typeof seedDemandSchema>;
export type SeedRound = z.infer<typeof seedRoundSchema>;
export type SeedProcess = z.infer<typeof seedProcessSchema>;
export type SeedEvent = z.infer<typeof seedEventSchema>;
export type SeedStance = z.infer<typeof seedStanceSchema>;
export type SeedClaim = z.infer<typeof seedClaimSchema>;
export type SeedDiscrepancy = z.infer<typeof seedDiscrepancySchema>;
export type SeedDataset = z.infer<typeof seedDatasetSchema>;
export type SeedEntity = keyof SeedDataset;
