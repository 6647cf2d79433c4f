'use client';
import Link from 'next/link';
import { formatDate, plural } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import { progress, type Candidate, type Review } from './review-model.ts';

const ORIGIN: Record<Review['origin'], { badge: string; note?: string }> = {
  new: { badge: 'New source' },
  again: { badge: 'Ingested before', note: 'This text was ingested before: its candidates are shown as they stand now.' },
  queue: { badge: 'From the review queue', note: 'Ingested elsewhere (the API or the command line): its candidates as they stand now.' },
};

/** The article's title, the review's progress, undo, and what the extractor could not store. */
export function ReviewHead({
  review,
  quotes,
  said,
  undoLabel,
  onUndo,
  onHelp,
}: {
  review: Review;
  quotes: readonly Candidate[];
  said: string;
  undoLabel: string | undefined;
  onUndo: () => void;
  onHelp: () => void;
}) {
  const { source } = review;
  const counts = progress(quotes);
  const origin = ORIGIN[review.origin];
  return (
    <div className="panel review-head">
      <div className="review-title-row">
        <h2 id="review-title">{source.title}</h2>
        <span className={`badge ${review.origin === 'new' ? 'badge-new-source' : ''}`}>{origin.badge}</span>
      </div>
      <div className="meta-row">
        <span>{source.outlet}</span>
        <span>{source.publishedOn ? formatDate(source.publishedOn) : 'date unknown'}</span>
        {source.url && (
          <a href={source.url} rel="noreferrer">
            Original
          </a>
        )}
        <Link prefetch={false} href={hrefFor.source(source)}>
          Source page
        </Link>
      </div>
      {origin.note && <p className="panel-note">{origin.note}</p>}
      {quotes.length > 0 && (
        <div className="review-progress">
          <progress max={counts.total} value={counts.reviewed} aria-labelledby="review-progress-text" />
          <p id="review-progress-text" data-testid="review-progress">
            <strong>
              {counts.reviewed} of {counts.total} reviewed
            </strong>
            <span className="muted">
              {' '}
              · {counts.confirmed} confirmed · {counts.rejected} rejected
              {review.unattributed.length > 0 && ` · ${plural(review.unattributed.length, 'quotation')} with no speaker (greyed)`}
            </span>
          </p>
        </div>
      )}
      <div className="review-tools">
        <button type="button" className="button-secondary" disabled={!undoLabel} onClick={onUndo} aria-keyshortcuts="u" data-testid="undo">
          {undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'} <kbd>u</kbd>
        </button>
        <button type="button" className="button-secondary" onClick={onHelp} aria-keyshortcuts="?">
          Shortcuts <kbd>?</kbd>
        </button>
      </div>
      {review.problems.length > 0 && (
        <details className="ingest-problems" data-testid="ingest-problems" open>
          <summary>{plural(review.problems.length, 'candidate')} could not be stored</summary>
          <ul>
            {review.problems.map((p) => (
              <li key={`${p.start}-${p.end}`}>
                <span className="problem-text">{p.text}</span> <span className="muted">— {p.reason}</span>
              </li>
            ))}
          </ul>
          <p className="panel-note">
            Select the words in the article and press <kbd>n</kbd> to add one by hand.
          </p>
        </details>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="review-said">
        {said}
      </p>
    </div>
  );
}
