import { Repeater } from 'graphql-yoga';
import type { ParleyContext } from './context.ts';
import type { ParleyDb } from '@parley/core';
import { isSqlite, prepared, queryRows, writeEpoch } from '@parley/core';

/**
 * Live events carry ids, and a reader that reconnects gets what it missed. An event's id is the change-log
 * id of the write it announces: stored in the database, monotonic, the same in every process and after a
 * restart. A client sends the last id it saw as `Last-Event-ID` (EventSource does so by itself) or as the
 * `lastEventId` query parameter; the subscription then replays, from the change log, the events after it
 * (at most REPLAY_LIMIT, the newest state of each statement or round once) before going live.
 */
export const REPLAY_LIMIT = 500;

export type LiveTopic = 'statementAdded' | 'roundUpdated';

// "eventId" is quoted so that PostgreSQL keeps its case; a demand's round is read from its logged row, which
// each engine's JSON functions spell differently.
const roundOfDemand = { sqlite: `json_extract(after, '$.roundId')`, postgres: `(after->>'roundId')::int` };
const roundReplay = (roundOf: string) => `SELECT max(id) AS "eventId", round AS payload FROM (
    SELECT id, CASE entity WHEN 'Demand' THEN ${roundOf} ELSE entity_id END AS round FROM changes
    WHERE id > ? AND ((entity = 'NegotiationRound' AND action IN ('create', 'update', 'status')) OR entity = 'Demand')) AS touched
  WHERE round IS NOT NULL GROUP BY round ORDER BY "eventId" LIMIT ${REPLAY_LIMIT}`;

const statementReplay = `SELECT max(id) AS "eventId", entity_id AS payload FROM changes
  WHERE id > ? AND entity = 'Statement' AND action IN ('create', 'publish')
  GROUP BY entity_id ORDER BY "eventId" LIMIT ${REPLAY_LIMIT}`;

const SQL: Record<LiveTopic, { replay: { sqlite: string; postgres: string }; idOf: string }> = {
  statementAdded: {
    replay: { sqlite: statementReplay, postgres: statementReplay },
    idOf: `SELECT max(id) AS "eventId" FROM changes WHERE entity = 'Statement' AND entity_id = ? AND action IN ('create', 'publish')`,
  },
  roundUpdated: {
    replay: { sqlite: roundReplay(roundOfDemand.sqlite), postgres: roundReplay(roundOfDemand.postgres) },
    idOf: `SELECT max(id) AS "eventId" FROM changes
           WHERE (entity = 'NegotiationRound' AND entity_id = ?) OR (entity = 'Demand' AND entity_id IN (SELECT id FROM demands WHERE round_id = ?))`,
  },
};

const replaySql = (db: ParleyDb, topic: LiveTopic) => SQL[topic].replay[isSqlite(db) ? 'sqlite' : 'postgres'];

const replayOnly = new WeakSet<object>();

export function resumePointOf(request: Request): number | null {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
  return raw !== null && /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

/** The subscription's own stream will only replay what its reader missed; the live hub sends the rest. */
export function markReplayOnly(ctx: object): void {
  replayOnly.add(ctx);
}

export const isLiveTopic = (name: string): name is LiveTopic => name in SQL;

const memos = new WeakMap<ParleyDb, { epoch: () => string; at: string; ids: Map<string, number | null> }>();

/**
 * The id of the event announcing `payload`, answered once per write for all subscribers: the newest change
 * that made it news, which is also what a replay after an older id reports for it.
 */
export function eventIdOf(db: ParleyDb, topic: LiveTopic, payload: number): number | null | Promise<number | null> {
  // PostgreSQL has no synchronous epoch to memoize under: one round trip per event (per group, not per subscriber).
  if (!isSqlite(db)) return eventIdOnServer(db, topic, payload);
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = { epoch: writeEpoch(db), at: '', ids: new Map() }));
  const now = memo.epoch();
  if (now !== memo.at) {
    memo.at = now;
    memo.ids.clear();
  }
  const key = `${topic}:${payload}`;
  if (!memo.ids.has(key)) {
    const statement = prepared(db, SQL[topic].idOf);
    const row = statement.get(...Array<number>(statement.source.split('?').length - 1).fill(payload)) as { eventId: number | null } | undefined;
    memo.ids.set(key, row?.eventId ?? null);
  }
  return memo.ids.get(key)!;
}

async function eventIdOnServer(db: ParleyDb, topic: LiveTopic, payload: number): Promise<number | null> {
  const params = Array<number>(SQL[topic].idOf.split('?').length - 1).fill(payload);
  const [row] = await queryRows<{ eventId: number | null }>(db, SQL[topic].idOf, ...params);
  return row?.eventId ?? null;
}

/** Read on the first next(), not before: the live hub starts its group listening first, so nothing is lost. */
function replayAfter(ctx: ParleyContext, topic: LiveTopic, from: number | null): AsyncIterable<number> {
  return (async function* () {
    if (from === null) return;
    for (const row of await queryRows<{ payload: number }>(ctx.db, replaySql(ctx.db, topic), from)) yield Number(row.payload);
  })();
}

/**
 * Wraps a topic's live source: replay after the reader's resume point first, then live events. Ids are not
 * carried here but looked up by whoever writes the event (eventIdOf). Three uses: the live hub's shared
 * stream has no request (live only); a hub subscriber's own stream is marked replay-only; any other
 * transport gets both, in order, each event once.
 */
export function resumable(ctx: ParleyContext, topic: LiveTopic, source: AsyncIterable<number>): AsyncIterable<number> {
  // Yoga's context carries the request it was made for.
  const request = (ctx as { request?: Request }).request;
  const from = request ? resumePointOf(request) : null;
  if (replayOnly.has(ctx)) return replayAfter(ctx, topic, from);
  if (from === null) return source;
  return new Repeater<number>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    let stopped = false;
    const stopping = stop.then(() => {
      stopped = true;
      void iterator.return?.();
      return null;
    });
    // Listening starts before the replay is read, so nothing written in between is lost.
    let pending = iterator.next();
    let replayedUpTo = 0;
    const rows = await queryRows<{ eventId: number; payload: number }>(ctx.db, replaySql(ctx.db, topic), from);
    for (const row of rows) {
      if (stopped) return;
      replayedUpTo = row.eventId;
      await push(Number(row.payload));
    }
    for (;;) {
      const step = await Promise.race([pending, stopping]);
      if (!step || step.done) break;
      const id = await eventIdOf(ctx.db, topic, step.value);
      if (id === null || id > replayedUpTo) await push(step.value);
      pending = iterator.next();
    }
    stop();
  });
}
