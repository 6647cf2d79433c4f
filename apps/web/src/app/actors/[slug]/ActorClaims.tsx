import Link from 'next/link';
import { Figures } from '@/components/Figures.tsx';
import { Empty } from '@/components/States.tsx';
import { formatDate, label } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';

interface Stance {
  stance: string;
  killed: number | null;
  civilians: number | null;
  children: number | null;
  claim: { id: string; text: string };
  statement: { id: string; key: string | null; saidOn: string } | null;
}

/** The disputed claims this actor asserts, denies or disputes, with the figures they gave. */
export function ActorClaims({ stances }: { stances: Stance[] }) {
  return (
    <section className="panel" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims they assert or deny</h2>
      {stances.length === 0 ? (
        <Empty>No recorded stance on any disputed claim.</Empty>
      ) : (
        <div className="table-scroll">
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">Stance</th>
                <th scope="col">Claim</th>
                <th scope="col">Figures they gave</th>
                <th scope="col">Where said</th>
              </tr>
            </thead>
            <tbody>
              {stances.map((s, i) => (
                <tr key={i}>
                  <td data-label="Stance">
                    <span className={`badge stance stance-${s.stance.toLowerCase()}`}>{label(s.stance)}</span>
                  </td>
                  <td data-label="Claim">
                    <Link href={hrefFor.claim(s.claim)}>{s.claim.text}</Link>
                  </td>
                  <td data-label="Figures">
                    <Figures of={s} empty="—" />
                  </td>
                  <td data-label="Said">{s.statement ? <Link href={hrefFor.statement(s.statement)}>{formatDate(s.statement.saidOn)}</Link> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
