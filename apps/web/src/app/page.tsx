import { LiveRoundsBoard } from '@/components/rounds/LiveRoundsBoard.tsx';
import { Failure } from '@/components/States.tsx';
import { OverviewQuery, WIRE_SIZE } from '@/graphql/documents.ts';
import { load } from '@/lib/load.ts';
import { LiveProvider } from '@/live/LiveProvider.tsx';
import { LiveEscalation } from './_overview/LiveEscalation.tsx';
import { LiveWire } from './_overview/LiveWire.tsx';
import { TrendSection } from './_overview/TrendSection.tsx';
import { StatementTotal } from './_overview/StatementTotal.tsx';
import { WireProvider } from './_overview/WireProvider.tsx';

export default async function OverviewPage() {
  const result = await load(OverviewQuery, { first: WIRE_SIZE });
  if (!result.ok) return <Failure message={result.error} />;
  const d = result.data;
  const headline = [
    { label: 'Actors', value: d.actors.totalCount, href: '/actors' },
    { label: 'Sources', value: d.sources.totalCount, href: '/sources' },
    { label: 'Rounds of talks', value: d.rounds.totalCount, href: '/rounds' },
    { label: 'Claims', value: d.claims.totalCount, href: '/claims' },
    { label: 'Incidents', value: d.events.totalCount, href: '/events' },
  ];
  return (
    <LiveProvider>
      <WireProvider initial={d.statements.edges.map((e) => e.node)} total={d.statements.totalCount}>
        <div className="page-head">
          <h1>Overview</h1>
          <p className="lede">Who said what to whom, as each outlet printed it, and where the talks stand.</p>
        </div>
        <section aria-label="Headline numbers">
          <dl className="headline">
            <div>
              <dt>Statements</dt>
              <dd>
                <StatementTotal />
              </dd>
            </div>
            {headline.map((h) => (
              <div key={h.label}>
                <dt>{h.href ? <a href={h.href}>{h.label}</a> : h.label}</dt>
                <dd>{h.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <div className="overview-grid">
          <LiveWire />
          <div className="overview-side">
            <LiveRoundsBoard initial={d.rounds.edges.map((e) => e.node)} />
            <LiveEscalation initial={d.escalation} />
            <TrendSection days={d.escalation.map((p) => p.day)} />
          </div>
        </div>
      </WireProvider>
    </LiveProvider>
  );
}
