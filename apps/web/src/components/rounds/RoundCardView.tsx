import Link from 'next/link';
import type { FragmentOf } from '@/graphql/tada.ts';
import type { RoundCard } from '@/graphql/fragments.ts';
import { countryName } from '@/lib/enums.ts';
import { formatDate, formatDateTime, label } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import { StatusBadge } from '../Badges.tsx';

export type RoundCardData = FragmentOf<typeof RoundCard>;

export function roundDates(r: Pick<RoundCardData, 'startedOn' | 'endedOn'>): string {
  if (r.startedOn && r.endedOn) return `${formatDate(r.startedOn)} – ${formatDate(r.endedOn)}`;
  if (r.startedOn) return `from ${formatDate(r.startedOn)}`;
  if (r.endedOn) return `until ${formatDate(r.endedOn)}`;
  return 'dates unknown';
}

/** A round's current status and its latest update, as one card of the rounds board. */
export function RoundCardView({ round: r, changed = false }: { round: RoundCardData; changed?: boolean }) {
  return (
    <article className={`round-card${changed ? ' is-fresh' : ''}`} data-round-key={r.key ?? r.id}>
      <h3>
        <Link href={hrefFor.round(r)}>{r.title}</Link>
      </h3>
      <p className="round-meta">
        <StatusBadge status={r.status} />
        {r.outcome && <span className="badge outcome">{label(r.outcome)}</span>}
        <span>
          {[r.venueCity, r.venueCountry && countryName(r.venueCountry)].filter(Boolean).join(', ') || 'venue unknown'} · {roundDates(r)}
        </span>
      </p>
      {r.latestUpdate ? (
        <p className="round-latest">
          <span className="round-latest-when">
            Latest, <time dateTime={r.latestUpdate.at}>{formatDateTime(r.latestUpdate.at, r.latestUpdate.atPrecision)}</time>:
          </span>{' '}
          <span className="clamp-3">{r.latestUpdate.note}</span>
        </p>
      ) : (
        <p className="round-latest muted">No status updates recorded.</p>
      )}
    </article>
  );
}
