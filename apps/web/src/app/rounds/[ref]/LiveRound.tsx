'use client';
import { useRef, useState } from 'react';
import { useClient } from 'urql';
import { RoundDetailQuery, RoundUpdatedSubscription } from '@/graphql/live-documents.ts';
import type { FragmentOf } from '@/graphql/tada.ts';
import type { RoundDetail } from '@/graphql/fragments.ts';
import { LiveBadge } from '@/live/LiveBadge.tsx';
import { useLive } from '@/live/use-live.ts';
import { RoundView } from './RoundView.tsx';

type Detail = FragmentOf<typeof RoundDetail>;

/** The round's status, history, participants and demands, replaced whenever roundUpdated says it changed. */
export function LiveRound({ initial }: { initial: Detail }) {
  const client = useClient();
  const [round, setRound] = useState(initial);
  // Updates from this index on arrived live and are highlighted for a few seconds.
  const [freshFrom, setFreshFrom] = useState(Infinity);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const roundRef = useRef(initial);

  const replace = (next: Detail) => {
    if (next.updates.length > roundRef.current.updates.length) {
      setFreshFrom(roundRef.current.updates.length);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setFreshFrom(Infinity), 6000);
    }
    roundRef.current = next;
    setRound(next);
  };

  const state = useLive(
    RoundUpdatedSubscription,
    { id: initial.id },
    (data) => replace(data.roundUpdated),
    () => {
      void client
        .query(RoundDetailQuery, { id: initial.id })
        .toPromise()
        .then((r) => {
          const node = r.data?.node;
          if (node && 'updates' in node) replace(node);
        });
    },
  );

  return <RoundView round={round} freshFrom={freshFrom} live={<LiveBadge state={state} />} />;
}
