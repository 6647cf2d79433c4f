'use client';
import type { WatchItem } from '@/graphql/alert-fragments.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { formatDateTime, label, plural } from '@/lib/format.ts';
import { Empty } from '@/components/States.tsx';

export type Watch = ResultOf<typeof WatchItem>;

/** The rule in words; filters carry database ids, so only their shape is named. */
function ruleText(w: Watch): string {
  const rule = (w.rule ?? {}) as Record<string, unknown>;
  if (w.kind === 'THRESHOLD') return `${String(rule.side)} daily mean ${label(String(rule.mode))} ${String(rule.value)}`;
  if (w.kind === 'ROUND_STATUS') return rule.roundId == null ? 'any round’s status' : 'one round’s status';
  if (w.kind === 'CLAIM_STANCE')
    return `${rule.claimId == null ? 'any claim' : 'one claim'}: ${(rule.stances as string[] | undefined)?.map(label).join(', ') || 'asserts, denies'}`;
  const filter = (rule.filter ?? {}) as Record<string, unknown>;
  const parts = Object.entries(filter)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => (k === 'text' || k === 'topic' ? `${k} “${String(v)}”` : k === 'act' ? label(String(v)) : `one ${k}`));
  return parts.length ? `new statements with ${parts.join(', ')}` : 'every new statement';
}

export function WatchList({ watches, busy, onToggle }: { watches: Watch[]; busy: string | null; onToggle: (w: Watch) => void }) {
  if (watches.length === 0) return <Empty>No watches yet. Save one below and its alerts appear above as they fire.</Empty>;
  return (
    <ul className="plain-list watch-list" data-testid="watches">
      {watches.map((w) => (
        <li key={w.id} className={`watch-row${w.status === 'PAUSED' ? ' watch-paused' : ''}`}>
          <div>
            <strong>{w.name}</strong> <span className="badge">{label(w.status)}</span>
            <p className="muted">
              {label(w.kind)}: {ruleText(w)}
              {w.webhookUrl ? ` — posts to ${w.webhookUrl}` : ''} — {plural(w.alerts.totalCount, 'alert')}, since {formatDateTime(w.createdAt)}
            </p>
          </div>
          <button
            type="button"
            className="button-secondary"
            disabled={busy === w.id}
            onClick={() => onToggle(w)}
            aria-label={`${w.status === 'PAUSED' ? 'Resume' : 'Pause'} watch ${w.name}`}
          >
            {w.status === 'PAUSED' ? 'Resume' : 'Pause'}
          </button>
        </li>
      ))}
    </ul>
  );
}
