// Watches and alerts: create, pause, resume and delete a watch; acknowledge an alert. Raising alerts and
// recording delivery attempts are in watch/ (they run from the API's evaluation and delivery loops).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { alerts, watches } from '../db/schema.ts';
import type { StatementFilterValues } from '../domain/statement-filter.ts';
import type { Side, Stance } from '../domain/enums.ts';
import { badInput, userError } from '../errors.ts';
import { catchUpWhenIdle } from '../watch/evaluate.ts';
import { first, mustFind, write, type CommandContext } from '../write/transaction.ts';

export type ThresholdMode = 'BELOW' | 'ABOVE' | 'DAY_CHANGE';

export type WatchRule =
  | { kind: 'STATEMENT'; filter: StatementFilterValues }
  | { kind: 'THRESHOLD'; side: Side; mode: ThresholdMode; value: number }
  | { kind: 'ROUND_STATUS'; roundId: number | null }
  | { kind: 'CLAIM_STANCE'; claimId: number | null; stances: Stance[] };

export interface WatchFields {
  name: string;
  rule: WatchRule;
  /** Already checked by the outbound guard (checkOutboundUrl), which needs DNS and so runs before the write. */
  webhookUrl?: string | null;
}

export type WatchRow = typeof watches.$inferSelect;

export async function createWatch(ctx: CommandContext, input: WatchFields): Promise<{ id: number; secret: string }> {
  if (input.rule.kind === 'THRESHOLD' && input.rule.mode === 'DAY_CHANGE' && input.rule.value <= 0) {
    throw badInput('input.threshold.value', 'a day-on-day change must be greater than 0');
  }
  const { kind, ...rule } = input.rule;
  const secret = randomBytes(24).toString('base64url');
  return write(ctx, async ({ tx, log, who }) => {
    await catchUpWhenIdle(tx);
    const row = (await first(
      tx
        .insert(watches)
        .values({ name: input.name, kind, rule, webhookUrl: input.webhookUrl ?? null, secret, createdBy: who, tokenId: ctx.viewer?.tokenId ?? null })
        .returning(),
    ))!;
    log('Watch', row.id, 'create', null, { ...row, secret: '(hidden)' });
    return { id: row.id, secret };
  });
}

async function setStatus(ctx: CommandContext, id: number, status: 'ACTIVE' | 'PAUSED'): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, watches, id, 'id', 'watch');
    if (before.status === status) return id;
    if (status === 'ACTIVE') await catchUpWhenIdle(tx);
    await tx.update(watches).set({ status }).where(eq(watches.id, id));
    log('Watch', id, status === 'PAUSED' ? 'pause' : 'resume', { status: before.status }, { status });
    return id;
  });
}

export const pauseWatch = (ctx: CommandContext, id: number) => setStatus(ctx, id, 'PAUSED');
export const resumeWatch = (ctx: CommandContext, id: number) => setStatus(ctx, id, 'ACTIVE');

/** Deletes a watch with its alerts and their deliveries. */
export async function deleteWatch(ctx: CommandContext, id: number): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, watches, id, 'id', 'watch');
    await tx.delete(watches).where(eq(watches.id, id));
    log('Watch', id, 'delete', { ...before, secret: '(hidden)' }, null);
    return id;
  });
}

export async function acknowledgeAlert(ctx: CommandContext, id: number): Promise<number> {
  return write(ctx, async ({ tx, log, who }) => {
    const before = await mustFind(tx, alerts, id, 'id', 'alert');
    if (before.acknowledgedAt) throw userError('CONFLICT', `id: this alert was acknowledged by ${before.acknowledgedBy} on ${before.acknowledgedAt}`, 'id');
    const at = new Date().toISOString();
    await tx.update(alerts).set({ acknowledgedAt: at, acknowledgedBy: who }).where(eq(alerts.id, id));
    log('Alert', id, 'acknowledge', null, { acknowledgedAt: at, acknowledgedBy: who });
    return id;
  });
}
