'use client';
import Link from 'next/link';
import { ActBadge, SideBadge, StatusBadge } from '@/components/Badges.tsx';
import type { AlertItem } from '@/graphql/alert-fragments.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { formatDate, formatDateTime, formatIntensity, label, plural, sideName } from '@/lib/format.ts';
import { hrefFor, quoteAnchor } from '@/lib/ref.ts';
import { type EvidenceStatement, type Figures, readEvidence } from './alert-evidence.ts';

export type Alert = ResultOf<typeof AlertItem>;

const mean = (f: Figures) => (f.meanIntensity === null ? '—' : formatIntensity(f.meanIntensity));

/** One alert: what fired, when, and the evidence that made it fire. */
export function AlertCard({ alert, onAcknowledge, busy }: { alert: Alert; onAcknowledge?: () => void; busy?: boolean }) {
  const evidence = readEvidence(alert.evidence);
  const titleId = `alert-${alert.id.replace(/[^A-Za-z0-9]/g, '')}`;
  return (
    <article className={`panel alert-card${alert.acknowledgedAt ? ' alert-seen' : ''}`} aria-labelledby={titleId} data-testid="alert">
      <header className="alert-head">
        <h3 id={titleId}>{alert.summary}</h3>
        <p className="meta-row">
          <span className="badge">{label(alert.watch.kind)}</span>
          <span>Watch “{alert.watch.name}”</span>
          <time dateTime={alert.at}>{formatDateTime(alert.at)}</time>
          {alert.acknowledgedAt ? (
            <span className="muted">
              Acknowledged {formatDateTime(alert.acknowledgedAt)}
              {alert.acknowledgedBy ? ` by ${alert.acknowledgedBy}` : ''}
            </span>
          ) : (
            onAcknowledge && (
              <button type="button" className="button-secondary" onClick={onAcknowledge} disabled={busy} aria-describedby={titleId}>
                {busy ? 'Acknowledging…' : 'Acknowledge'}
              </button>
            )
          )}
        </p>
      </header>
      {evidence.threshold && (
        <table className="alert-figures">
          <caption>
            {sideName(evidence.threshold.side)} on {formatDate(evidence.threshold.day)}: {label(evidence.threshold.mode)}{' '}
            {evidence.threshold.value === null ? '' : formatIntensity(evidence.threshold.value)}
          </caption>
          <thead>
            <tr>
              <th scope="col" />
              {evidence.threshold.previousDay && <th scope="col">Day before</th>}
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Mean intensity</th>
              {evidence.threshold.previousDay && <td>{mean(evidence.threshold.previousDay)}</td>}
              <td>{mean(evidence.threshold.before)}</td>
              <td>{mean(evidence.threshold.after)}</td>
            </tr>
            <tr>
              <th scope="row">Statements</th>
              {evidence.threshold.previousDay && <td>{evidence.threshold.previousDay.statements ?? '—'}</td>}
              <td>{evidence.threshold.before.statements ?? '—'}</td>
              <td>{evidence.threshold.after.statements ?? '—'}</td>
            </tr>
          </tbody>
        </table>
      )}
      {evidence.round && (
        <p>
          <Link href={hrefFor.round(evidence.round)}>{evidence.round.title}</Link>: {evidence.round.before && <StatusBadge status={evidence.round.before} />} →{' '}
          {evidence.round.after && <StatusBadge status={evidence.round.after} />}
          {evidence.round.note && <span className="muted"> {evidence.round.note}</span>}
        </p>
      )}
      {evidence.claim && (
        <p>
          {evidence.claim.stance && <span className="badge">{label(evidence.claim.stance)}</span>} of{' '}
          <Link href={hrefFor.claim(evidence.claim)}>{evidence.claim.text}</Link>
        </p>
      )}
      {evidence.statements.map((s) => (
        <StatementEvidence key={s.id || s.text} statement={s} />
      ))}
      {alert.deliveries.length > 0 && (
        <ul className="plain-list alert-deliveries" aria-label="Webhook deliveries">
          {alert.deliveries.map((d) => (
            <li key={d.url} className="muted">
              Webhook {d.url}: {label(d.status)}
              {d.attemptCount > 0 ? ` after ${plural(d.attemptCount, 'attempt')}` : ''}
              {d.deliveredAt ? `, ${formatDateTime(d.deliveredAt)}` : ''}
              {d.lastError ? ` — ${d.lastError}` : ''}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** The statement that fired the alert, each outlet's printing of it and where that printing sits in its source. */
function StatementEvidence({ statement: s }: { statement: EvidenceStatement }) {
  return (
    <section className="alert-evidence" aria-label={`Statement by ${s.speaker.name}`}>
      <p className="meta-row">
        <strong>{s.speaker.name}</strong>
        {s.speaker.side && <SideBadge side={s.speaker.side} />}
        {s.saidOn && <span>{formatDate(s.saidOn)}</span>}
        {s.act && s.intensity !== null && <ActBadge act={s.act} intensity={s.intensity} />}
      </p>
      <p className="statement-text">{s.id ? <Link href={hrefFor.statement(s)}>{s.text}</Link> : s.text}</p>
      <p className="muted">
        {s.outlets.length ? `Printed by ${s.outlets.join(', ')}` : 'No outlet has printed it yet'}
        {s.independentOrigins !== null && ` — ${plural(s.independentOrigins, 'independent origin')}`}
      </p>
      {s.quotes.length > 0 && (
        <ul className="plain-list alert-quotes">
          {s.quotes.map((q) => (
            <li key={q.id || `${q.source.id}:${q.start}`}>
              <blockquote>
                <mark>{q.text}</mark>
              </blockquote>
              <p className="muted">
                {label(q.kind)} quote, characters {q.start}–{q.end} of{' '}
                {q.source.id ? <Link href={`${hrefFor.source(q.source)}#${quoteAnchor(q.id)}`}>{q.source.title || 'its source'}</Link> : q.source.title}
                {q.source.outlet && ` (${q.source.outlet})`}
                {q.source.url && (
                  <>
                    {' — '}
                    <a href={q.source.url} rel="noopener noreferrer">
                      {q.source.url}
                    </a>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
