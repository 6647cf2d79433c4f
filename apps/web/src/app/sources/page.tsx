import type { Metadata } from 'next';
import Link from 'next/link';
import { Empty, Failure } from '@/components/States.tsx';
import { SourcesQuery } from '@/graphql/documents.ts';
import { formatDate, label, plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { hrefFor } from '@/lib/ref.ts';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage() {
  const result = await load(SourcesQuery, {});
  if (!result.ok) return <Failure message={result.error} />;
  const sources = result.data.sources.edges.map((e) => e.node);
  return (
    <>
      <div className="page-head">
        <h1>Sources</h1>
        <p className="lede">Every document a quote was read from, with each quote pinned to its exact words.</p>
      </div>
      {sources.length === 0 ? (
        <Empty>No sources recorded yet.</Empty>
      ) : (
        <div className="panel table-scroll">
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Quotes</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <td data-label="Title">
                    <Link href={hrefFor.source(s)}>{s.title}</Link>
                    <div className="muted">
                      {label(s.kind)} · {s.language}
                    </div>
                  </td>
                  <td data-label="Outlet">{s.outlet}</td>
                  <td data-label="Published">{s.publishedOn ? formatDate(s.publishedOn, s.publishedPrecision) : '—'}</td>
                  <td data-label="Quotes">{plural(s.quoteCount, 'quote')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
