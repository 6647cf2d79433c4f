import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActBadge, StatusBadge } from '@/components/Badges.tsx';
import { Figures } from '@/components/Figures.tsx';
import { Empty, Failure } from '@/components/States.tsx';
import { channelName, formatDate, label, plural } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import { loadStatement } from './load-statement.ts';
import { QuoteVariants } from './QuoteVariants.tsx';

type Params = Promise<{ ref: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await loadStatement((await params).ref);
  return { title: r.ok && r.statement ? `${r.statement.speaker.name}, ${formatDate(r.statement.saidOn, r.statement.datePrecision)}` : 'Statement' };
}

export default async function StatementPage({ params }: { params: Params }) {
  const result = await loadStatement((await params).ref);
  if (!result.ok) return <Failure message={result.error} />;
  const s = result.statement;
  if (!s) notFound();
  const siblings = s.occasion.statements.filter((o) => o.id !== s.id);

  return (
    <>
      <div className="page-head">
        <p className="eyebrow">
          <Link href={hrefFor.actor(s.speaker)}>{s.speaker.name}</Link> · {channelName(s.channel)}
          {s.venue ? ` · ${s.venue}` : ''} · <time dateTime={s.saidOn}>{formatDate(s.saidOn, s.datePrecision)}</time>
        </p>
        <h1 className="visually-hidden">Statement by {s.speaker.name}</h1>
        <blockquote className="canonical">
          <p>{s.text}</p>
        </blockquote>
        <div className="meta-row">
          <ActBadge act={s.act} intensity={s.intensity} />
          {s.conditional && <span className="badge conditional">Conditional (if/then)</span>}
          <span>Printed by {plural(s.outletCount, 'outlet')}</span>
          {s.occasion.url && (
            <a href={s.occasion.url} rel="noreferrer">
              Original {s.venue ?? 'post'}
            </a>
          )}
        </div>
        {(s.note || s.occasion.note) && (
          <p className="editor-note">
            <strong>Editor’s note.</strong> {[s.note, s.occasion.note].filter(Boolean).join(' ')}
          </p>
        )}
      </div>

      <QuoteVariants canonical={s.text} quotes={s.quotes} />

      <div className="grid-2">
        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">Addressed to and about</h2>
          <dl className="facts">
            <dt>Targets</dt>
            <dd>
              {s.targets.length === 0 ? (
                <span className="muted">Nobody named</span>
              ) : (
                <ul className="chips">
                  {s.targets.map((t) => (
                    <li key={t.id}>
                      <Link href={hrefFor.actor(t)}>{t.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Topics</dt>
            <dd>
              {s.topics.length === 0 ? (
                <span className="muted">None</span>
              ) : (
                <ul className="chips">
                  {s.topics.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Round</dt>
            <dd>
              {s.round ? (
                <>
                  <Link href={hrefFor.round(s.round)}>{s.round.title}</Link> <StatusBadge status={s.round.status} />
                </>
              ) : (
                <span className="muted">Not tied to a round</span>
              )}
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="bears-title">
          <h2 id="bears-title">Claims it bears on</h2>
          {s.stances.length === 0 ? (
            <Empty>This statement asserts or denies no recorded claim.</Empty>
          ) : (
            <ul className="plain-list">
              {s.stances.map((st, i) => (
                <li key={i} className="stance-card">
                  <span className={`badge stance stance-${st.stance.toLowerCase()}`}>{label(st.stance)}</span>{' '}
                  <Link href={hrefFor.claim(st.claim)}>{st.claim.text}</Link>
                  <Figures of={st} empty="" />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {siblings.length > 0 && (
        <section className="panel" aria-labelledby="siblings-title">
          <h2 id="siblings-title">Also said on this occasion</h2>
          <ul className="plain-list">
            {siblings.map((o) => (
              <li key={o.id} className="statement-text">
                <Link href={hrefFor.statement(o)}>{o.text}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
