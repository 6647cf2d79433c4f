import type { Metadata } from 'next';
import Link from 'next/link';
import { Figures } from '@/components/Figures.tsx';
import { ExportLinks } from '@/components/ExportLinks.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { ClaimsQuery } from '@/graphql/documents.ts';
import { formatDate, label } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { hrefFor } from '@/lib/ref.ts';
import { isAssertion } from './stances.ts';

export const metadata: Metadata = { title: 'Claims' };

export default async function ClaimsPage() {
  const result = await load(ClaimsQuery, {});
  if (!result.ok) return <Failure message={result.error} />;
  const claims = result.data.claims.edges.map((e) => e.node);
  const contested = claims.filter((c) => c.stances.some((s) => !isAssertion(s.stance))).length;
  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
        <p className="lede">
          Propositions someone put on record — casualty figures, accusations, who is behind what — with who asserts each and who denies or disputes it.
          {claims.length > 0 &&
            ` ${contested} of ${claims.length} ${claims.length === 1 ? 'has' : 'have'} a denial or dispute on record; the rest are asserted only.`}
        </p>
      </div>
      {claims.length === 0 ? (
        <Empty>No claims recorded yet.</Empty>
      ) : (
        <>
          <ExportLinks entity="claims" what="every claim with its stances" />
          <div className="panel table-scroll">
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Asserted by</th>
                  <th scope="col">Denied or disputed by</th>
                  <th scope="col">Figures</th>
                </tr>
              </thead>
              <tbody>
                {claims.map((c) => {
                  const names = (assert: boolean) =>
                    [...new Set(c.stances.filter((s) => isAssertion(s.stance) === assert).map((s) => s.actor.name))].join(', ') || '—';
                  return (
                    <tr key={c.id}>
                      <td data-label="Claim">
                        <Link href={hrefFor.claim(c)}>{c.text}</Link>
                        {c.event && (
                          <div className="muted">
                            {label(c.event.type)}, {formatDate(c.event.occurredOn)}
                          </div>
                        )}
                      </td>
                      <td data-label="Asserted by">{names(true)}</td>
                      <td data-label="Denied by">{names(false)}</td>
                      <td data-label="Figures">
                        <Figures of={c} empty="—" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
