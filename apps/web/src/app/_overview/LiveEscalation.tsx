'use client';
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import { EscalationQuery } from '@/graphql/live-documents.ts';
import { IntensityChart } from '@/components/chart/IntensityChart.tsx';
import { EscalationTable } from '@/components/chart/EscalationTable.tsx';
import { escalationSeries, type EscalationData } from '@/components/chart/escalation-series.ts';
import { Empty } from '@/components/States.tsx';
import { useWire } from './WireProvider.tsx';

/** Intensity per day and side; recomputed by the API a moment after each new statement arrives. */
export function LiveEscalation({ initial }: { initial: EscalationData }) {
  const client = useClient();
  const { version } = useWire();
  const [points, setPoints] = useState(initial);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (version === 0) return;
    // A burst of statements (an ingest) should cost one refetch, not one each.
    const timer = setTimeout(() => {
      void client
        .query(EscalationQuery, {})
        .toPromise()
        .then((r) => {
          setStale(!!r.error);
          if (r.data) setPoints(r.data.escalation);
        });
    }, 800);
    return () => clearTimeout(timer);
  }, [client, version]);

  const { days, series } = useMemo(() => escalationSeries(points), [points]);
  return (
    <section className="panel" aria-labelledby="escalation-title">
      <div className="panel-head">
        <h2 id="escalation-title">Escalation</h2>
      </div>
      <p className="panel-note">Mean intensity of each side’s statements per day, −10 hostile … +10 cooperative.</p>
      {stale && (
        <p className="muted" role="status">
          Could not refresh the chart; showing the last numbers received.
        </p>
      )}
      {points.length === 0 ? (
        <Empty>No statements yet, so nothing to chart.</Empty>
      ) : (
        <>
          <IntensityChart days={days} series={series} label={`Line chart of mean intensity per day for ${series.map((s) => s.label).join(', ')}`} />
          <EscalationTable points={points} />
        </>
      )}
    </section>
  );
}
