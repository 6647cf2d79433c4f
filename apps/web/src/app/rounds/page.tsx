import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/components/ExportLinks.tsx';
import { LiveRoundsBoard } from '@/components/rounds/LiveRoundsBoard.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { RoundsQuery } from '@/graphql/documents.ts';
import { load } from '@/lib/load.ts';
import { hrefFor } from '@/lib/ref.ts';
import { LiveProvider } from '@/live/LiveProvider.tsx';

export const metadata: Metadata = { title: 'Rounds of talks' };

export default async function RoundsPage() {
  const result = await load(RoundsQuery, {});
  if (!result.ok) return <Failure message={result.error} />;
  const { processes, rounds } = result.data;
  return (
    <>
      <div className="page-head">
        <h1>Rounds of talks</h1>
        <p className="lede">Each sitting of each negotiation track, with its current status. Status changes arrive live.</p>
      </div>
      {processes.length === 0 ? (
        <Empty>No negotiation process recorded yet.</Empty>
      ) : (
        processes.map((p) => (
          <section key={p.id} className="panel" aria-label={p.name}>
            <h2>{p.name}</h2>
            {p.description && <p className="panel-note">{p.description}</p>}
            {p.mediators.length > 0 && (
              <p className="meta-row">
                Mediated by{' '}
                {p.mediators.map((m, i) => (
                  <span key={m.id}>
                    <Link href={hrefFor.actor(m)}>{m.name}</Link>
                    {i < p.mediators.length - 1 ? ',' : ''}
                  </span>
                ))}
              </p>
            )}
          </section>
        ))
      )}
      <ExportLinks entity="rounds" what="every round with its updates and demands" />
      <LiveProvider>
        <LiveRoundsBoard title="Every round, latest first" initial={rounds.edges.map((e) => e.node)} />
      </LiveProvider>
    </>
  );
}
