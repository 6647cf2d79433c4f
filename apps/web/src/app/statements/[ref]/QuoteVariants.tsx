import Link from 'next/link';
import { Empty } from '@/components/States.tsx';
import { formatDate, label } from '@/lib/format.ts';
import { hrefFor, quoteAnchor } from '@/lib/ref.ts';
import { wordDiff } from '@/lib/word-diff.ts';

interface Quote {
  id: string;
  text: string;
  kind: string;
  link: string;
  source: { id: string; key: string | null; title: string; outlet: string; publishedOn: string | null };
  context: { before: string; text: string; after: string };
}

/** Every outlet's printing of the statement, side by side, with the words that differ from the canonical wording marked. */
export function QuoteVariants({ canonical, quotes }: { canonical: string; quotes: Quote[] }) {
  return (
    <section aria-labelledby="variants-title" className="panel">
      <h2 id="variants-title">As printed: {quotes.length === 1 ? 'one version' : `${quotes.length} versions`}</h2>
      <p className="panel-note">
        <ins className="legend-ins">Highlighted</ins> words differ from the canonical wording above (case and punctuation ignored).
      </p>
      {quotes.length === 0 ? (
        <Empty>No outlet’s printing of this statement has been recorded yet.</Empty>
      ) : (
        <ol className="variants" data-testid="variants">
          {quotes.map((q) => {
            const href = `${hrefFor.source(q.source)}#${quoteAnchor(q.id)}`;
            return (
              <li key={q.id}>
                <article className="variant" aria-label={`Version printed in ${q.source.title}`}>
                  <h3>
                    <Link href={href}>{q.source.title}</Link>
                  </h3>
                  <div className="meta-row">
                    <span>{q.source.outlet}</span>
                    {q.source.publishedOn && <span>{formatDate(q.source.publishedOn)}</span>}
                    <span className="badge">{label(q.kind)}</span>
                    {q.link !== 'CONFIRMED' && <span className="badge">{label(q.link)} link</span>}
                  </div>
                  <blockquote>
                    <p>{wordDiff(canonical, q.text).map((t, i) => (t.changed ? <ins key={i}>{t.text}</ins> : t.text))}</p>
                  </blockquote>
                  <p className="in-context">
                    <span className="visually-hidden">In context: </span>…{q.context.before}
                    <mark>{q.context.text}</mark>
                    {q.context.after}…
                  </p>
                  <p>
                    <Link href={href}>
                      Read it in the source<span aria-hidden="true"> →</span>
                    </Link>
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
