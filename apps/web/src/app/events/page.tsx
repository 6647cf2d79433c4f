import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/components/ExportLinks.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { EventsQuery } from '@/graphql/documents.ts';
import type { VariablesOf } from '@/graphql/tada.ts';
import { countryName, EVENT_TYPES } from '@/lib/enums.ts';
import { formatDate, label, plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { one, pick, type SearchParams } from '@/lib/params.ts';
import { eventAnchor, hrefFor } from '@/lib/ref.ts';

export const metadata: Metadata = { title: 'Incidents' };

type Filter = NonNullable<VariablesOf<typeof EventsQuery>['filter']>;

/** "Spin Boldak, Kandahar, Afghanistan": as precise as the record is, never more. */
const where = (l: { place?: string | null; province?: string | null; country: string }) =>
  [l.place, l.province, countryName(l.country)].filter(Boolean).join(', ');

export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const type = pick(EVENT_TYPES, one(params.type)) as Filter['type'];
  const result = await load(EventsQuery, { filter: { type } });

  return (
    <>
      <div className="page-head">
        <h1>Incidents</h1>
        <p className="lede">Clashes, strikes, operations and policies on the ground, newest first, with the claims made about each.</p>
      </div>
      <form className="filters panel" action="/events" role="search" aria-label="Filter incidents">
        <label>
          Type
          <select name="type" defaultValue={type ?? ''}>
            <option value="">Any type</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {label(t)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
        {type && <Link href="/events">Clear filter</Link>}
      </form>
      {!result.ok ? (
        <Failure message={result.error} />
      ) : result.data.events.edges.length === 0 ? (
        <Empty>No incident {type ? `of type “${label(type)}” ` : ''}recorded yet.</Empty>
      ) : (
        <>
          <div className="list-head">
            <p className="muted" role="status">
              {plural(result.data.events.totalCount, 'incident')}
              {type ? ` of type “${label(type)}”` : ''}
            </p>
            <ExportLinks entity="events" params={new URLSearchParams(type ? { type } : {})} what={type ? 'these incidents' : 'every incident'} />
          </div>
          <div className="panel table-scroll">
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Type</th>
                  <th scope="col">Where</th>
                  <th scope="col">Incident</th>
                  <th scope="col">Claims</th>
                </tr>
              </thead>
              <tbody>
                {result.data.events.edges.map(({ node: e }) => (
                  <tr key={e.id} id={eventAnchor(e)}>
                    <td data-label="Date">
                      <time dateTime={e.occurredOn}>{formatDate(e.occurredOn, e.datePrecision)}</time>
                    </td>
                    <td data-label="Type">{label(e.type)}</td>
                    <td data-label="Where">{e.locations.length ? e.locations.map(where).join('; ') : '—'}</td>
                    <td data-label="Incident">
                      {e.summary}
                      {e.source && (
                        <div className="muted">
                          Source: <Link href={hrefFor.source(e.source)}>{e.source.title}</Link>
                        </div>
                      )}
                    </td>
                    <td data-label="Claims">
                      {e.claims.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="plain-list">
                          {e.claims.map((c) => (
                            <li key={c.id}>
                              <Link href={hrefFor.claim(c)}>{c.text}</Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
