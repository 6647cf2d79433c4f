'use client';
import Link from 'next/link';
import { Empty } from '@/components/States.tsx';
import { StatementItem } from '@/components/StatementItem.tsx';
import { LiveBadge } from '@/live/LiveBadge.tsx';
import { useWire } from './WireProvider.tsx';

export type WireOrder = 'said' | 'recorded';

const VIEWS: { order: WireOrder; href: string; text: string; note: string }[] = [
  { order: 'said', href: '/', text: 'Latest said', note: 'Newest by the date each statement was made.' },
  { order: 'recorded', href: '/?wire=recorded', text: 'Recently recorded', note: 'Newest by when Parley recorded each statement.' },
];

/** The newest statements, newest arrivals on top and briefly highlighted. */
export function LiveWire({ order }: { order: WireOrder }) {
  const { items, fresh, state } = useWire();
  const newest = items.find((s) => fresh.has(s.id));
  const view = VIEWS.find((v) => v.order === order)!;
  return (
    <section className="panel wire" aria-labelledby="wire-title">
      <div className="panel-head">
        <h2 id="wire-title">Wire</h2>
        <LiveBadge state={state} />
      </div>
      <nav className="segmented" aria-label="Order of the wire">
        {VIEWS.map((v) => (
          <Link key={v.order} href={v.href} aria-current={v.order === order ? 'true' : undefined} scroll={false}>
            {v.text}
          </Link>
        ))}
      </nav>
      <p className="panel-note">{view.note}</p>
      <p className="visually-hidden" aria-live="polite">
        {newest ? `New statement from ${newest.speaker.name}: ${newest.text}` : ''}
      </p>
      {items.length === 0 ? (
        <Empty>No statements recorded yet. New ones will appear here as they are added.</Empty>
      ) : (
        // On wide screens the wire scrolls within its panel; focusable so the keyboard can scroll it too.
        <div className="wire-scroll" tabIndex={0} role="region" aria-label="Latest statements">
          <ol className="wire-list" data-testid="wire" data-order={order}>
            {items.map((s) => (
              <li key={s.id}>
                <StatementItem statement={s} fresh={fresh.has(s.id)} recordedAt={order === 'recorded' ? s.createdAt : undefined} />
              </li>
            ))}
          </ol>
        </div>
      )}
      <p className="wire-more">
        <Link href={order === 'recorded' ? '/statements?order=recorded' : '/statements'}>Every statement, with filters →</Link>
      </p>
    </section>
  );
}
