import type { ExecutionResult } from 'graphql';
import { Repeater, type Plugin } from 'graphql-yoga';
import type { ParleyContext } from './context.ts';
import type { ParleyDb } from '@parley/core';
import { prepared } from '@parley/core';
import { writeEpoch } from '@parley/core';

/**
 * Live events carry ids, and a reader that reconnects gets what it missed. An event's id is the change-log
 * id of the write it announces: stored in the database, monotonic, the same in every process and after a
 * restart. A client sends the last id it saw as `Last-Event-ID` (EventSource does so by itself) or as the
 * `lastEventId` query parameter; the subscription then replays, from the change log, the events after it
 * (at most REPLAY_LIMIT, the newest state of each statement or round once) before going live.
 */
export const REPLAY_LIMIT = 500;

export type LiveTopic = 'statementAdded' | 'roundUpdated';

const SQL: Record<LiveTopic, { replay: string; idOf: string }> = {
  statementAdded: {
    replay: `SELECT max(id) AS eventId, entity_id AS payload FROM changes
             WHERE id > ? AND entity = 'Statement' AND action IN ('create', 'publish')
             GROUP BY entity_id ORDER BY eventId LIMIT ${REPLAY_LIMIT}`,
    idOf: `SELECT max(id) AS eventId FROM changes WHERE entity = 'Statement' AND entity_id = ? AND action IN ('create', 'publish')`,
  },
  roundUpdated: {
    replay: `SELECT max(id) AS eventId, round AS payload FROM (
               SELECT id, CASE entity WHEN 'Demand' THEN json_extract(after, '$.roundId') ELSE entity_id END AS round FROM changes
               WHERE id > ? AND ((entity = 'NegotiationRound' AND action IN ('create', 'update', 'status')) OR entity = 'Demand'))
             WHERE round IS NOT NULL GROUP BY round ORDER BY eventId LIMIT ${REPLAY_LIMIT}`,
    idOf: `SELECT max(id) AS eventId FROM changes
           WHERE (entity = 'NegotiationRound' AND entity_id = ?) OR (entity = 'Demand' AND entity_id IN (SELECT id FROM demands WHERE round_id = ?))`,
  },
};

const delivering = new WeakMap<object, string>();
const EVENT_ID = Symbol('parley.eventId');

export function resumePointOf(request: Request): number | null {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
  return raw !== null && /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

const memos = new WeakMap<ParleyDb, { epoch: () => string; at: string; ids: Map<string, number | null> }>();

/** The id of the event announcing `payload`, answered once per write for all subscribers. */
function eventIdOf(db: ParleyDb, topic: LiveTopic, payload: number): number | null {
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

/** Wraps a topic's live source: replay after the reader's resume point first, then live events, each with its id. */
export function resumable(ctx: ParleyContext, topic: LiveTopic, source: AsyncIterable<number>): AsyncIterable<number> {
  // Yoga's context carries the request it was made for.
  const request = (ctx as { request?: Request }).request;
  const from = request ? resumePointOf(request) : null;
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
    if (from !== null) {
      const rows = prepared(ctx.db, SQL[topic].replay).all(from) as { eventId: number; payload: number }[];
      for (const row of rows) {
        if (stopped) return;
        delivering.set(ctx, String(row.eventId));
        replayedUpTo = row.eventId;
        await push(Number(row.payload));
      }
    }
    for (;;) {
      const step = await Promise.race([pending, stopping]);
      if (!step || step.done) break;
      const id = eventIdOf(ctx.db, topic, step.value);
      if (id === null || id > replayedUpTo) {
        if (id !== null) delivering.set(ctx, String(id));
        await push(step.value);
      }
      pending = iterator.next();
    }
    stop();
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Server-sent events with `id:` lines (Yoga's own SSE writer has none). */
function sseWithIds(result: unknown, fetchAPI: { ReadableStream: typeof ReadableStream; Response: typeof Response; TextEncoder: typeof TextEncoder }) {
  const encoder = new fetchAPI.TextEncoder();
  const iterator = (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
  let ping: NodeJS.Timeout | undefined;
  const stream = new fetchAPI.ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(':\n\n'));
      ping = setInterval(() => {
        if (controller.desiredSize === null) return clearInterval(ping);
        if (controller.desiredSize > 0) controller.enqueue(encoder.encode(':\n\n'));
      }, 12_000);
    },
    async pull(controller) {
      try {
        const step = await iterator.next();
        if (step.value != null) {
          const { data, errors, extensions } = step.value;
          const { http: _http, ...rest } = (extensions ?? {}) as Record<string, unknown>;
          const id = (step.value as { [EVENT_ID]?: string })[EVENT_ID];
          const body = JSON.stringify({ data, errors, extensions: Object.keys(rest).length ? rest : undefined });
          controller.enqueue(encoder.encode(`${id ? `id: ${id}\n` : ''}event: next\ndata: ${body}\n\n`));
        }
        if (step.done) {
          controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
          clearInterval(ping);
          controller.close();
        }
      } catch (error) {
        clearInterval(ping);
        controller.error(error);
      }
    },
    async cancel() {
      clearInterval(ping);
      await iterator.return?.();
    },
  });
  return new fetchAPI.Response(stream, {
    status: 200,
    headers: { 'content-type': 'text/event-stream', connection: 'keep-alive', 'cache-control': 'no-cache', 'content-encoding': 'none' },
  });
}

/** Tags each live result with its event id and writes SSE streams with `id:` lines. */
export function liveEventIds(): Plugin {
  return {
    onSubscribe() {
      return {
        onSubscribeResult({ args }) {
          const ctx = args.contextValue as object;
          return {
            onNext({ result, setResult }) {
              const id = delivering.get(ctx);
              if (id) setResult(Object.defineProperty({ ...result }, EVENT_ID, { value: id, enumerable: false }));
            },
          };
        },
      };
    },
    onResultProcess({ request, result, setResultProcessor }) {
      if (isAsyncIterable(result) && (request.headers.get('accept') ?? '').includes('text/event-stream')) {
        setResultProcessor(sseWithIds as never, 'text/event-stream');
      }
    },
  };
}
