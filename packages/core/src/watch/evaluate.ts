// Evaluates the active watches against the public sync feed, from where the last evaluation stopped. The
// feed already holds every public change in commit order, so a watch sees exactly what the public sees,
// nothing is missed across restarts, and several API processes can share the work: the cursor moves by
// compare-and-set inside the same transaction as the alerts it produced.
import { SIDE_SQL } from '../domain/side.ts';
import { statementMatches, type StatementFilterValues } from '../domain/statement-filter.ts';
import { userError } from '../errors.ts';
import { preparedOn } from '../sync/projections.ts';
import { write, type CommandContext } from '../write/transaction.ts';
import { publicEvidence, statementEvidence } from './evidence.ts';
import type { ThresholdMode } from '../commands/watches.ts';

interface Entry {
  id: number;
  at: string;
  entity: string;
  entityId: number;
  globalId: string;
  kind: string;
  data: string | null;
}
interface Watch {
  id: number;
  kind: string;
  rule: string;
  webhookUrl: string | null;
  createdAt: string;
}
interface Fired {
  triggerKey: string;
  summary: string;
  evidence: unknown;
}

const SIDE = `SELECT ${SIDE_SQL} AS side FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.id = ?`;
const DAY = `SELECT count(*) AS n, avg(s.intensity) AS mean FROM statements s JOIN occasions o ON o.id = s.occasion_id
  WHERE s.status = 'PUBLISHED' AND s.said_on = ? AND o.date_precision != 'MONTH'
    AND (SELECT ${SIDE_SQL} FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.id = s.speaker_id) = ?`;
const PREVIOUS = `SELECT data FROM sync_log WHERE entity = ? AND entity_id = ? AND id < ? ORDER BY id DESC LIMIT 1`;

const quoteOf = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

function onStatement(ctx: CommandContext, watch: Watch, rule: any, e: Entry): Fired[] {
  const client = ctx.db.$client;
  if (e.entity !== 'Statement' || e.kind !== 'CREATED') return [];
  if (watch.kind === 'STATEMENT') {
    if (!statementMatches(ctx.db, e.entityId, { ...(rule.filter as StatementFilterValues), status: 'PUBLISHED' })) return [];
    const s = statementEvidence(client, e.entityId, '');
    if (!s) return [];
    const sideOf = (preparedOn(client, SIDE).get(s.speakerId) as { side: string }).side;
    const evidence = publicEvidence({ ...s, speaker: { ...s.speaker, side: sideOf } });
    return [
      {
        triggerKey: `statement:${e.entityId}`,
        summary: `${s.speaker.name}: “${quoteOf(s.text)}” (${s.act}, ${s.saidOn})`,
        evidence: { statements: [evidence] },
      },
    ];
  }
  if (watch.kind !== 'THRESHOLD') return [];
  const facts = statementEvidence(client, e.entityId, '');
  if (!facts || facts.datePrecision === 'MONTH') return [];
  const side = (preparedOn(client, SIDE).get(facts.speakerId) as { side: string }).side;
  if (side !== rule.side) return [];
  const day = preparedOn(client, DAY).get(facts.saidOn, side) as { n: number; mean: number };
  const before = day.n > 1 ? (day.mean * day.n - facts.intensity) / (day.n - 1) : null;
  const after = day.mean;
  const mode = rule.mode as ThresholdMode;
  let fired = false;
  let previousDay: { n: number; mean: number | null } | null = null;
  if (mode === 'BELOW') fired = after <= rule.value && (before === null || before > rule.value);
  else if (mode === 'ABOVE') fired = after >= rule.value && (before === null || before < rule.value);
  else {
    const prev = new Date(Date.parse(`${facts.saidOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    previousDay = preparedOn(client, DAY).get(prev, side) as { n: number; mean: number | null };
    if (previousDay.n > 0) {
      const moved = (m: number | null) => (m === null ? 0 : Math.abs(m - previousDay!.mean!));
      fired = moved(after) >= rule.value && moved(before) < rule.value;
    }
  }
  if (!fired) return [];
  return [
    {
      triggerKey: `threshold:${facts.saidOn}`,
      summary: `${side} mean intensity on ${facts.saidOn} ${mode === 'DAY_CHANGE' ? `moved ${(after - previousDay!.mean!).toFixed(2)} from the day before` : `${mode === 'BELOW' ? 'fell to' : 'rose to'} ${after.toFixed(2)}`}`,
      evidence: {
        side,
        day: facts.saidOn,
        mode,
        value: rule.value,
        before: { statements: day.n - 1, meanIntensity: before },
        after: { statements: day.n, meanIntensity: after },
        ...(previousDay ? { previousDay: { statements: previousDay.n, meanIntensity: previousDay.mean } } : {}),
        statements: [publicEvidence({ ...facts, speaker: { ...facts.speaker, side } })],
      },
    },
  ];
}

function onRoundOrClaim(ctx: CommandContext, watch: Watch, rule: any, e: Entry): Fired[] {
  if (e.kind !== 'UPDATED' || e.data === null) return [];
  const previousData = (preparedOn(ctx.db.$client, PREVIOUS).get(e.entity, e.entityId, e.id) as { data: string | null } | undefined)?.data;
  if (!previousData) return [];
  const [now, before] = [JSON.parse(e.data), JSON.parse(previousData)];
  if (watch.kind === 'ROUND_STATUS' && e.entity === 'NegotiationRound') {
    if (rule.roundId != null && rule.roundId !== e.entityId) return [];
    if (now.status === before.status) return [];
    const latest = now.updates.at(-1) ?? null;
    return [
      {
        triggerKey: `round:${e.id}`,
        summary: `${now.title}: ${before.status} → ${now.status}`,
        evidence: {
          round: { id: e.globalId, title: now.title },
          before: { status: before.status, outcome: before.outcome },
          after: { status: now.status, outcome: now.outcome },
          update: latest,
        },
      },
    ];
  }
  if (watch.kind === 'CLAIM_STANCE' && e.entity === 'Claim') {
    if (rule.claimId != null && rule.claimId !== e.entityId) return [];
    const known = new Set(before.stances.map((s: any) => s.id));
    const wanted: string[] = rule.stances?.length ? rule.stances : ['ASSERTS', 'DENIES'];
    return now.stances
      .filter((s: any) => !known.has(s.id) && wanted.includes(s.stance))
      .map((s: any) => {
        const statementId = s.statement ? Number(Buffer.from(s.statement, 'base64').toString().split(':')[1]) : null;
        const said = statementId ? statementEvidence(ctx.db.$client, statementId, '') : null;
        return {
          triggerKey: `stance:${s.id}`,
          summary: `New ${s.stance} of “${quoteOf(now.text)}”`,
          evidence: { claim: { id: e.globalId, text: now.text }, stance: s, statements: said ? [publicEvidence(said)] : [] },
        };
      });
  }
  return [];
}

const CURSOR = `SELECT position FROM watch_cursor WHERE name = 'watches'`;

/**
 * Evaluates up to `batch` new feed entries. Returns how many it consumed (0 when caught up), and the ids of
 * the alerts raised (already announced on alertRaised).
 */
export function evaluateWatches(ctx: CommandContext, batch = 200): { consumed: number; alerts: number[] } {
  const client = ctx.db.$client;
  const position = (preparedOn(client, CURSOR).get() as { position: number } | undefined)?.position ?? 0;
  const newest = preparedOn(client, 'SELECT coalesce(max(id), 0) AS id FROM sync_log').get() as { id: number };
  if (newest.id <= position) return { consumed: 0, alerts: [] };
  return write(
    ctx,
    (scope) => {
      const entries = preparedOn(
        client,
        `SELECT id, at, entity, entity_id AS entityId, global_id AS globalId, kind, data FROM sync_log WHERE id > ? ORDER BY id LIMIT ?`,
      ).all(position, batch) as Entry[];
      const active = preparedOn(
        client,
        `SELECT id, kind, rule, webhook_url AS webhookUrl, created_at AS createdAt FROM watches WHERE status = 'ACTIVE'`,
      ).all() as Watch[];
      const raised: number[] = [];
      const insertAlert = preparedOn(
        client,
        `INSERT INTO alerts (watch_id, trigger_key, summary, evidence) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
      );
      const insertDelivery = preparedOn(client, `INSERT INTO deliveries (alert_id, url) VALUES (?, ?)`);
      for (const e of entries) {
        for (const watch of active) {
          // A watch reports what happens after it was made, not what the feed held before.
          if (e.at < watch.createdAt) continue;
          const rule = JSON.parse(watch.rule);
          for (const fired of [...onStatement(ctx, watch, rule, e), ...onRoundOrClaim(ctx, watch, rule, e)]) {
            const row = insertAlert.get(watch.id, fired.triggerKey, fired.summary, JSON.stringify(fired.evidence)) as { id: number } | undefined;
            if (!row) continue;
            if (watch.webhookUrl) insertDelivery.run(row.id, watch.webhookUrl);
            raised.push(row.id);
            scope.publish('alertRaised', row.id);
          }
        }
      }
      const last = entries.at(-1)!.id;
      const moved = preparedOn(client, `UPDATE watch_cursor SET position = ? WHERE name = 'watches' AND position = ?`).run(last, position).changes;
      // Another process evaluated these entries first: roll back, so no alert is raised twice.
      if (moved !== 1) throw userError('CONFLICT', 'watches: evaluated elsewhere');
      return { consumed: entries.length, alerts: raised };
    },
    'watches',
  );
}
