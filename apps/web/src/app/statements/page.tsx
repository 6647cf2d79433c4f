import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ExportLinks } from '@/components/ExportLinks.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { StatementItem } from '@/components/StatementItem.tsx';
import { StatementsQuery } from '@/graphql/list-documents.ts';
import { plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import type { SearchParams } from '@/lib/params.ts';
import { StatementFilters } from './StatementFilters.tsx';
import { filterParams, isFiltered, readView, variablesOf, viewHref } from './statement-view.ts';

export const metadata: Metadata = { title: 'Statements' };

export default async function StatementsPage({ searchParams }: { searchParams: SearchParams }) {
  const view = await readView(searchParams);
  if (view.blanks) redirect(viewHref(view, { after: view.after, before: view.before }));
  const result = await load(StatementsQuery, variablesOf(view));
  const filtered = isFiltered(view);
  const paged = Boolean(view.after || view.before);
  const actors = result.ok ? result.data.actors.edges.map((e) => e.node) : [];
  const rounds = result.ok ? result.data.rounds.edges.map((e) => ({ id: e.node.id, name: e.node.title })) : [];

  return (
    <>
      <div className="page-head">
        <h1>Statements</h1>
        <p className="lede">Everything said on the record, filtered as you need it; the address of this page keeps the filters, so it can be shared.</p>
      </div>
      <StatementFilters view={view} actors={actors} rounds={rounds} />
      {view.ignored.length > 0 && (
        <p className="muted" role="status" data-testid="ignored-filters">
          Not applied, since no statement could carry them: {view.ignored.join(', ')}.
        </p>
      )}
      {!result.ok ? (
        <Failure title="Could not load these statements" message={result.error} />
      ) : result.data.statements.edges.length === 0 ? (
        <>
          <Empty>{paged ? 'No more statements this way.' : `No statement matches ${filtered ? 'these filters' : 'yet'}.`}</Empty>
          {paged && (
            <p>
              <Link href={viewHref(view)}>Back to the first page</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <div className="list-head">
            <p className="muted" role="status" data-testid="statement-count">
              {plural(result.data.statements.totalCount, 'statement')}
              {filtered ? ' match' : ''}, {view.order === 'said' ? 'by date said' : 'by date recorded'}, {view.dir === 'desc' ? 'newest' : 'oldest'} first
            </p>
            <ExportLinks entity="statements" params={filterParams(view)} what={filtered ? 'every matching statement' : 'every statement'} />
          </div>
          <ol className="statement-list" data-testid="statements">
            {result.data.statements.edges.map(({ node }) => (
              <li key={node.id}>
                <StatementItem statement={node} recordedAt={view.order === 'recorded' ? node.createdAt : undefined} />
              </li>
            ))}
          </ol>
          <Pager view={view} info={result.data.statements.pageInfo} />
        </>
      )}
    </>
  );
}

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

function Pager({ view, info }: { view: Parameters<typeof viewHref>[0]; info: PageInfo }) {
  // A backward page knows there is more after it (it came from there); a forward one, more before it.
  const previous = (view.after || (view.before && info.hasPreviousPage)) && info.startCursor;
  const next = (view.before || info.hasNextPage) && info.endCursor;
  return (
    <nav className="pager" aria-label="Statement pages">
      {previous ? (
        <Link href={viewHref(view, { before: previous })} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={viewHref(view, { after: next })} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
