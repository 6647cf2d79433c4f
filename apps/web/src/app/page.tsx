import { LiveRoundsBoard } from '@/components/rounds/LiveRoundsBoard.tsx';
import { Failure } from '@/components/States.tsx';
import { OverviewQuery, WIRE_SIZE } from '@/graphql/documents.ts';
import { load } from '@/lib/load.ts';
import { one, type SearchParams } from '@/lib/params.ts';
import { LiveProvider } from '@/live/LiveProvider.tsx';
import { LiveEscalation } from './_overview/LiveEscalation.tsx';
import { CountsProvider, LiveCounts } from './_overview/LiveCounts.tsx';
import { LiveWire, type WireOrder } from './_overview/LiveWire.tsx';
import { TrendSection } from './_overview/TrendSection.tsx';
import { WireProvider } from './_overview/WireProvider.tsx';

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  // ?wire=recorded: the wire by when Parley recorded each statement, so one confirmed live is still
  // at the top after a reload (by date said, an old statement recorded today sinks out of view).
  const order: WireOrder = one((await searchParams).wire) === 'recorded' ? 'recorded' : 'said';
  const result = await load(OverviewQuery, { first: WIRE_SIZE, order: order === 'recorded' ? 'CREATED_AT' : 'SAID_ON' });
  if (!result.ok) return <Failure message={result.error} />;
  const d = result.data;
  const counts = { actors: d.actors, sources: d.sources, rounds: { totalCount: d.rounds.totalCount }, claims: d.claims, events: d.events };
  return (
    <LiveProvider>
      {/* Keyed by order: switching views starts the wire again from the server's list. */}
      <WireProvider key={order} initial={d.statements.edges.map((e) => e.node)} total={d.statements.totalCount}>
        <CountsProvider initial={counts}>
          <div className="page-head">
            <h1>Overview</h1>
            <p className="lede">Who said what to whom, as each outlet printed it, and where the talks stand.</p>
          </div>
          <LiveCounts />
          <div className="overview-grid">
            <LiveWire order={order} />
            <div className="overview-side">
              <LiveRoundsBoard initial={d.rounds.edges.map((e) => e.node)} />
              <LiveEscalation initial={d.escalation} />
              <TrendSection days={d.escalation.map((p) => p.day)} />
            </div>
          </div>
        </CountsProvider>
      </WireProvider>
    </LiveProvider>
  );
}
