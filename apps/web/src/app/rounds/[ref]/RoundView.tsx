import Link from 'next/link';
import type { ReactNode } from 'react';
import { roundDates } from '@/components/rounds/RoundCardView.tsx';
import { StatusBadge } from '@/components/Badges.tsx';
import { Empty } from '@/components/States.tsx';
import type { FragmentOf } from '@/graphql/tada.ts';
import type { RoundDetail } from '@/graphql/fragments.ts';
import { countryName } from '@/lib/enums.ts';
import { formatDateTime, label } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';

type Detail = FragmentOf<typeof RoundDetail>;

const ROLE_ORDER = ['PARTY', 'MEDIATOR', 'HOST', 'OBSERVER'] as const;
const ROLE_TITLE: Record<string, string> = { PARTY: 'Parties', MEDIATOR: 'Mediators', HOST: 'Host', OBSERVER: 'Observers' };

/** A round: its status history as a timeline, who took part in which role, and what each side demanded. */
export function RoundView({ round, freshFrom, live }: { round: Detail; freshFrom: number; live: ReactNode }) {
  const byRole = ROLE_ORDER.map((role) => ({ role, actors: round.participants.filter((p) => p.role === role).map((p) => p.actor) })).filter(
    (g) => g.actors.length,
  );
  return (
    <>
      <div className="page-head">
        <div className="panel-head">
          <h1>{round.title}</h1>
          {live}
        </div>
        <div className="meta-row">
          <StatusBadge status={round.status} />
          {round.outcome && <span className="badge outcome">{label(round.outcome)}</span>}
          <span>
            Round {round.sequence} · {[round.venueCity, round.venueCountry && countryName(round.venueCountry)].filter(Boolean).join(', ') || 'venue unknown'} ·{' '}
            {roundDates(round)}
          </span>
        </div>
      </div>
      <div className="grid-2">
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">Status history</h2>
          {round.updates.length === 0 ? (
            <Empty>No status updates recorded.</Empty>
          ) : (
            <ol className="timeline" data-testid="status-history">
              {round.updates.map((u, i) => (
                <li key={`${u.at}-${i}`} className={i >= freshFrom ? 'is-fresh' : undefined}>
                  <div className="timeline-when">
                    <time dateTime={u.at}>{formatDateTime(u.at, u.atPrecision)}</time>
                    <StatusBadge status={u.status} />
                  </div>
                  <p>{u.note}</p>
                  {u.source && (
                    <p className="muted">
                      Source: <Link href={hrefFor.source(u.source)}>{u.source.title}</Link>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="panel" aria-labelledby="participants-title">
          <h2 id="participants-title">Participants</h2>
          {byRole.length === 0 ? (
            <Empty>No participants recorded.</Empty>
          ) : (
            <dl className="facts">
              {byRole.map((g) => (
                <div key={g.role} style={{ display: 'contents' }}>
                  <dt>{ROLE_TITLE[g.role]}</dt>
                  <dd>
                    <ul className="chips">
                      {g.actors.map((a) => (
                        <li key={a.id}>
                          <Link href={hrefFor.actor(a)}>{a.name}</Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <p className="panel-note" style={{ marginTop: '0.75rem' }}>
            Process: {round.process.name}
          </p>
        </section>
      </div>
      <section className="panel" aria-labelledby="demands-title">
        <h2 id="demands-title">Demands</h2>
        {round.demands.length === 0 ? (
          <Empty>No demands recorded for this round.</Empty>
        ) : (
          <div className="table-scroll">
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">By</th>
                  <th scope="col">To</th>
                  <th scope="col">Demand</th>
                  <th scope="col">Status</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {round.demands.map((d) => (
                  <tr key={d.id}>
                    <td data-label="By">
                      <Link href={hrefFor.actor(d.by)}>{d.by.name}</Link>
                    </td>
                    <td data-label="To">
                      <Link href={hrefFor.actor(d.to)}>{d.to.name}</Link>
                    </td>
                    <td data-label="Demand">
                      {d.text}
                      {d.note && <div className="muted">{d.note}</div>}
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={d.status} />
                    </td>
                    <td data-label="Source" className="nowrap">
                      {d.source ? <Link href={hrefFor.source(d.source)}>{d.source.label}</Link> : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
