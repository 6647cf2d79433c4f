import { and, sql, type SQL } from 'drizzle-orm';
import type { ParleyDb } from '../db/open.ts';
import { statements } from '../db/schema.ts';
import { writeEpoch } from '../db/epoch.ts';
import { type Engine, engineOf } from '../db/engine.ts';
import { parseSearchQuery, toFts5, toTsquery } from './search-query.ts';
import { SIDE_SQL } from './side.ts';

export interface StatementFilterValues {
  speakerId?: number | null;
  targetId?: number | null;
  /** The speaker's side (PK, AF, MEDIATORS, OTHERS), as escalation and Actor.side reckon it. */
  side?: string | null;
  roundId?: number | null;
  channel?: string | null;
  act?: string | null;
  topic?: string | null;
  from?: string | null;
  to?: string | null;
  /** A query in the search language (search-query.ts), rendered here for the engine. */
  text?: string | null;
  /** Default PUBLISHED: pending and rejected statements are never shown as fact. */
  status?: string | null;
}

/**
 * One SQL predicate serves the connection, its totalCount and live subscriptions, so a subscriber sees
 * exactly what a re-run of its query would show. Each branch is served by an index on statements.
 */
export function statementWhere(f: StatementFilterValues, engine: Engine = 'sqlite') {
  const matches = (kind: string) => {
    const tree = f.text ? parseSearchQuery(f.text, 'text') : null;
    if (!tree) return sql``;
    return engine === 'sqlite'
      ? sql`SELECT ref_id FROM search_index WHERE search_index MATCH ${toFts5(tree)} AND kind = ${kind}`
      : sql`SELECT ref_id FROM search_index WHERE document @@ to_tsquery('parley_english', parley_unaccent(${toTsquery(tree)})) AND kind = ${kind}`;
  };
  return (s: typeof statements): SQL => {
    const parts: SQL[] = [sql`${s.status} = ${f.status ?? 'PUBLISHED'}`];
    if (f.speakerId != null) parts.push(sql`${s.speakerId} = ${f.speakerId}`);
    // The few actors on that side first, then the speaker index: not a side computed per statement.
    if (f.side) {
      parts.push(sql`${s.speakerId} IN (SELECT a.id FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE ${sql.raw(SIDE_SQL)} = ${f.side})`);
    }
    if (f.roundId != null) parts.push(sql`${s.roundId} = ${f.roundId}`);
    if (f.channel) parts.push(sql`${s.channel} = ${f.channel}`);
    if (f.act) parts.push(sql`${s.act} = ${f.act}`);
    if (f.from) parts.push(sql`${s.saidOn} >= ${f.from}`);
    if (f.to) parts.push(sql`${s.saidOn} <= ${f.to}`);
    if (f.targetId != null) {
      parts.push(sql`${s.id} IN (SELECT statement_id FROM statement_targets WHERE actor_id = ${f.targetId})`);
    }
    if (f.topic) parts.push(sql`${s.id} IN (SELECT statement_id FROM statement_topics WHERE topic = ${f.topic})`);
    if (f.text) {
      parts.push(sql`${s.id} IN (
        ${matches('STATEMENT')}
        UNION SELECT statement_id FROM quotes WHERE link = 'CONFIRMED' AND retracted_at IS NULL AND id IN (${matches('QUOTE')}))`);
    }
    return and(...parts)!;
  };
}

/** Whether one statement passes a filter: the live-update check, using the same predicate as queries. */
export async function statementMatches(db: ParleyDb, id: number, f: StatementFilterValues): Promise<boolean> {
  // Every subscriber asks about the same new statement, most with the same filter: answered once per
  // (statement, filter) while the database is unchanged, not once per subscriber (bench: fan-out).
  let memo = verdicts.get(db);
  if (!memo) verdicts.set(db, (memo = { epoch: writeEpoch(db), at: '', answers: new Map() }));
  const now = memo.epoch();
  if (now !== memo.at || memo.answers.size > 10_000) {
    memo.at = now;
    memo.answers.clear();
  }
  const key = `${id}|${JSON.stringify(f)}`;
  let verdict = memo.answers.get(key);
  if (verdict === undefined) {
    const rows = await db
      .select({ one: sql`1` })
      .from(statements)
      .where(and(sql`${statements.id} = ${id}`, statementWhere(f, engineOf(db))(statements)))
      .limit(1);
    verdict = rows.length > 0;
    memo.answers.set(key, verdict);
  }
  return verdict;
}

const verdicts = new WeakMap<ParleyDb, { epoch: () => string; at: string; answers: Map<string, boolean> }>();
