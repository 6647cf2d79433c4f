import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Empty, Failure } from '@/components/States.tsx';
import { StatementItem } from '@/components/StatementItem.tsx';
import { LiveProvider } from '@/live/LiveProvider.tsx';
import { loadRound } from './load-round.ts';
import { LiveRound } from './LiveRound.tsx';

type Params = Promise<{ ref: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await loadRound((await params).ref);
  return { title: r.ok && r.round ? r.round.title : 'Round' };
}

export default async function RoundPage({ params }: { params: Params }) {
  const result = await loadRound((await params).ref);
  if (!result.ok) return <Failure message={result.error} />;
  const round = result.round;
  if (!round) notFound();
  const { statements, ...detail } = round;
  return (
    <>
      <p className="eyebrow page-head">
        <Link href="/rounds">Rounds of talks</Link> / {round.process.name}
      </p>
      <LiveProvider>
        <LiveRound initial={detail} />
      </LiveProvider>
      <section className="panel" aria-labelledby="round-statements-title">
        <h2 id="round-statements-title">Statements made around the round</h2>
        <p className="panel-note">
          {statements.totalCount > statements.edges.length
            ? `The first ${statements.edges.length} of ${statements.totalCount}, oldest first.`
            : 'Oldest first.'}
        </p>
        {statements.edges.length === 0 ? (
          <Empty>No statement has been linked to this round.</Empty>
        ) : (
          <ol className="plain-list">
            {statements.edges.map(({ node }) => (
              <li key={node.id}>
                <StatementItem statement={node} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
