import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Empty, Failure } from '@/components/States.tsx';
import { formatDate, label, plural } from '@/lib/format.ts';
import { isDirect, quoted } from '@/lib/quote-marks.ts';
import { hrefFor, quoteAnchor } from '@/lib/ref.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { loadSource } from './load-source.ts';

type Params = Promise<{ ref: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await loadSource((await params).ref);
  return { title: r.ok && r.source ? r.source.title : 'Source' };
}

export default async function SourcePage({ params }: { params: Params }) {
  const result = await loadSource((await params).ref);
  if (!result.ok) return <Failure message={result.error} />;
  const source = result.source;
  if (!source) notFound();
  const quotes = [...source.quotes].sort((a, b) => a.start - b.start);
  return (
    <>
      <div className="page-head">
        <p className="eyebrow">
          <Link href="/sources">Sources</Link> / {label(source.kind)}
        </p>
        <h1>{source.title}</h1>
        <div className="meta-row">
          <span>{source.outlet}</span>
          <span>{source.publishedOn ? formatDate(source.publishedOn, source.publishedPrecision) : 'date unknown'}</span>
          <span>{label(source.kind)}</span>
          <span>{source.language}</span>
          <span>{plural(quotes.length, 'recorded quote')}</span>
          {source.url && (
            <a href={source.url} rel="noreferrer">
              Original
            </a>
          )}
        </div>
      </div>
      <div className="source-layout">
        <article className="panel" aria-label="Article text">
          <ArticleBody body={source.body} quotes={quotes} />
        </article>
        <aside className="panel" aria-labelledby="quotes-title">
          <h2 id="quotes-title">Quotes in this source</h2>
          {quotes.length === 0 ? (
            <Empty>No quote has been recorded from this source.</Empty>
          ) : (
            <ol className="plain-list quote-index">
              {quotes.map((q) => (
                <li key={q.id}>
                  <a href={`#${quoteAnchor(q.id)}`}>{quoted(q.text, isDirect(q.kind))}</a>
                  <div className="muted">
                    {q.statement.speaker.name} · <Link href={hrefFor.statement(q.statement)}>statement</Link>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </>
  );
}
