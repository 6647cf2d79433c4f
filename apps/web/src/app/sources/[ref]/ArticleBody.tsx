import Link from 'next/link';
import { Fragment } from 'react';
import { segment } from '@/lib/ranges.ts';
import { hrefFor, quoteAnchor } from '@/lib/ref.ts';

interface Quote {
  id: string;
  start: number;
  end: number;
  text: string;
  statement: { id: string; key: string | null; text: string; speaker: { name: string } };
}

/**
 * The source text as stored, every recorded quote marked at its span and linked to its statement. Spans
 * are JavaScript string offsets into this exact body, so the text is rendered unaltered (pre-wrap).
 * Overlapping quotes are cut into flat pieces; each piece links to the innermost quote covering it.
 */
export function ArticleBody({ body, quotes }: { body: string; quotes: Quote[] }) {
  const anchored = new Set<string>();
  return (
    <div className="article-body">
      {segment(body, quotes).map((piece) => {
        const quote = piece.covering[0];
        if (!quote) return piece.text;
        // An empty anchor where each quote starts, so "read it in the source" lands on its first word.
        const anchors = piece.covering.filter((q) => !anchored.has(q.id));
        for (const q of anchors) anchored.add(q.id);
        const others = piece.covering.length - 1;
        return (
          <Fragment key={piece.start}>
            {anchors.map((q) => (
              <span key={q.id} id={quoteAnchor(q.id)} className="quote-anchor" />
            ))}
            <Link
              prefetch={false}
              className={`quote-mark${others ? ' overlap' : ''}`}
              href={hrefFor.statement(quote.statement)}
              title={`${quote.statement.speaker.name}: ${quote.statement.text}${others ? ` (and ${others} overlapping quote${others > 1 ? 's' : ''})` : ''}`}
            >
              {piece.text}
            </Link>
          </Fragment>
        );
      })}
    </div>
  );
}
