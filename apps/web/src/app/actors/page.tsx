import type { Metadata } from 'next';
import Link from 'next/link';
import { SideBadge } from '@/components/Badges.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { ACTORS_PAGE_SIZE, ActorsQuery } from '@/graphql/documents.ts';
import type { VariablesOf } from '@/graphql/tada.ts';
import { ACTOR_KINDS, countryName } from '@/lib/enums.ts';
import { label, plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { one, pick, type SearchParams } from '@/lib/params.ts';
import { hrefFor } from '@/lib/ref.ts';

export const metadata: Metadata = { title: 'Actors' };

type Filter = NonNullable<VariablesOf<typeof ActorsQuery>['filter']>;

export default async function ActorsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = one(params.q);
  const kind = pick(ACTOR_KINDS, one(params.kind)) as Filter['kind'];
  const country = one(params.country)?.toUpperCase().slice(0, 2);
  const after = one(params.after);
  const before = one(params.before);
  // ?before= pages back towards the start of the list; otherwise page forward from it.
  const page = before ? { last: ACTORS_PAGE_SIZE, before } : { first: ACTORS_PAGE_SIZE, after };
  const result = await load(ActorsQuery, { filter: { query, kind, country }, ...page });
  const countries = result.ok ? [...new Set(result.data.everyone.edges.map((e) => e.node.country).filter((c): c is string => !!c))].sort() : [];
  const filtered = Boolean(query || kind || country);
  /** This list's URL with the filters kept and the cursor replaced, so any page can be shared. */
  const pageHref = (cursor: { after?: string; before?: string } = {}) => {
    const qs = new URLSearchParams();
    if (query) qs.set('q', query);
    if (kind) qs.set('kind', kind);
    if (country) qs.set('country', country);
    for (const [k, v] of Object.entries(cursor)) if (v) qs.set(k, v);
    return qs.size ? `/actors?${qs}` : '/actors';
  };

  return (
    <>
      <div className="page-head">
        <h1>Actors</h1>
        <p className="lede">People, governments, militaries, armed groups and organizations that speak or are spoken to.</p>
      </div>
      <form className="filters panel" action="/actors" role="search" aria-label="Filter actors">
        <label className="grow">
          Name or alias
          <input type="search" name="q" defaultValue={query} placeholder="e.g. Khwaja Asif, Mujahid, ISPR" />
        </label>
        <label>
          Kind
          <select name="kind" defaultValue={kind ?? ''}>
            <option value="">Any kind</option>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select name="country" defaultValue={country ?? ''}>
            <option value="">Any country</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
        {filtered && <Link href="/actors">Clear filters</Link>}
      </form>
      {!result.ok ? (
        <Failure message={result.error} />
      ) : result.data.actors.edges.length === 0 ? (
        <>
          <Empty>{after || before ? 'No more actors this way.' : `No actor matches ${filtered ? 'these filters' : 'yet'}.`}</Empty>
          {(after || before) && (
            <p>
              <Link href={pageHref()}>Back to the first page</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p className="muted" role="status">
            {plural(result.data.actors.totalCount, 'actor')}
            {filtered ? ' match' : ''}
          </p>
          <ul className="actor-list">
            {result.data.actors.edges.map(({ node: a }) => (
              <li key={a.id}>
                <article className="actor-card">
                  <h2>
                    <Link href={hrefFor.actor(a)}>{a.name}</Link>
                  </h2>
                  <div className="meta-row">
                    <span>{label(a.kind)}</span>
                    <span>{countryName(a.country)}</span>
                    <SideBadge side={a.side} />
                    <span>{plural(a.statements.totalCount, 'statement')}</span>
                  </div>
                  {a.parent && (
                    <p>
                      Part of <Link href={hrefFor.actor(a.parent)}>{a.parent.name}</Link>
                    </p>
                  )}
                  {a.description && (
                    <p className="muted clamp-3" title={a.description}>
                      {a.description}
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="Actor pages">
            {(after || (before && result.data.actors.pageInfo.hasPreviousPage)) && result.data.actors.pageInfo.startCursor ? (
              <Link href={pageHref({ before: result.data.actors.pageInfo.startCursor })}>← Previous</Link>
            ) : (
              <span />
            )}
            {(before || result.data.actors.pageInfo.hasNextPage) && result.data.actors.pageInfo.endCursor ? (
              <Link href={pageHref({ after: result.data.actors.pageInfo.endCursor })}>Next page →</Link>
            ) : (
              <span />
            )}
          </nav>
        </>
      )}
    </>
  );
}
