import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SideBadge } from '@/components/Badges.tsx';
import { Figures } from '@/components/Figures.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { ClaimByKeyQuery, ClaimQuery } from '@/graphql/documents.ts';
import { formatDate, label } from '@/lib/format.ts';
import { load } from '@/lib/load.ts';
import { decodeRef, globalIdOf, hrefFor } from '@/lib/ref.ts';
import { allDirect, quoted } from '@/lib/quote-marks.ts';
import { isAssertion } from '../stances.ts';

type Params = Promise<{ ref: string }>;

/** A claim by its key, or by its global id (older links, and claims made without a key). */
async function loadClaim(ref: string) {
  const id = globalIdOf(ref, 'Claim');
  if (!id) {
    const r = await load(ClaimByKeyQuery, { key: ref });
    return r.ok ? { ok: true as const, claim: r.data.claim } : r;
  }
  const r = await load(ClaimQuery, { id });
  return r.ok ? { ok: true as const, claim: r.data.node && 'stances' in r.data.node ? r.data.node : null } : r;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await loadClaim(decodeRef((await params).ref));
  return { title: r.ok && r.claim ? r.claim.text : 'Claim' };
}

export default async function ClaimPage({ params }: { params: Params }) {
  const result = await loadClaim(decodeRef((await params).ref));
  if (!result.ok) return <Failure message={result.error} />;
  const claim = result.claim;
  if (!claim) notFound();
  const columns = [
    { title: 'Asserts', className: 'stance-asserts', stances: claim.stances.filter((s) => isAssertion(s.stance)) },
    { title: 'Denies or disputes', className: 'stance-denies', stances: claim.stances.filter((s) => !isAssertion(s.stance)) },
  ];
  return (
    <>
      <div className="page-head">
        <p className="eyebrow">
          <Link href="/claims">Claims</Link>
        </p>
        <h1>{claim.text}</h1>
        <div className="meta-row">
          <span>As the proposition states it:</span>
          <Figures of={claim} />
          {claim.source && (
            <span>
              Recorded from <Link href={hrefFor.source(claim.source)}>{claim.source.title}</Link>
            </span>
          )}
        </div>
        {claim.event && (
          <p className="panel-note">
            {label(claim.event.type)}, {formatDate(claim.event.occurredOn, claim.event.datePrecision)}
            {claim.event.locations.length > 0 &&
              ` — ${claim.event.locations.map((l) => [l.place, l.province, l.country].filter(Boolean).join(', ')).join('; ')}`}
            . {claim.event.summary}
          </p>
        )}
      </div>
      <div className="stance-columns">
        {columns.map((col) => (
          <section key={col.title} className={`panel ${col.className}`} aria-label={col.title}>
            <h2>{col.title}</h2>
            {col.stances.length === 0 ? (
              <Empty>Nobody on record.</Empty>
            ) : (
              <ul className="plain-list">
                {col.stances.map((s, i) => (
                  <li key={i} className="stance-card">
                    <h3>
                      <Link href={hrefFor.actor(s.actor)}>{s.actor.name}</Link> <SideBadge side={s.actor.side} />{' '}
                      <span className="badge">{label(s.stance)}</span>
                    </h3>
                    <Figures of={s} empty="Gave no figures." />
                    {s.statement && (
                      <p className="statement-text">
                        <Link href={hrefFor.statement(s.statement)}>{quoted(s.statement.text, allDirect(s.statement.quotes.map((q) => q.kind)))}</Link>{' '}
                        <span className="muted">({formatDate(s.statement.saidOn)})</span>
                      </p>
                    )}
                    {s.source && (
                      <p className="muted">
                        Source: <Link href={hrefFor.source(s.source)}>{s.source.title}</Link>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
