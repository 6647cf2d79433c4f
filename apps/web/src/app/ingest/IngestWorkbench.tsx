'use client';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Empty } from '@/components/States.tsx';
import { TokenField } from '@/components/TokenField.tsx';
import { IngestArticleMutation, REVIEW_QUEUE_SIZE, ReviewSourceQuery } from '@/graphql/review-documents.ts';
import { readAsEditor, write, type Problem } from './editor-client.ts';
import { useEditorToken } from './editor-token.ts';
import { ProblemNote } from './ProblemNote.tsx';
import { ReviewBoard } from './ReviewBoard.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import { FeedsPanel } from './FeedsPanel.tsx';
import { LiveQueueSignal } from './LiveQueueSignal.tsx';
import { UrlIngestForm, type UrlAnswer } from './UrlIngestForm.tsx';
import type { Review } from './review-model.ts';

/** The API refuses longer texts; saying so before sending spares a 1 MB round trip. */
const MAX_TEXT = 1_000_000;

/** Form fields by the input path the API names in extensions.field. */
const FIELD_IDS: Record<string, string> = {
  token: 'editor-token',
  'input.title': 'ingest-title',
  'input.outlet': 'ingest-outlet',
  'input.url': 'ingest-url',
  'input.publishedOn': 'ingest-published',
  'input.text': 'ingest-text',
};

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/**
 * Paste an article, send it to ingestArticle with the editor's token, then review what came back; or open
 * an article from the review queue (ingested anywhere) without pasting it again.
 */
export function IngestWorkbench({ keyHelp }: { keyHelp: ReactNode }) {
  const [token, setToken, tokenLoaded] = useEditorToken();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  // Each answer starts a fresh board, even when the same source comes back.
  const [round, setRound] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  // Bumped by every write, so the queue's counts follow the review.
  const [queueVersion, setQueueVersion] = useState(0);
  useEffect(() => setHydrated(true), []);

  const blamed = problem?.field && FIELD_IDS[problem.field] ? problem.field : undefined;
  useEffect(() => {
    if (blamed) document.getElementById(FIELD_IDS[blamed]!)?.focus();
  }, [blamed, problem]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const text = String(form.get('text') ?? '');
    if (!token.trim()) {
      setProblem({ code: 'UNAUTHENTICATED', field: 'token', message: 'writes need an editor token; paste one to ingest' });
      return;
    }
    if (text.length > MAX_TEXT) {
      setProblem({
        code: 'BAD_USER_INPUT',
        field: 'input.text',
        message: `must be at most ${MAX_TEXT.toLocaleString('en')} characters (this one has ${text.length.toLocaleString('en')})`,
      });
      return;
    }
    setLoading(true);
    setProblem(null);
    const outcome = await write(
      IngestArticleMutation,
      {
        input: {
          text,
          title: value('title'),
          outlet: value('outlet'),
          url: value('url') || null,
          publishedOn: value('publishedOn') || null,
        },
      },
      token.trim(),
    );
    setLoading(false);
    if (!outcome.ok) {
      const p = outcome.problem;
      // A board under review stays: the failed paste is named above it.
      setProblem(AUTH_CODES.has(p.code ?? '') ? { ...p, field: 'token', message: `the API refused this token (${p.message})` } : p);
      return;
    }
    accept(outcome.data.ingestArticle);
  }

  /** A paste and a URL answer alike: the article opens for review. */
  function accept(r: UrlAnswer) {
    setReview({
      source: r.source,
      origin: r.created ? 'new' : 'again',
      quotes: r.quotes,
      unattributed: r.unattributed,
      problems: r.problems,
    });
    setRound((n) => n + 1);
    setQueueVersion((v) => v + 1);
  }

  async function openQueued(id: string) {
    setLoading(true);
    setProblem(null);
    const outcome = await readAsEditor(ReviewSourceQuery, { id, first: REVIEW_QUEUE_SIZE }, token.trim());
    setLoading(false);
    if (!outcome.ok) return setProblem(outcome.problem);
    const source = outcome.data.node;
    if (!source || !('body' in source)) return setProblem({ code: 'NOT_FOUND', message: 'That article is no longer in Parley.' });
    const { decided, ...fields } = source;
    const queued = outcome.data.reviewQueue.edges.map((e) => e.node);
    setReview({ source: fields, origin: 'queue', quotes: [...queued, ...decided], unattributed: [], problems: [] });
    setRound((n) => n + 1);
  }

  const invalid = (field: string) => (blamed === field ? { 'aria-invalid': true, 'aria-describedby': 'ingest-problem' } : {});

  return (
    <>
      <div className="ingest-top">
        <form className="panel ingest-form" method="post" onSubmit={submit} aria-labelledby="ingest-form-title" aria-busy={loading}>
          <h2 id="ingest-form-title">Article</h2>
          <div className="ingest-fields">
            <label className="field field-wide">
              <span>Title</span>
              <input id="ingest-title" name="title" type="text" required maxLength={500} {...invalid('input.title')} />
            </label>
            <label className="field">
              <span>Outlet</span>
              <input id="ingest-outlet" name="outlet" type="text" required maxLength={200} placeholder="e.g. Dawn" {...invalid('input.outlet')} />
            </label>
            <label className="field">
              <span>
                Published <span className="optional">(optional)</span>
              </span>
              <input id="ingest-published" name="publishedOn" type="date" {...invalid('input.publishedOn')} />
            </label>
            <label className="field field-wide">
              <span>
                URL <span className="optional">(optional)</span>
              </span>
              <input id="ingest-url" name="url" type="url" placeholder="https://" {...invalid('input.url')} />
            </label>
            <div className="field field-full">
              <label htmlFor="ingest-text">Article text</label>
              <textarea
                id="ingest-text"
                name="text"
                required
                rows={9}
                spellCheck={false}
                aria-invalid={blamed === 'input.text' || undefined}
                aria-describedby={blamed === 'input.text' ? 'ingest-problem ingest-text-hint' : 'ingest-text-hint'}
              />
              <span id="ingest-text-hint" className="field-hint">
                Paste it as printed, quotation marks and all. The same text again brings back its candidates as they stand.
              </span>
            </div>
          </div>
          <div className="ingest-submit">
            <TokenField
              id="editor-token"
              token={token}
              setToken={setToken}
              invalid={blamed === 'token'}
              describedBy={blamed === 'token' ? 'ingest-problem' : undefined}
              hint={
                tokenLoaded && token
                  ? 'Kept in this tab only; sent with writes, never with reads.'
                  : 'Needed to write. Kept in this tab only (sessionStorage), never in the address bar.'
              }
            />
            <button type="submit" disabled={!hydrated || loading}>
              {loading ? 'Finding quotes…' : 'Find quotes'}
            </button>
          </div>
          {problem && <ProblemNote id="ingest-problem" title="The article could not be ingested" problem={problem} />}
        </form>
        {keyHelp}
      </div>

      <UrlIngestForm token={token.trim()} onResult={accept} onBusy={setLoading} />

      <LiveQueueSignal onChange={() => setQueueVersion((v) => v + 1)} />
      <ReviewQueue token={tokenLoaded ? token.trim() : ''} version={queueVersion} open={review?.source.id ?? null} onOpen={(id) => void openQueued(id)} />
      <FeedsPanel token={tokenLoaded ? token.trim() : ''} version={queueVersion} />

      <section className="review-area" aria-label="Review" aria-busy={loading}>
        {loading && (
          <div className="panel review-loading" role="status">
            <h2>Reading the article…</h2>
            <p className="muted">Finding quotations, resolving speakers, looking for statements they print.</p>
            <div className="loading-bars" aria-hidden="true">
              <span />
              <span />
              <span />
            </div>
          </div>
        )}
        {review ? (
          // Kept mounted (hidden) while the next paste loads, so a failed one leaves this review as it was.
          <div hidden={loading}>
            <ReviewBoard key={round} review={review} token={token.trim()} paused={loading} onChanged={() => setQueueVersion((v) => v + 1)} />
          </div>
        ) : (
          !loading && (
            <div className="panel">
              <h2>Candidates</h2>
              <Empty>
                {problem
                  ? 'No candidates to review: fix what is named above and try again.'
                  : 'Paste an article above and choose Find quotes. Each quotation found appears here for review, highlighted in the text.'}
              </Empty>
            </div>
          )
        )}
      </section>
    </>
  );
}
