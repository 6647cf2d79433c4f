'use client';
import { Empty } from '@/components/States.tsx';
import { StatementItem } from '@/components/StatementItem.tsx';
import { LiveBadge } from '@/live/LiveBadge.tsx';
import { useWire } from './WireProvider.tsx';

/** The newest statements, newest arrivals on top and briefly highlighted. */
export function LiveWire() {
  const { items, fresh, state } = useWire();
  const newest = items.find((s) => fresh.has(s.id));
  return (
    <section className="panel wire" aria-labelledby="wire-title">
      <div className="panel-head">
        <h2 id="wire-title">Wire</h2>
        <LiveBadge state={state} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {newest ? `New statement from ${newest.speaker.name}: ${newest.text}` : ''}
      </p>
      {items.length === 0 ? (
        <Empty>No statements recorded yet. New ones will appear here as they are added.</Empty>
      ) : (
        // On wide screens the wire scrolls within its panel; focusable so the keyboard can scroll it too.
        <div className="wire-scroll" tabIndex={0} role="region" aria-label="Latest statements">
          <ol className="wire-list" data-testid="wire">
            {items.map((s) => (
              <li key={s.id}>
                <StatementItem statement={s} fresh={fresh.has(s.id)} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
