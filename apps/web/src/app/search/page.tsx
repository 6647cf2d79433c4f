import type { Metadata } from 'next';
import Link from 'next/link';
import { ActBadge } from '@/components/Badges.tsx';
import { Highlighted } from '@/components/Highlighted.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { SEARCH_SIZE, SearchQuery } from '@/graphql/documents.ts';
import type { VariablesOf } from '@/graphql/tada.ts';
import { SEARCH_KINDS } from '@/lib/enums.ts';
import { formatDate, label, plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { many, one, type SearchParams } from '@/lib/params.ts';
import { hrefFor, quoteAnchor } from '@/lib/ref.ts';

/** Each word as a quoted FTS5 string, so punctuation in it is matched rather than parsed. */
const literalQuery = (q: string) =>
  q
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter(Boolean)
    .map((w) => `"${w}"`)
    .join(' ');

type Kind = NonNullable<VariablesOf<typeof SearchQuery>['kinds']>[number];

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = one((await searchParams).q);
  return { title: q ? `“${q}” — search` : 'Search' };
}

// The API also finds rounds, events, claims and actors; this page offers the first three kinds only, for now.
const KIND_TEXT: Record<Kind, string> = {
  STATEMENT: 'Statements',
  QUOTE: 'Quotes as printed',
  SOURCE: 'Source texts',
  ROUND: 'Rounds',
  EVENT: 'Incidents',
  CLAIM: 'Claims',
  ACTOR: 'Actors',
};

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = one(params.q);
  const kinds = many(params.kind).filter((k): k is Kind => (SEARCH_KINDS as readonly string[]).includes(k));
  // Without a choice, the kinds this page can show (the API also finds rounds, events, claims and actors).
  const run = (query: string) => load(SearchQuery, { query, first: SEARCH_SIZE, kinds: kinds.length ? kinds : [...SEARCH_KINDS] });
  let result = q ? await run(q) : undefined;
  // "Pakistan's" or a stray quote is not valid FTS5 syntax; search for the words as typed instead.
  const literal = q && result && !result.ok && result.code === 'BAD_USER_INPUT' ? literalQuery(q) : undefined;
  if (literal) result = await run(literal);

  return (
    <>
      <div className="page-head">
        <h1>Search</h1>
        <p className="lede">
          Full text over statements, every outlet’s quotes and the source articles, best match first. Quote a phrase with "…", combine with AND, OR, NOT, end a
          word with * for its prefix. The address bar keeps the search, so it can be shared.
        </p>
      </div>
      <form className="filters panel" action="/search" role="search" aria-label="Search the ledger">
        <label className="grow">
          Words or phrase
          <input type="search" name="q" defaultValue={q} placeholder="e.g. Tora Bora, ceasefire, graveyard" />
        </label>
        <fieldset>
          <legend>Match in</legend>
          <div>
            {SEARCH_KINDS.map((k) => (
              <label key={k}>
                <input type="checkbox" name="kind" value={k} defaultChecked={kinds.includes(k)} /> {KIND_TEXT[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit">Search</button>
      </form>
      {!q ? (
        <Empty>Type a word or phrase to search. Leave every “match in” box empty to search everything.</Empty>
      ) : !result?.ok ? (
        <Failure title="The search failed" message={result?.error ?? ''} />
      ) : result.data.search.length === 0 ? (
        <Empty>
          Nothing matches “{q}”{kinds.length ? ' in the chosen kinds' : ''}.
        </Empty>
      ) : (
        <>
          <p className="muted" role="status">
            {plural(result.data.search.length, 'result')} for “{q}”{result.data.search.length === SEARCH_SIZE ? ' (the best ones)' : ''}
            {literal ? ', each word taken literally' : ''}
          </p>
          <ol className="search-results" data-testid="search-results">
            {result.data.search.map((hit) => {
              const href =
                hit.kind === 'STATEMENT' && hit.statement
                  ? hrefFor.statement(hit.statement)
                  : hit.source
                    ? `${hrefFor.source(hit.source)}${hit.quote ? `#${quoteAnchor(hit.quote.id)}` : ''}`
                    : hit.statement
                      ? hrefFor.statement(hit.statement)
                      : '#';
              return (
                <li key={hit.nodeId}>
                  <div className="meta-row">
                    <span className="badge">{label(hit.kind)}</span>
                    {hit.statement && (
                      <>
                        <Link href={hrefFor.actor(hit.statement.speaker)}>{hit.statement.speaker.name}</Link>
                        <span>{formatDate(hit.statement.saidOn, hit.statement.datePrecision)}</span>
                      </>
                    )}
                    {hit.source && <span>in {hit.source.title}</span>}
                  </div>
                  <p className="search-snippet">
                    <Link href={href} prefetch={false}>
                      <Highlighted text={hit.snippet} ranges={hit.highlights} />
                    </Link>
                  </p>
                  {hit.statement && (
                    <div className="statement-foot">
                      <ActBadge act={hit.statement.act} intensity={hit.statement.intensity} />
                      {hit.kind !== 'STATEMENT' && <Link href={hrefFor.statement(hit.statement)}>The statement and its other versions</Link>}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
