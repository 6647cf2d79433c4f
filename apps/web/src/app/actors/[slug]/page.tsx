import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SideBadge } from '@/components/Badges.tsx';
import { IntensityChart } from '@/components/chart/IntensityChart.tsx';
import { calendarDays } from '@/components/chart/escalation-series.ts';
import { Empty, Failure } from '@/components/States.tsx';
import { StatementItem } from '@/components/StatementItem.tsx';
import { ACTOR_PAGE_SIZE, ActorQuery } from '@/graphql/documents.ts';
import { countryName } from '@/lib/enums.ts';
import { formatDate, label, plural } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { one, type SearchParams } from '@/lib/params.ts';
import { hrefFor } from '@/lib/ref.ts';
import { ActorClaims } from './ActorClaims.tsx';
import { TopTargets } from './TopTargets.tsx';

type Params = Promise<{ slug: string }>;

/** The page's own query and variables, so its title and its body come from one fetch per request. */
async function loadActorPage(params: Params, searchParams: SearchParams) {
  const { slug } = await params;
  const query = await searchParams;
  const after = one(query.after);
  const before = one(query.before);
  // ?before= pages back towards the newest statements; otherwise page forward from the newest.
  const page = before ? { last: ACTOR_PAGE_SIZE, before } : { first: ACTOR_PAGE_SIZE, after };
  return load(ActorQuery, { slug, ...page });
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const result = await loadActorPage(params, searchParams);
  return { title: result.ok && result.data.actor ? result.data.actor.name : 'Actor' };
}

export default async function ActorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const result = await loadActorPage(params, searchParams);
  const query = await searchParams;
  const after = one(query.after);
  const before = one(query.before);
  if (!result.ok) return <Failure message={result.error} />;
  const actor = result.data.actor;
  if (!actor) notFound();
  const { statements } = actor;
  const trend = actor.intensityTrend;
  // Days the actor said nothing stay blank on the chart rather than being bridged.
  const trendDays = calendarDays(trend.map((p) => p.day));
  const trendByDay = new Map(trend.map((p) => [p.day, p.meanIntensity]));

  return (
    <>
      <div className="page-head">
        <p className="eyebrow">
          <Link href="/actors">Actors</Link> / {label(actor.kind)}
        </p>
        <h1>{actor.name}</h1>
        <div className="meta-row">
          <span>{countryName(actor.country)}</span>
          <SideBadge side={actor.side} />
          <span>{plural(statements.totalCount, 'statement')}</span>
        </div>
        {actor.description && <p className="lede">{actor.description}</p>}
      </div>

      <div className="grid-2">
        <section className="panel" aria-labelledby="who-title">
          <h2 id="who-title">Who they are</h2>
          <dl className="facts">
            <dt>Body</dt>
            <dd>{actor.parent ? <Link href={hrefFor.actor(actor.parent)}>{actor.parent.name}</Link> : <span className="muted">None recorded</span>}</dd>
            <dt>Roles</dt>
            <dd>
              {actor.roles.length === 0 ? (
                <span className="muted">None recorded</span>
              ) : (
                <ul className="plain-list">
                  {actor.roles.map((r, i) => (
                    <li key={i}>
                      {r.title}
                      {r.organization && (
                        <>
                          , <Link href={hrefFor.actor(r.organization)}>{r.organization.name}</Link>
                        </>
                      )}
                      {(r.from || r.to) && (
                        <span className="muted">
                          {' '}
                          ({r.from ? formatDate(r.from) : '…'} – {r.to ? formatDate(r.to) : 'present'})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Also written</dt>
            <dd>
              {actor.aliases.length === 0 ? (
                <span className="muted">No aliases</span>
              ) : (
                <ul className="chips" aria-label="Aliases">
                  {actor.aliases.map((a) => (
                    <li key={a.text} title={label(a.kind)}>
                      {a.text}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {actor.members.length > 0 && (
              <>
                <dt>Members</dt>
                <dd>
                  <ul className="chips">
                    {actor.members.map((m) => (
                      <li key={m.id}>
                        <Link href={hrefFor.actor(m)}>{m.name}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </section>
        <TopTargets targets={actor.topTargets} />
      </div>

      <section className="panel" aria-labelledby="trend-title">
        <h2 id="trend-title">Intensity over time</h2>
        <p className="panel-note">Mean intensity of {actor.name}’s statements per day, −10 hostile … +10 cooperative.</p>
        {trend.length === 0 ? (
          <Empty>No statements, so no trend.</Empty>
        ) : (
          <>
            <IntensityChart
              height={200}
              days={trendDays}
              series={[{ label: actor.name, colorVar: '--accent', values: trendDays.map((d) => trendByDay.get(d) ?? null) }]}
              label={`Line chart of ${actor.name}'s mean intensity per day`}
            />
            <details className="data-table">
              <summary>Show the numbers</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Mean intensity</th>
                    <th scope="col">Statements</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.map((p) => (
                    <tr key={p.day}>
                      <th scope="row">{formatDate(p.day)}</th>
                      <td>{Math.round(p.meanIntensity * 10) / 10}</td>
                      <td>{p.statements}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>

      <ActorClaims stances={actor.stances} />

      <section className="panel" aria-labelledby="statements-title">
        <h2 id="statements-title">Statements, newest first</h2>
        {statements.edges.length === 0 ? (
          <Empty>{after || before ? 'No more statements this way.' : `${actor.name} has no recorded statements.`}</Empty>
        ) : (
          <ol className="plain-list">
            {statements.edges.map(({ node }) => (
              <li key={node.id}>
                <StatementItem statement={node} showSpeaker={false} />
              </li>
            ))}
          </ol>
        )}
        <nav className="pager" aria-label="Statement pages">
          {statements.pageInfo.hasPreviousPage && statements.pageInfo.startCursor && (after || before) ? (
            <Link href={`?before=${encodeURIComponent(statements.pageInfo.startCursor)}#statements-title`}>← Newer</Link>
          ) : (
            <span />
          )}
          {(before || statements.pageInfo.hasNextPage) && statements.pageInfo.endCursor ? (
            <Link href={`?after=${encodeURIComponent(statements.pageInfo.endCursor)}#statements-title`}>Older →</Link>
          ) : (
            <span />
          )}
        </nav>
      </section>
    </>
  );
}
