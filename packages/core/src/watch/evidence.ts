// What an alert carries as its evidence: the statement with its public quotes, each with its span, its
// outlet and where to find it; figures before and after for thresholds.
import type Database from 'better-sqlite3';
import { preparedOn } from '../sync/projections.ts';
import { globalId, globalIdOrNull } from '../sync/global-id.ts';

export interface QuoteEvidence {
  id: string;
  text: string;
  kind: string;
  start: number;
  end: number;
  source: { id: string; title: string; outlet: string; url: string | null; address: string };
}

export interface StatementEvidence {
  id: string;
  text: string;
  act: string;
  intensity: number;
  saidOn: string;
  channel: string;
  speaker: { id: string; name: string; side: string };
  quotes: QuoteEvidence[];
  outlets: string[];
  /** Placeholder until origins are traced: the number of distinct outlets that printed it. */
  independentOrigins: number;
}

const STATEMENT = `SELECT s.id, s.text, s.act, s.intensity, s.said_on AS saidOn, s.channel, s.speaker_id AS speakerId, a.name AS speaker,
    o.date_precision AS datePrecision
  FROM statements s JOIN actors a ON a.id = s.speaker_id JOIN occasions o ON o.id = s.occasion_id WHERE s.id = ?`;
const QUOTES = `SELECT q.id, q.text, q.kind, q.start, q."end", src.id AS sourceId, src.title, src.outlet, src.url
  FROM quotes q JOIN sources src ON src.id = q.source_id
  WHERE q.statement_id = ? AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL AND src.retracted_at IS NULL ORDER BY q.id`;

export type StatementFacts = StatementEvidence & { datePrecision: string; speakerId: number };

export function statementEvidence(client: Database.Database, id: number, side: string): StatementFacts | null {
  const s = preparedOn(client, STATEMENT).get(id) as Record<string, any> | undefined;
  if (!s) return null;
  const quotes = (preparedOn(client, QUOTES).all(id) as Record<string, any>[]).map((q) => ({
    id: globalId('Quote', q.id),
    text: q.text,
    kind: q.kind,
    start: q.start,
    end: q.end,
    source: { id: globalId('Source', q.sourceId), title: q.title, outlet: q.outlet, url: q.url, address: q.url ?? globalId('Source', q.sourceId) },
  }));
  const outlets = [...new Set(quotes.map((q) => q.source.outlet))];
  return {
    id: globalId('Statement', s.id),
    text: s.text,
    act: s.act,
    intensity: s.intensity,
    saidOn: s.saidOn,
    channel: s.channel,
    speaker: { id: globalIdOrNull('Actor', s.speakerId)!, name: s.speaker, side },
    quotes,
    outlets,
    independentOrigins: outlets.length,
    datePrecision: s.datePrecision,
    speakerId: s.speakerId,
  };
}

/** The public form of statement evidence (without the fields used only to evaluate). */
export function publicEvidence({ datePrecision: _d, speakerId: _s, ...rest }: StatementFacts): StatementEvidence {
  return rest;
}
