// Webhook deliveries as rows: a delivery is claimed by one process for a while (a lease), attempted, and
// its outcome recorded; a failure is retried later with exponential backoff. All of it is in the database,
// so a receiver that is down, or an API that restarts, loses nothing.
import { queryRows } from '../db/engine.ts';
import { tagged } from '../sync/steps.ts';
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

const DUE = tagged(
  `SELECT id FROM deliveries WHERE status = 'PENDING' AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?) ORDER BY next_attempt_at LIMIT ?`,
);
const LOCK = `UPDATE deliveries SET locked_until = ? WHERE id = ? AND (locked_until IS NULL OR locked_until < ?) RETURNING id`;
// Aliases quoted: PostgreSQL would fold them to lower case. Evidence is json there, handed on as its text.
const LOAD = tagged(`SELECT d.id, d.alert_id AS "alertId", d.url, d.attempts, w.secret, w.id AS "watchId", w.name AS "watchName",
  a.at, a.summary, CAST(a.evidence AS TEXT) AS evidence FROM deliveries d JOIN alerts a ON a.id = d.alert_id JOIN watches w ON w.id = a.watch_id WHERE d.id = ?`);

/** Claims deliveries that are due and not held by another process, for `leaseMs`. */
export async function claimDeliveries(ctx: CommandContext, limit = 10, leaseMs = 60_000): Promise<DueDelivery[]> {
  const now = new Date().toISOString();
  const until = new Date(Date.now() + leaseMs).toISOString();
  if ((await queryRows(ctx.db, DUE, now, now, limit)).length === 0) return [];
  return write(
    ctx,
    async ({ tx }) => {
      const ids = (await queryRows<{ id: number }>(tx, DUE, now, now, limit)).map((r) => r.id);
      const claimed: DueDelivery[] = [];
      for (const id of ids) {
        if ((await queryRows(tx, LOCK, until, id, now)).length !== 1) continue;
        claimed.push((await queryRows<DueDelivery>(tx, LOAD, id))[0]!);
      }
      return claimed;
    },
    'webhooks',
  );
}

export interface AttemptOutcome {
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

const INSERT_ATTEMPT = `INSERT INTO delivery_attempts (delivery_id, http_status, error, duration_ms) VALUES (?, ?, ?, ?) RETURNING id`;
const ATTEMPTS = tagged(`SELECT attempts FROM deliveries WHERE id = ?`);
const SETTLE = `UPDATE deliveries SET attempts = ?, status = ?, locked_until = NULL, last_error = ?, delivered_at = ?, next_attempt_at = ? WHERE id = ? RETURNING id`;

/** Records one attempt; a 2xx answer delivers, anything else is retried after a backoff, until it gives up. */
export async function recordDeliveryAttempt(
  ctx: CommandContext,
  deliveryId: number,
  outcome: AttemptOutcome,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<'DELIVERED' | 'PENDING' | 'FAILED'> {
  return write(
    ctx,
    async ({ tx }) => {
      await queryRows(tx, INSERT_ATTEMPT, deliveryId, outcome.httpStatus, outcome.error, Math.round(outcome.durationMs));
      const { attempts } = (await queryRows<{ attempts: number }>(tx, ATTEMPTS, deliveryId))[0]!;
      const made = attempts + 1;
      const ok = outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
      const status = ok ? 'DELIVERED' : made >= policy.maxAttempts ? 'FAILED' : 'PENDING';
      const wait = Math.min(policy.maxMs, policy.baseMs * 2 ** (made - 1));
      await queryRows(
        tx,
        SETTLE,
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
