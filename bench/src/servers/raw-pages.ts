// Two more raw reads, the same JSON as Parley: a negotiation round's page, and one speaker's statements with
// their targets, topics and confirmed quotes. Kept apart from raw.ts so each file stays one screenful of reads.
import type Database from 'better-sqlite3';
import { localId, type Row, roundJson, speakerJson } from './raw-json.ts';

export interface RawPages {
  round(p: { id: string }): string;
  speaker(p: { speaker: string; first: number }): string;
}

/** Rows of `stmt` for a JSON list of statement ids, grouped by their first column. */
export function groupBy(stmt: Database.Statement, ids: number[]) {
  const by = new Map<number, Row[]>();
  for (const r of stmt.all(JSON.stringify(ids)) as Row[]) {
    const list = by.get(r[0] as number);
    if (list) list.push(r);
    else by.set(r[0] as number, [r]);
  }
  return (id: number) => by.get(id) ?? [];
}

export function createRawPages(sqlite: Database.Database): RawPages {
  const round = sqlite.prepare('SELECT id, title, status, started_on FROM negotiation_rounds WHERE id = ?').raw();
  const participants = sqlite
    .prepare('SELECT p.role, a.id, a.name FROM round_participants p JOIN actors a ON a.id = p.actor_id WHERE p.round_id = ? ORDER BY p.role, p.actor_id')
    .raw();
  const updates = sqlite.prepare('SELECT at, status FROM round_updates WHERE round_id = ? ORDER BY at, id').raw();
  const demands = sqlite
    .prepare(
      `SELECT d.id, d.text, b.id, b.name, t.id, t.name FROM demands d JOIN actors b ON b.id = d.by_id JOIN actors t ON t.id = d.to_id
       WHERE d.round_id = ? AND d.retracted_at IS NULL ORDER BY d.id`,
    )
    .raw();
  const bySpeaker = sqlite
    .prepare(
      `SELECT id, text, said_on, act FROM statements WHERE speaker_id = ? AND +status = 'PUBLISHED'
       ORDER BY said_on DESC, id DESC LIMIT ?`,
    )
    .raw();
  const targets = sqlite
    .prepare(
      `SELECT st.statement_id, a.id, a.name FROM statement_targets st JOIN actors a ON a.id = st.actor_id
       WHERE st.statement_id IN (SELECT value FROM json_each(?)) ORDER BY st.statement_id, a.name`,
    )
    .raw();
  const topics = sqlite
    .prepare('SELECT statement_id, topic FROM statement_topics WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY statement_id, topic')
    .raw();
  const quotes = sqlite
    .prepare(
      `SELECT q.statement_id, q.id, q.text, src.id, src.outlet FROM quotes q JOIN sources src ON src.id = q.source_id
       WHERE q.statement_id IN (SELECT value FROM json_each(?)) AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL ORDER BY q.statement_id, q.id`,
    )
    .raw();

  return {
    round({ id }) {
      const r = round.get(localId(id)) as Row | undefined;
      if (!r) return roundJson(undefined, [], [], []);
      const rid = r[0] as number;
      return roundJson(r, participants.all(rid) as Row[], updates.all(rid) as Row[], demands.all(rid) as Row[]);
    },
    speaker({ speaker, first }) {
      const rows = bySpeaker.all(localId(speaker), first + 1) as Row[];
      const ids = rows.slice(0, first).map((r) => r[0] as number);
      return speakerJson(rows, first, groupBy(targets, ids), groupBy(topics, ids), groupBy(quotes, ids));
    },
  };
}
