// Runs the watches in the API process: evaluation after each commit, and webhook delivery.
//
// Evaluation reads the public sync feed from a cursor stored in the database (core's evaluateWatches).
// It is woken at once by the pubsub topics a commit publishes, and polls every PARLEY_WATCH_POLL_MS as
// well, because not every write publishes (claims do not) and writes from other processes (the CLI,
// sibling workers without Redis) reach this one only through the file. Nothing is lost across restarts:
// the cursor and the pending deliveries are rows. Several processes can run this at once: the cursor moves
// by compare-and-set and each delivery is leased by one process at a time.
import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  checkOutboundUrl,
  claimDeliveries,
  evaluateWatches,
  globalId,
  guardedLookup,
  isParleyError,
  recordDeliveryAttempt,
  type DueDelivery,
  type ParleyDb,
  type RetryPolicy,
} from '@parley/core';
import type { ParleyPubSub } from '@parley/schema';

export interface WatchEngineOptions {
  pollMs: number;
  retry: RetryPolicy;
  timeoutMs?: number;
}

export interface WatchEngine {
  /** Evaluates and delivers now (tests and wake-ups call it). */
  kick(): void;
  stop(): Promise<void>;
}

/** The signature a receiver checks: HMAC-SHA256 of the exact body with the watch's secret, hex. */
export const signBody = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

function post(url: URL, body: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
        lookup: guardedLookup(),
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

export function startWatchEngine(db: ParleyDb, pubsub: ParleyPubSub, options: WatchEngineOptions): WatchEngine {
  const ctx = { db, pubsub, viewer: null };
  let stopped = false;
  let evaluating: Promise<void> | null = null;
  let delivering: Promise<void> | null = null;

  const evaluateAll = async () => {
    for (;;) {
      let consumed = 0;
      try {
        consumed = (await evaluateWatches(ctx)).consumed;
      } catch (error) {
        if (!(isParleyError(error) && error.code === 'CONFLICT')) throw error;
      }
      if (consumed === 0) break;
    }
  };

  // A wake-up that arrives while an evaluation is running (it awaits the database now) runs it once more.
  let again = false;
  const evaluate = async (): Promise<void> => {
    if (stopped) return;
    if (evaluating !== null) {
      again = true;
      return;
    }
    evaluating = (async () => {
      do {
        again = false;
        await evaluateAll();
      } while (again && !stopped);
    })();
    try {
      await evaluating;
    } finally {
      evaluating = null;
    }
    void deliver();
  };

  async function attempt(d: DueDelivery): Promise<void> {
    const started = performance.now();
    const body = JSON.stringify({
      alert: {
        id: globalId('Alert', d.alertId),
        watch: { id: globalId('Watch', d.watchId), name: d.watchName },
        at: d.at,
        summary: d.summary,
        evidence: JSON.parse(d.evidence),
      },
    });
    let httpStatus: number | null = null;
    let error: string | null = null;
    try {
      // Checked again now, not only when the watch was made: the host may resolve elsewhere today.
      const url = await checkOutboundUrl(d.url, 'webhookUrl');
      httpStatus = await post(url, body, { 'parley-signature': signBody(d.secret, body), 'parley-delivery': String(d.id) }, options.timeoutMs ?? 10_000);
      if (httpStatus < 200 || httpStatus >= 300) error = `HTTP ${httpStatus}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (!stopped || db.$client.open) await recordDeliveryAttempt(ctx, d.id, { httpStatus, error, durationMs: performance.now() - started }, options.retry);
  }

  const deliver = (): Promise<void> => {
    if (delivering || stopped) return delivering ?? Promise.resolve();
    const run = async () => {
      await Promise.resolve(); // so that `delivering` is set before the loop can finish
      for (let due = await claimDeliveries(ctx); due.length && !stopped; due = await claimDeliveries(ctx)) await Promise.all(due.map(attempt));
    };
    delivering = run()
      .catch((error) => {
        if (!stopped) console.error('webhooks:', error instanceof Error ? error.message : error);
      })
      .finally(() => {
        delivering = null;
      });
    return delivering;
  };

  const report = (error: unknown) => {
    if (!stopped) console.error('watches:', error instanceof Error ? error.message : error);
  };
  const safely = (fn: () => Promise<void>) => () => void fn().catch(report);
  // Delivery starts once evaluation is done, so the deliveries it queued go out on this tick.
  const timer = setInterval(
    safely(async () => {
      await evaluate();
      await deliver();
    }),
    options.pollMs,
  );
  timer.unref();
  // Wake on commits this process hears of, instead of waiting for the next poll.
  const listeners = (['statementAdded', 'roundUpdated'] as const).map((topic) => {
    const iterator = pubsub.subscribe(topic)[Symbol.asyncIterator]();
    void (async () => {
      while (!stopped) {
        const next = await iterator.next();
        if (next.done) break;
        setImmediate(safely(evaluate));
      }
    })();
    return iterator;
  });
  setImmediate(safely(evaluate));

  return {
    kick: safely(evaluate),
    async stop() {
      stopped = true;
      clearInterval(timer);
      for (const l of listeners) await l.return?.();
      await evaluating?.catch(() => {});
      await delivering;
    },
  };
}
