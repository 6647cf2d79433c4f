'use client';
import { useEffect, useState } from 'react';
import { Empty } from '@/components/States.tsx';
import { REVIEW_SOURCES, ReviewSourcesQuery } from '@/graphql/review-reads.ts';
import type { ResultOf } from '@/graphql/tada.ts';
import { formatDate } from '@/lib/format.ts';
import { readAsEditor, type Problem } from './editor-client.ts';
import { ProblemNote } from './ProblemNote.tsx';

type QueuedSource = ResultOf<typeof ReviewSourcesQuery>['reviewSources'][number];

/**
 * Articles with quotes awaiting review, wherever they were ingested (this page, the API, the command line):
 * choosing one opens it for review without pasting it again. Reloaded whenever `version` changes.
 */
export function ReviewQueue({ token, version, open, onOpen }: { token: string; version: number; open: string | null; onOpen: (sourceId: string) => void }) {
  const [sources, setSources] = useState<QueuedSource[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!token) return;
    let live = true;
    setLoading(true);
    void readAsEditor(ReviewSourcesQuery, { first: REVIEW_SOURCES }, token).then((o) => {
      if (!live) return;
      setLoading(false);
      setProblem(o.ok ? null : o.problem);
      if (o.ok) setSources(o.data.reviewSources);
    });
    return () => {
      live = false;
    };
  }, [token, version]);

  return (
    <nav className="panel review-queue" aria-labelledby="queue-title" aria-busy={loading} data-testid="review-queue">
      <h2 id="queue-title">Review queue</h2>
      {!token ? (
        <Empty>Paste your editor token to see the articles awaiting review.</Empty>
      ) : problem ? (
        <ProblemNote title="The queue could not be loaded" problem={problem} />
      ) : sources === null ? (
        <p className="muted" role="status">
          Loading the queue…
        </p>
      ) : sources.length === 0 ? (
        <Empty>Nothing awaits review. Articles ingested here, through the API or from the command line appear in this list.</Empty>
      ) : (
        <ul className="queue-list">
          {sources.map((s) => (
            <li key={s.id}>
              <button type="button" className="queue-item" aria-current={s.id === open ? 'true' : undefined} onClick={() => onOpen(s.id)}>
                <span className="queue-title">{s.title}</span>
                <span className="muted">
                  {s.outlet} · {s.publishedOn ? formatDate(s.publishedOn) : 'date unknown'}
                </span>
                <span className="badge queue-count" title="Quotes awaiting review">
                  {s.awaitingReview} to review
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
