'use client';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { OverviewCountsQuery } from '@/graphql/live-documents.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { DatasetSignal } from '@/live/dataset-signal.ts';
import { useWire } from './WireProvider.tsx';

type Counts = ResultOf<typeof OverviewCountsQuery>;

/** Claims, incidents and sources have no live stream of their own: looked at again this often while in view. */
const POLL_MS = 30_000;
/** A burst of changes (an ingest) costs one re-read. */
const SETTLE_MS = 800;

const CountsContext = createContext<Counts | null>(null);

/**
 * Holds the headline numbers and re-reads them when a live view below says the dataset moved (a statement
 * arrived or left, a round changed), when the tab comes back into view, and now and then while it is shown.
 * No stream of its own: each SSE stream holds one of the browser's six connections to this host.
 */
export function CountsProvider({ initial, children }: { initial: Counts; children: ReactNode }) {
  const client = useClient();
  const { version } = useWire();
  const [counts, setCounts] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void client
        .query(OverviewCountsQuery, {})
        .toPromise()
        .then((r) => r.data && setCounts(r.data));
    }, SETTLE_MS);
  }, [client]);

  useEffect(() => {
    if (version > 0) refresh();
  }, [version, refresh]);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const poll = setInterval(tick, POLL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(poll);
      clearTimeout(timer.current);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh]);

  return (
    <DatasetSignal.Provider value={refresh}>
      <CountsContext.Provider value={counts}>{children}</CountsContext.Provider>
    </DatasetSignal.Provider>
  );
}

/** The headline numbers, each a link to its list; statements come straight from the wire's own count. */
export function LiveCounts() {
  const counts = useContext(CountsContext);
  const { total } = useWire();
  if (!counts) throw new Error('LiveCounts outside <CountsProvider>');
  const headline = [
    { label: 'Statements', value: total, href: '/statements' },
    { label: 'Actors', value: counts.actors.totalCount, href: '/actors' },
    { label: 'Sources', value: counts.sources.totalCount, href: '/sources' },
    { label: 'Rounds of talks', value: counts.rounds.totalCount, href: '/rounds' },
    { label: 'Claims', value: counts.claims.totalCount, href: '/claims' },
    { label: 'Incidents', value: counts.events.totalCount, href: '/events' },
  ];
  return (
    <section aria-label="Headline numbers">
      <dl className="headline" data-testid="headline">
        {headline.map((h) => (
          <div key={h.label}>
            <dt>
              <a href={h.href}>{h.label}</a>
            </dt>
            <dd>{h.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
