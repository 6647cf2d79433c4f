// Two more raw reads, the same JSON as Parley: a negotiation round's page, and one speaker's statements with
// their targets, topics and confirmed quotes. Kept apart from raw.ts so each file stays one screenful of reads.
import type Database from 'better-sqlite3';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
// Pothos' drizzle cursor for an ordering on (said_on, id): base64 of `DC:` + a tagged tuple.
export const cursor = (saidOn: string, id: number) => Buffer.from(`DC:T:${JSON.stringify([`S:${saidOn}`, `N:${id}`])}`).toString('base64');
const localId = (global: string) => Number(Buffer.from(global, 'base64').toString().split(':')[1]);

export interface RawPages {
  round(p: { id: string }): string;
  speaker(p: { speaker: string; first: number }): string;
}

/** Rows of `stmt` for a JSON list of statement ids, grouped by their first column. */
export function groupBy(stmt: Database.Statement, ids: number[]) {
  const by = new Map<number, unknown[][]>();
  for (const r of stmt.all(JSON.stringify(ids)) as unknown[][]) {
    const list = by.get(r[0] as number);
    if (list) list.push(r);
    else by.set(r[0] as number, [r]);
  }
  return by;
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
      const r = round.get(localId(id)) as unknown[] | undefined;
      if (!r) return '{"data":{"node":null}}';
      const rid = r[0] as number;
      return JSON.stringify({
        data: {
          node: {
            id: gid('NegotiationRound', rid),
            title: r[1],
            status: r[2],
            startedOn: r[3],
            participants: (participants.all(rid) as unknown[][]).map((p) => ({ role: p[0], actor: { id: gid('Actor', p[1] as number), name: p[2] } })),
            updates: (updates.all(rid) as unknown[][]).map((u) => ({ at: u[0], status: u[1] })),
            demands: (demands.all(rid) as unknown[][]).map((d) => ({
              id: gid('Demand', d[0] as number),
              text: d[1],
              by: { id: gid('Actor', d[2] as number), name: d[3] },
              to: { id: gid('Actor', d[4] as number), name: d[5] },
            })),
          },
        },
      });
    },
    speaker({ speaker, first }) {
      const rows = bySpeaker.all(localId(speaker), first + 1) as unknown[][];
      const page = rows.slice(0, first);
      const ids = page.map((r) => r[0] as number);
      const [t, tp, q] = [groupBy(targets, ids), groupBy(topics, ids), groupBy(quotes, ids)];
      const last = page.at(-1);
      return JSON.stringify({
        data: {
          statements: {
            pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursor(last[2] as string, last[0] as number) : null },
            edges: page.map((r) => ({
              cursor: cursor(r[2] as string, r[0] as number),
              node: {
                id: gid('Statement', r[0] as number),
                text: r[1],
                saidOn: r[2],
                act: r[3],
                targets: (t.get(r[0] as number) ?? []).map((a) => ({ id: gid('Actor', a[1] as number), name: a[2] })),
                topics: (tp.get(r[0] as number) ?? []).map((x) => x[1]),
                quotes: (q.get(r[0] as number) ?? []).map((x) => ({
                  id: gid('Quote', x[1] as number),
                  text: x[2],
                  source: { id: gid('Source', x[3] as number), outlet: x[4] },
                })),
              },
            })),
          },
        },
      });
    },
  };
}
