// The curated dataset's file format (data/seed/*.json). Every entry has a stable `key` so that re-seeding is
// idempotent and reviews diff cleanly. References between files are by key (actors by slug).
import type {
  Act, ActorKind, AliasKind, Channel, DatePrecision, DemandStatus, EventType, ParticipantRole, QuoteKind,
  QuoteLink, RoundOutcome, RoundStatus, SourceKind, Stance,
} from '../domain/enums.ts';

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface SeedActor {
  key: string; // the actor's slug
  name: string;
  kind: ActorKind;
  country?: string; // ISO-3166 alpha-2
  description?: string;
  parent?: string; // actor key of the body this one belongs to
  aliases?: { text: string; kind?: AliasKind; source?: string }[];
  roles?: { title: string; organization?: string; from?: IsoDate; to?: IsoDate; source?: string }[];
}

export interface SeedSource {
  key: string;
  file: string; // relative to data/seed/, e.g. "articles/000_64a6e97cc0954951.txt"
  title: string;
  outlet: string;
  kind: SourceKind;
  url?: string;
  publishedOn?: IsoDate;
  publishedPrecision?: DatePrecision;
  language: string; // BCP-47, e.g. "en"
}

export interface SeedOccasion {
  key: string;
  speaker: string; // actor key
  saidOn: IsoDate;
  datePrecision: DatePrecision;
  channel: Channel;
  venue?: string;
  url?: string;
  note?: string; // how the date or channel was resolved, when it took judgement
}

export interface SeedQuote {
  source: string; // source key
  text: string; // verbatim as printed
  start: number; // JS string offsets into the source body; body.slice(start, end) === text
  end: number;
  kind: QuoteKind;
  link?: QuoteLink; // default CONFIRMED
}

export interface SeedStatement {
  key: string;
  occasion: string; // occasion key
  text: string; // canonical wording
  act: Act;
  conditional?: boolean;
  targets?: string[]; // actor keys
  topics?: string[];
  round?: string; // round key
  note?: string;
  quotes: SeedQuote[];
}

export interface SeedRoundUpdate {
  at: string; // ISO date or date-time
  atPrecision?: DatePrecision;
  status: RoundStatus;
  note: string;
  source: string;
}

export interface SeedDemand {
  key: string;
  by: string;
  to: string;
  text: string;
  status: DemandStatus;
  source: string;
  note?: string;
}

export interface SeedRound {
  key: string;
  process: string;
  sequence: number;
  title: string;
  venueCity?: string;
  venueCountry?: string;
  startedOn?: IsoDate;
  endedOn?: IsoDate;
  status: RoundStatus;
  outcome?: RoundOutcome;
  participants: { actor: string; role: ParticipantRole }[];
  updates: SeedRoundUpdate[];
  demands?: SeedDemand[];
}

export interface SeedProcess {
  key: string;
  name: string;
  description?: string;
  mediators?: string[];
}

export interface SeedEvent {
  key: string;
  type: EventType;
  occurredOn: IsoDate;
  datePrecision: DatePrecision;
  summary: string;
  source?: string;
  locations?: { place?: string; province?: string; country: string }[];
}

export interface SeedClaim {
  key: string;
  text: string;
  event?: string;
  killed?: number;
  civilians?: number;
  children?: number;
  source?: string;
  stances: {
    actor: string;
    stance: Stance;
    statement?: string;
    source?: string;
    killed?: number;
    civilians?: number;
    children?: number;
  }[];
}

/** Where sources disagree, every version is kept with its citation. */
export interface SeedDiscrepancy {
  key: string;
  subject: string; // "<entity>:<key>", e.g. "round:istanbul-2"
  field: string;
  note?: string;
  versions: { value: string; source: string; quote?: string }[];
}

export interface SeedDataset {
  actors: SeedActor[];
  sources: SeedSource[];
  occasions: SeedOccasion[];
  statements: SeedStatement[];
  processes: SeedProcess[];
  rounds: SeedRound[];
  events: SeedEvent[];
  claims: SeedClaim[];
  discrepancies: SeedDiscrepancy[];
}
