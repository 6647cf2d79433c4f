'use client';
import { useCallback, useRef, useState } from 'react';
import { useClient } from 'urql';
import { RoundCardsQuery, RoundsUpdatedSubscription } from '@/graphql/live-documents.ts';
import { Empty } from '../States.tsx';
import { LiveBadge } from '@/live/LiveBadge.tsx';
import { useDatasetSignal } from '@/live/dataset-signal.ts';
import { useLive } from '@/live/use-live.ts';
import { RoundCardView, type RoundCardData } from './RoundCardView.tsx';

const FRESH_MS = 6000;

/** The latest round first: the one a reader most likely came for. */
const latestFirst = (a: RoundCardData, b: RoundCardData) => b.sequence - a.sequence || a.title.localeCompare(b.title);

/** Every round's current status; roundUpdated replaces a card in place the moment its round changes. */
export function LiveRoundsBoard({ initial, title = 'Rounds of talks' }: { initial: RoundCardData[]; title?: string }) {
  const client = useClient();
  const [rounds, setRounds] = useState(initial);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const datasetChanged = useDatasetSignal();

  const apply = useCallback((updates: RoundCardData[], mark: boolean) => {
    setRounds((current) => {
      const next = [...current];
      for (const u of updates) {
        const i = next.findIndex((r) => r.id === u.id);
        if (i >= 0) next[i] = u;
        else next.push(u);
      }
      return next;
    });
    if (!mark) return;
    for (const u of updates) {
      setChanged((c) => new Set([...c, u.id]));
      clearTimeout(timers.current.get(u.id));
      timers.current.set(
        u.id,
        setTimeout(() => setChanged((c) => new Set([...c].filter((id) => id !== u.id))), FRESH_MS),
      );
    }
  }, []);

  const state = useLive(
    RoundsUpdatedSubscription,
    {},
    (data) => {
      apply([data.roundUpdated], true);
      datasetChanged();
    },
    () => {
      void client
        .query(RoundCardsQuery, {})
        .toPromise()
        .then(
          (r) =>
            r.data &&
            apply(
              r.data.rounds.edges.map((e) => e.node),
              false,
            ),
        );
    },
  );

  return (
    <section className="panel rounds-board" aria-labelledby="rounds-title">
      <div className="panel-head">
        <h2 id="rounds-title">{title}</h2>
        <LiveBadge state={state} />
      </div>
      {rounds.length === 0 ? (
        <Empty>No negotiation rounds recorded yet.</Empty>
      ) : (
        <ul className="rounds-list">
          {[...rounds].sort(latestFirst).map((r) => (
            <li key={r.id}>
              <RoundCardView round={r} changed={changed.has(r.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
