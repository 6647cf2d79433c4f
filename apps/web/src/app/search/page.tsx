import type { Metadata } from 'next';
import Link from 'next/link';
import { Empty, Failure } from '@/components/States.tsx';
import { SEARCH_SIZE, SearchQuery } from '@/graphql/documents.ts';
import { SEARCH_KIND_LABELS, SEARCH_KINDS } from '@/lib/enums.ts';
import { formatDate, plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import type { SearchParams } from '@/lib/params.ts';
import { literalQuery, readSearch, searchHref, type SearchState } from './search-params.ts';
import { SearchHit } from './SearchHit.tsx';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { q } = readSearch(await searchParams);
  return { title: q ? `“${q}” — search` : 'Search' };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const state = readSearch(await searchParams);
  const { q, kinds, from, to, after, seen } = state;
  // One hit more than shown tells whether a next page exists.
  const result = q ? await load(SearchQuery, { query: q, first: SEARCH_SIZE + 1, after, kinds: kinds.length ? kinds : null, from, to }) : undefined;
  const hits = result?.ok ? result.data.search.slice(0, SEARCH_SIZE) : [];
  const more = result?.ok && result.data.search.length > SEARCH_SIZE;

  return (
    <>
      <div className="page-head">
        <h1>Search</h1>
        <p className="lede">
          Full text over statements, every outlet’s quotes, the source articles, rounds of talks, incidents, claims and actors, best match first. Quote a phrase
          with "…", combine with AND, OR, NOT, end a word with * for its prefix. The address bar keeps the search, so it can be shared.
        </p>
      </div>
      <SearchForm state={state} />
      {!q ? (
        <Empty>Type a word or phrase to search. Leave every “match in” box empty to search everything.</Empty>
      ) : !result?.ok ? (
        result?.code === 'BAD_USER_INPUT' ? (
          <QueryProblem state={state} message={result.error} />
        ) : (
          <Failure title="The search failed" message={result?.error ?? ''} />
        )
      ) : hits.length === 0 ? (
        <Empty>{seen > 0 ? `No more matches for “${q}”.` : `Nothing matches “${q}”${kinds.length || from || to ? ' with these filters' : ''}.`}</Empty>
      ) : (
        <>
          <p className="muted" role="status">
            {seen > 0 ? `Results ${seen + 1}–${seen + hits.length}` : plural(hits.length, 'result')} for “{q}”
            {from || to ? `, dated ${from ? `from ${formatDate(from)}` : ''}${from && to ? ' ' : ''}${to ? `to ${formatDate(to)}` : ''}` : ''}
            {more ? '; more follow' : ''}
          </p>
          <ol className="search-results" data-testid="search-results" start={seen + 1}>
            {hits.map((hit) => (
              <SearchHit key={hit.nodeId} hit={hit} />
            ))}
          </ol>
          <nav className="pager" aria-label="Search result pages">
            {seen > 0 ? <Link href={searchHref(state, { after: undefined, seen: 0 })}>← First results</Link> : <span />}
            {more && (
              <Link href={searchHref(state, { after: hits.at(-1)!.cursor, seen: seen + hits.length })} rel="next">
                Next {SEARCH_SIZE} results →
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}

/** The filters as a plain GET form: it works before (and without) JavaScript, and a new search starts at page one. */
function SearchForm({ state }: { state: SearchState }) {
  return (
    <form className="filters panel" action="/search" role="search" aria-label="Search the ledger">
      <label className="grow">
        Words or phrase
        <input type="search" name="q" defaultValue={state.q} placeholder="e.g. Tora Bora, ceasefire, graveyard" />
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={state.from} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={state.to} />
      </label>
      <fieldset>
        <legend>Match in</legend>
        <div>
          {SEARCH_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name="kind" value={k} defaultChecked={state.kinds.includes(k)} /> {SEARCH_KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit">Search</button>
    </form>
  );
}

/** The API could not read the search (its query syntax, a bad date range): say why, and offer the words as typed. */
function QueryProblem({ state, message }: { state: SearchState; message: string }) {
  const literal = state.q ? literalQuery(state.q) : '';
  return (
    <div className="state state-error" role="alert" data-testid="search-problem">
      <p className="state-title">Parley could not read this search</p>
      <p>{message}</p>
      <p className="muted">
        Quotation marks must come in pairs, and AND, OR, NOT and * need words around them. Dates must run forward (“to” not before “from”).
      </p>
      {literal && literal !== state.q && (
        <p>
          <Link href={searchHref(state, { q: literal, after: undefined, seen: 0 })}>Search for the words exactly as typed: {literal}</Link>
        </p>
      )}
    </div>
  );
}
