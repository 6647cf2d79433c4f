// Webhook deliveries as rows: a delivery is claimed by one process for a while (a lease), attempted, and
// its outcome recorded; a failure is retried later with exponential backoff. All of it is in the database,
// so a receiver that is down, or an API that restarts, loses nothing.
import { preparedOn } from '../sync/projections.ts';
import { write, type CommandContext } from '../write/transaction.ts';

export interface DueDelivery {
  id: number;
  alertId: number;
  url: string;
  attempts: number;
  secret: string;
  watchId: number;
  watchName: string;
  at: string;
  summary: string;
  evidence: string;
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 2_000, maxMs: 15 * 60_000, maxAttempts: 12 };

/** Claims deliveries that are due and not held by another process, for `leaseMs`. */
export function claimDeliveries(ctx: CommandContext, limit = 10, leaseMs = 60_000): DueDelivery[] {
  const now = new Date().toISOString();
  const until = new Date(Date.now() + leaseMs).toISOString();
  const client = ctx.db.$client;
  const due = preparedOn(
    client,
    `SELECT id FROM deliveries WHERE status = 'PENDING' AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?) ORDER BY next_attempt_at LIMIT ?`,
  );
  if (due.all(now, now, limit).length === 0) return [];
  return write(
    ctx,
    () => {
      const ids = (due.all(now, now, limit) as { id: number }[]).map((r) => r.id);
      const lock = preparedOn(client, `UPDATE deliveries SET locked_until = ? WHERE id = ? AND (locked_until IS NULL OR locked_until < ?)`);
      const taken = ids.filter((id) => lock.run(until, id, now).changes === 1);
      const load = preparedOn(
        client,
        `SELECT d.id, d.alert_id AS alertId, d.url, d.attempts, w.secret, w.id AS watchId, w.name AS watchName,
        a.at, a.summary, a.evidence FROM deliveries d JOIN alerts a ON a.id = d.alert_id JOIN watches w ON w.id = a.watch_id WHERE d.id = ?`,
      );
      return taken.map((id) => load.get(id) as DueDelivery);
    },
    'webhooks',
  );
}

export interface AttemptOutcome {
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

/** Records one attempt; a 2xx answer delivers, anything else is retried after a backoff, until it gives up. */
export function recordDeliveryAttempt(
  ctx: CommandContext,
  deliveryId: number,
  outcome: AttemptOutcome,
  policy: RetryPolicy = DEFAULT_RETRY,
): 'DELIVERED' | 'PENDING' | 'FAILED' {
  const client = ctx.db.$client;
  return write(
    ctx,
    () => {
      preparedOn(client, `INSERT INTO delivery_attempts (delivery_id, http_status, error, duration_ms) VALUES (?, ?, ?, ?)`).run(
        deliveryId,
        outcome.httpStatus,
        outcome.error,
        Math.round(outcome.durationMs),
      );
      const { attempts } = preparedOn(client, `SELECT attempts FROM deliveries WHERE id = ?`).get(deliveryId) as { attempts: number };
      const made = attempts + 1;
      const ok = outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
      const status = ok ? 'DELIVERED' : made >= policy.maxAttempts ? 'FAILED' : 'PENDING';
      const wait = Math.min(policy.maxMs, policy.baseMs * 2 ** (made - 1));
      preparedOn(
        client,
        `UPDATE deliveries SET attempts = ?, status = ?, locked_until = NULL, last_error = ?, delivered_at = ?, next_attempt_at = ? WHERE id = ?`,
      ).run(
        made,
        status,
        ok ? null : (outcome.error ?? `HTTP ${outcome.httpStatus}`),
        ok ? new Date().toISOString() : null,
        new Date(Date.now() + wait).toISOString(),
        deliveryId,
      );
      return status;
    },
    'webhooks',
  );
}
