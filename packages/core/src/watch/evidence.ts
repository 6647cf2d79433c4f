// What an alert carries as its evidence: the statement with its public quotes, each with its span, its
// outlet and where to find it; figures before and after for thresholds.
import { queryRows } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { globalId, globalIdOrNull } from '../sync/global-id.ts';
import { tagged } from '../sync/steps.ts';

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

// Aliases quoted: PostgreSQL would fold them to lower case.
const STATEMENT = tagged(`SELECT s.id, s.text, s.act, s.intensity, s.said_on AS "saidOn", s.channel, s.speaker_id AS "speakerId", a.name AS speaker,
    o.date_precision AS "datePrecision"
  FROM statements s JOIN actors a ON a.id = s.speaker_id JOIN occasions o ON o.id = s.occasion_id WHERE s.id = ?`);
const QUOTES = tagged(`SELECT q.id, q.text, q.kind, q.start, q."end", src.id AS "sourceId", src.title, src.outlet, src.url
  FROM quotes q JOIN sources src ON src.id = q.source_id
  WHERE q.statement_id = ? AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL AND src.retracted_at IS NULL ORDER BY q.id`);

export type StatementFacts = StatementEvidence & { datePrecision: string; speakerId: number };

export async function statementEvidence(db: ParleyDb, id: number, side: string): Promise<StatementFacts | null> {
  const [s] = await queryRows<Record<string, any>>(db, STATEMENT, id);
  if (!s) return null;
  const quotes = (await queryRows<Record<string, any>>(db, QUOTES, id)).map((q) => ({
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
