// Statements with their confirmed quotes: one record per public statement, filtered like the statements
// query (core's statementWhere), in said-on order.
import { sql } from 'drizzle-orm';
import { engineOf } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { statements } from '../db/schema.ts';
import { statementWhere, type StatementFilterValues } from '../domain/statement-filter.ts';
import { addressOf, EXPORT_JSON, gid, joined, list, type ExportQuery, type Row } from './shared.ts';

const COLUMNS = [
  'id',
  'key',
  'saidOn',
  'datePrecision',
  'speakerId',
  'speaker',
  'channel',
  'venue',
  'act',
  'intensity',
  'conditional',
  'text',
  'targets',
  'topics',
  'roundId',
  'note',
  'quoteIds',
  'quoteCount',
  'sources',
  'spans',
  'quotes',
];

export function statementExport(db: ParleyDb, cited: (text: string | null) => string | null, filter: StatementFilterValues): ExportQuery {
  const json = EXPORT_JSON[engineOf(db)];
  const where = statementWhere({ ...filter, status: 'PUBLISHED' }, engineOf(db))(statements);
  const targets = json.array(
    json.object({ id: 't.actor_id', name: 'ta.name' }),
    'statement_targets t JOIN actors ta ON ta.id = t.actor_id WHERE t.statement_id = statements.id',
    't.actor_id',
  );
  const topics = json.array('topic', 'statement_topics WHERE statement_id = statements.id', 'topic');
  const quotes = json.array(
    json.object({
      id: 'q.id',
      text: 'q.text',
      kind: 'q.kind',
      start: 'q.start',
      end: 'q."end"',
      sourceId: 'src.id',
      title: 'src.title',
      outlet: 'src.outlet',
      url: 'src.url',
    }),
    `quotes q JOIN sources src ON src.id = q.source_id AND src.retracted_at IS NULL
       WHERE q.statement_id = statements.id AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL`,
    'q.id',
  );
  // Aliases are quoted: PostgreSQL folds unquoted ones to lower case.
  const query = sql`SELECT statements.id, statements.key, statements.said_on AS "saidOn", o.date_precision AS "datePrecision",
      statements.speaker_id AS "speakerId", a.name AS speaker, statements.channel, o.venue, statements.act, statements.intensity,
      statements.conditional, statements.text, statements.note, statements.round_id AS "roundId",
      ${sql.raw(targets)} AS targets, ${sql.raw(topics)} AS topics, ${sql.raw(quotes)} AS quotes
    FROM statements JOIN occasions o ON o.id = statements.occasion_id JOIN actors a ON a.id = statements.speaker_id
    WHERE ${where} ORDER BY statements.said_on, statements.id`;
  // The dialect renders the shared filter into SQL text and parameters for the export's own connection to run.
  const { sql: text, params } = (db as unknown as { dialect: { sqlToQuery(q: typeof query): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(query);
  return {
    sql: text,
    params,
    columns: COLUMNS,
    record: (r: Row) => ({
      id: gid('Statement', r.id),
      key: r.key,
      saidOn: r.saidOn,
      datePrecision: r.datePrecision,
      speaker: { id: gid('Actor', r.speakerId), name: r.speaker },
      channel: r.channel,
      venue: r.venue,
      act: r.act,
      intensity: r.intensity,
      conditional: Boolean(r.conditional),
      text: r.text,
      note: cited(r.note),
      targets: list(r.targets).map((t) => ({ id: gid('Actor', t.id), name: t.name })),
      topics: list(r.topics),
      round: gid('NegotiationRound', r.roundId),
      quotes: list(r.quotes).map((q) => ({
        id: gid('Quote', q.id),
        text: q.text,
        kind: q.kind,
        start: q.start,
        end: q.end,
        source: { id: gid('Source', q.sourceId), title: q.title, outlet: q.outlet, url: q.url, address: addressOf({ id: q.sourceId, url: q.url }) },
      })),
    }),
    flat: (s) => ({
      ...s,
      speakerId: s.speaker.id,
      speaker: s.speaker.name,
      targets: joined(s.targets.map((t: Row) => t.name)),
      topics: joined(s.topics),
      roundId: s.round,
      quoteIds: joined(s.quotes.map((q: Row) => q.id)),
      quoteCount: s.quotes.length,
      sources: joined([...new Set(s.quotes.map((q: Row) => q.source.address))]),
      spans: joined(s.quotes.map((q: Row) => `${q.source.id}:${q.start}-${q.end}`)),
      quotes: JSON.stringify(s.quotes.map((q: Row) => ({ id: q.id, text: q.text, kind: q.kind, source: q.source.id, start: q.start, end: q.end }))),
    }),
  };
}
