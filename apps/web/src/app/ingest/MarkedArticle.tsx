'use client';
import { Fragment, useEffect, useRef } from 'react';
import { segment } from '@/lib/ranges.ts';
import type { Candidate, Range } from './review-model.ts';

type Span = Range & ({ kind: 'quote'; quote: Candidate; n: number } | { kind: 'unattributed' } | { kind: 'speaker' });

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The article exactly as stored (spans are offsets into it), each candidate marked in the colour of its
 * review state and numbered like its card, the current one outlined with the words naming its speaker
 * underlined, and quotations nobody could be found for greyed. Clicking a mark selects its card.
 */
export function MarkedArticle({
  body,
  quotes,
  unattributed,
  current,
  onPick,
}: {
  body: string;
  quotes: readonly Candidate[];
  unattributed: readonly Range[];
  current: string | undefined;
  onPick: (quoteId: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const spans: Span[] = [
    ...quotes.map((quote, i) => ({ kind: 'quote' as const, start: quote.start, end: quote.end, quote, n: i + 1 })),
    ...unattributed.map((u) => ({ kind: 'unattributed' as const, start: u.start, end: u.end })),
  ];
  const focused = quotes.find((q) => q.id === current);
  if (focused?.candidate?.speakerStart != null && focused.candidate.speakerEnd != null) {
    spans.push({ kind: 'speaker', start: focused.candidate.speakerStart, end: focused.candidate.speakerEnd });
  }

  // Keep the current candidate's words in view inside the article's own scroll box.
  useEffect(() => {
    const box = scroller.current;
    const mark = current ? box?.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(current)}"]`) : null;
    if (!box || !mark || box.scrollHeight <= box.clientHeight) return;
    // The box is position: relative, so offsetTop is measured from its top.
    const top = mark.offsetTop;
    if (top < box.scrollTop + 8 || top + mark.offsetHeight > box.scrollTop + box.clientHeight - 8) {
      box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
  }, [current]);

  const numbered = new Set<string>();
  return (
    <div
      className="article-body review-text"
      ref={scroller}
      onClick={(event) => {
        const id = (event.target as Element).closest<HTMLElement>('[data-quote]')?.dataset.quote;
        if (id) onPick(id);
      }}
    >
      {segment(body, spans).map((piece) => {
        const quotesHere = piece.covering.filter((s): s is Extract<Span, { kind: 'quote' }> => s.kind === 'quote');
        const speaker = piece.covering.some((s) => s.kind === 'speaker');
        const text = speaker ? <span className="speaker-mention">{piece.text}</span> : piece.text;
        const quote = quotesHere.find((s) => s.quote.id === current) ?? quotesHere[0];
        if (!quote) {
          if (piece.covering.some((s) => s.kind === 'unattributed')) {
            return (
              <span key={piece.start} className="unattributed" title="Quotation with no speaker found; not stored">
                {text}
              </span>
            );
          }
          return speaker ? <Fragment key={piece.start}>{text}</Fragment> : piece.text;
        }
        const first = !numbered.has(quote.quote.id);
        numbered.add(quote.quote.id);
        const isCurrent = quote.quote.id === current;
        return (
          <Fragment key={piece.start}>
            {first && (
              <sup className={`cand-num${isCurrent ? ' is-current' : ''}`} aria-hidden="true" data-not-text="">
                {quote.n}
              </sup>
            )}
            <mark
              className={`cand-mark link-${quote.quote.link.toLowerCase()}${isCurrent ? ' is-current' : ''}`}
              data-quote-id={first ? quote.quote.id : undefined}
              data-quote={quote.quote.id}
              title={`${quote.n}. ${quote.quote.statement.speaker.name}`}
            >
              {text}
            </mark>
          </Fragment>
        );
      })}
    </div>
  );
}
