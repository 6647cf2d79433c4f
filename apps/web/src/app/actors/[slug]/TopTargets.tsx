import Link from 'next/link';
import { Empty } from '@/components/States.tsx';
import { hrefFor } from '@/lib/ref.ts';

export function TopTargets({ targets }: { targets: { statements: number; actor: { id: string; slug: string; name: string } }[] }) {
  const most = Math.max(1, ...targets.map((t) => t.statements));
  return (
    <section className="panel" aria-labelledby="targets-title">
      <h2 id="targets-title">Addresses most</h2>
      <p className="panel-note">Whom their statements address or name, by number of statements.</p>
      {targets.length === 0 ? (
        <Empty>No statement names anyone.</Empty>
      ) : (
        <ol className="bar-list">
          {targets.map((t) => (
            <li key={t.actor.id}>
              <Link href={hrefFor.actor(t.actor)}>{t.actor.name}</Link>
              <span className="bar-count">{t.statements}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(t.statements / most) * 100}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
