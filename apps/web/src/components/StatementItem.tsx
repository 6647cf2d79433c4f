import Link from 'next/link';
import type { FragmentOf } from '@/graphql/tada.ts';
import type { StatementLine } from '@/graphql/fragments.ts';
import { channelName, formatDate, formatDateTime, plural } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import { ActBadge } from './Badges.tsx';

export type StatementLineData = FragmentOf<typeof StatementLine>;

interface Props {
  statement: StatementLineData;
  showSpeaker?: boolean;
  fresh?: boolean;
  /** Shown where a list is ordered by when Parley recorded statements, so the order can be seen. */
  recordedAt?: string;
}

/** One statement as lists show it: who, on which channel, when, what act, how many outlets printed it. */
export function StatementItem({ statement: s, showSpeaker = true, fresh = false, recordedAt }: Props) {
  return (
    <article className={`statement-item${fresh ? ' is-fresh' : ''}`} data-statement-id={s.id}>
      <header className="statement-meta">
        {showSpeaker && (
          <Link prefetch={false} className="speaker" href={hrefFor.actor(s.speaker)}>
            {s.speaker.name}
          </Link>
        )}
        <span className="channel">
          {channelName(s.channel)}
          {s.venue ? ` · ${s.venue}` : ''}
        </span>
        <time dateTime={s.saidOn}>{formatDate(s.saidOn, s.datePrecision)}</time>
      </header>
      <p className="statement-text">
        <Link prefetch={false} href={hrefFor.statement(s)}>
          {s.text}
        </Link>
      </p>
      <footer className="statement-foot">
        <ActBadge act={s.act} intensity={s.intensity} />
        {s.conditional && <span className="badge conditional">Conditional</span>}
        <span className="outlets">{s.outletCount === 0 ? 'No outlet recorded' : `Printed by ${plural(s.outletCount, 'outlet')}`}</span>
        {recordedAt && (
          <span className="recorded">
            Recorded <time dateTime={recordedAt}>{formatDateTime(recordedAt)}</time>
          </span>
        )}
        {fresh && <span className="badge fresh">New</span>}
      </footer>
    </article>
  );
}
