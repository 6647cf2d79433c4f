// Evaluates the active watches against the public sync feed, from where the last evaluation stopped. The
// feed already holds every public change in commit order, so a watch sees exactly what the public sees,
// nothing is missed across restarts, and several API processes can share the work: the cursor moves by
// compare-and-set inside the same transaction as the alerts it produced.
import { execute, queryRows } from '../db/engine.ts';
import { SIDE_SQL } from '../domain/side.ts';
import { statementMatches, type StatementFilterValues } from '../domain/statement-filter.ts';
import { userError } from '../errors.ts';
import { tagged } from '../sync/steps.ts';
import { type Tx, write, type CommandContext } from '../write/transaction.ts';
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

// Tagged as the feed's bookkeeping, as they always were (tests that count a request's reads leave them out).
const SIDE = tagged(`SELECT ${SIDE_SQL} AS side FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.id = ?`);
const DAY = tagged(`SELECT count(*) AS n, avg(s.intensity) AS mean FROM statements s JOIN occasions o ON o.id = s.occasion_id
  WHERE s.status = 'PUBLISHED' AND s.said_on = ? AND o.date_precision != 'MONTH'
    AND (SELECT ${SIDE_SQL} FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.id = s.speaker_id) = ?`);
const PREVIOUS = tagged(`SELECT data FROM sync_log WHERE entity = ? AND entity_id = ? AND id < ? ORDER BY id DESC LIMIT 1`);

const sideOf = async (tx: Tx, actorId: number) => (await queryRows<{ side: string }>(tx, SIDE, actorId))[0]!.side;
const dayOf = async (tx: Tx, day: string, side: string) => (await queryRows<{ n: number; mean: number | null }>(tx, DAY, day, side))[0]!;

const quoteOf = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

async function onStatement(tx: Tx, watch: Watch, rule: any, e: Entry): Promise<Fired[]> {
  if (e.entity !== 'Statement' || e.kind !== 'CREATED') return [];
  if (watch.kind === 'STATEMENT') {
    if (!(await statementMatches(tx, e.entityId, { ...(rule.filter as StatementFilterValues), status: 'PUBLISHED' }))) return [];
    const s = await statementEvidence(tx, e.entityId, '');
    if (!s) return [];
    const evidence = publicEvidence({ ...s, speaker: { ...s.speaker, side: await sideOf(tx, s.speakerId) } });
    return [
      {
        triggerKey: `statement:${e.entityId}`,
        summary: `${s.speaker.name}: “${quoteOf(s.text)}” (${s.act}, ${s.saidOn})`,
        evidence: { statements: [evidence] },
      },
    ];
  }
  if (watch.kind !== 'THRESHOLD') return [];
  const facts = await statementEvidence(tx, e.entityId, '');
  if (!facts || facts.datePrecision === 'MONTH') return [];
  const side = await sideOf(tx, facts.speakerId);
  if (side !== rule.side) return [];
  const day = (await dayOf(tx, facts.saidOn, side)) as { n: number; mean: number };
  const before = day.n > 1 ? (day.mean * day.n - facts.intensity) / (day.n - 1) : null;
  const after = day.mean;
  const mode = rule.mode as ThresholdMode;
  let fired = false;
  let previousDay: { n: number; mean: number | null } | null = null;
  if (mode === 'BELOW') fired = after <= rule.value && (before === null || before > rule.value);
  else if (mode === 'ABOVE') fired = after >= rule.value && (before === null || before < rule.value);
  else {
    const prev = new Date(Date.parse(`${facts.saidOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    previousDay = await dayOf(tx, prev, side);
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

async function onRoundOrClaim(tx: Tx, watch: Watch, rule: any, e: Entry): Promise<Fired[]> {
  if (e.kind !== 'UPDATED' || e.data === null) return [];
  const previousData = (await queryRows<{ data: string | null }>(tx, PREVIOUS, e.entity, e.entityId, e.id))[0]?.data;
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
    const fired: Fired[] = [];
    for (const s of now.stances.filter((s: any) => !known.has(s.id) && wanted.includes(s.stance))) {
      const statementId = s.statement ? Number(Buffer.from(s.statement, 'base64').toString().split(':')[1]) : null;
      const said = statementId ? await statementEvidence(tx, statementId, '') : null;
      fired.push({
        triggerKey: `stance:${s.id}`,
        summary: `New ${s.stance} of “${quoteOf(now.text)}”`,
        evidence: { claim: { id: e.globalId, text: now.text }, stance: s, statements: said ? [publicEvidence(said)] : [] },
      });
    }
    return fired;
  }
  return [];
}

const CURSOR = tagged(`SELECT position FROM watch_cursor WHERE name = 'watches'`);
const NEWEST = tagged('SELECT coalesce(max(id), 0) AS id FROM sync_log');
// Aliases quoted: PostgreSQL would fold them to lower case. A rule is json on PostgreSQL, read as its text.
const ENTRIES = tagged(`SELECT id, at, entity, entity_id AS "entityId", global_id AS "globalId", kind, data FROM sync_log WHERE id > ? ORDER BY id LIMIT ?`);
const ACTIVE = tagged(
  `SELECT id, kind, CAST(rule AS TEXT) AS rule, webhook_url AS "webhookUrl", created_at AS "createdAt" FROM watches WHERE status = 'ACTIVE'`,
);
const INSERT_ALERT = `INSERT INTO alerts (watch_id, trigger_key, summary, evidence) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`;
const INSERT_DELIVERY = `INSERT INTO deliveries (alert_id, url) VALUES (?, ?) RETURNING id`;
const MOVE = `UPDATE watch_cursor SET position = ? WHERE name = 'watches' AND position = ? RETURNING name`;

const CATCH_UP = `UPDATE watch_cursor SET position = (SELECT coalesce(max(id), 0) FROM sync_log)
  WHERE name = 'watches' AND NOT EXISTS (SELECT 1 FROM watches WHERE status = 'ACTIVE')`;

/**
 * Inside the write that makes or resumes a watch: when no other watch is active, the cursor stood still
 * (evaluateWatches) and moves to the end of the feed, so a watch reports only what happens after it is active.
 */
export const catchUpWhenIdle = (tx: Tx) => execute(tx, CATCH_UP);

/**
 * Evaluates up to `batch` new feed entries. Returns how many it consumed (0 when caught up), and the ids of
 * the alerts raised (already announced on alertRaised).
 */
export async function evaluateWatches(ctx: CommandContext, batch = 200): Promise<{ consumed: number; alerts: number[] }> {
  const position = (await queryRows<{ position: number }>(ctx.db, CURSOR))[0]?.position ?? 0;
  const [newest] = await queryRows<{ id: number }>(ctx.db, NEWEST);
  if (newest!.id <= position) return { consumed: 0, alerts: [] };
  // With no watch active there is nothing to raise, and moving the cursor would be a write after every write (one
  // more end to every cached answer); the first watch made or resumed moves it instead (catchUpWhenIdle).
  if ((await queryRows(ctx.db, ACTIVE)).length === 0) return { consumed: 0, alerts: [] };
  return write(
    ctx,
    async (scope) => {
      const { tx } = scope;
      const entries = await queryRows<Entry>(tx, ENTRIES, position, batch);
      const active = await queryRows<Watch>(tx, ACTIVE);
      const raised: number[] = [];
      for (const e of entries) {
        for (const watch of active) {
          // A watch reports what happens after it was made, not what the feed held before.
          if (e.at < watch.createdAt) continue;
          const rule = JSON.parse(watch.rule);
          for (const fired of [...(await onStatement(tx, watch, rule, e)), ...(await onRoundOrClaim(tx, watch, rule, e))]) {
            const [row] = await queryRows<{ id: number }>(tx, INSERT_ALERT, watch.id, fired.triggerKey, fired.summary, JSON.stringify(fired.evidence));
            if (!row) continue;
            if (watch.webhookUrl) await queryRows(tx, INSERT_DELIVERY, row.id, watch.webhookUrl);
            raised.push(row.id);
            scope.publish('alertRaised', row.id);
          }
        }
      }
      const last = entries.at(-1)!.id;
      const moved = (await queryRows(tx, MOVE, last, position)).length;
      // Another process evaluated these entries first: roll back, so no alert is raised twice.
      if (moved !== 1) throw userError('CONFLICT', 'watches: evaluated elsewhere');
      return { consumed: entries.length, alerts: raised };
    },
    'watches',
  );
}
