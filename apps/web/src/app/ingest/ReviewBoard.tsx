'use client';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ChangeSpeakerMutation, ConfirmActorMutation, ConfirmQuoteMutation, RejectQuoteMutation } from '@/graphql/review-documents.ts';
import { Empty } from '@/components/States.tsx';
import { formatDate, plural } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import { write, type Problem } from './editor-client.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { MarkedArticle } from './MarkedArticle.tsx';
import { applyQuote, applySpeaker, nextToReview, progress, speakersOf, type Candidate, type Review, type Speaker } from './review-model.ts';

export type Action = 'confirm' | 'reject' | 'speaker' | 'accept';

/** Keys that act on the current candidate; the page documents the same map. */
const KEYS: Record<string, 'next' | 'previous' | 'first' | 'last' | Action> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  c: 'confirm',
  r: 'reject',
  s: 'speaker',
  a: 'accept',
};

const typing = (target: EventTarget | null) => target instanceof Element && !!target.closest('input, textarea, select, [contenteditable="true"]');

/** One ingested article under review: its text with every candidate marked, and a card per candidate. */
export function ReviewBoard({ review, token, paused = false }: { review: Review; token: string; paused?: boolean }) {
  const [quotes, setQuotes] = useState(() => [...review.quotes].sort((a, b) => a.start - b.start || a.end - b.end));
  const [current, setCurrent] = useState(() => Math.max(0, quotes.findIndex((q) => q.link === 'SUGGESTED')));
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const boardRef = useRef<HTMLDivElement>(null);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const counts = progress(quotes);
  const speakers = useMemo(() => speakersOf(quotes), [quotes]);

  const focusCard = useCallback((index: number) => {
    setCurrent(index);
    // After React has made that card the tab stop.
    requestAnimationFrame(() => cards.current[index]?.focus());
  }, []);

  // The review starts where the keyboard can act on it: once, when the board appears.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !quotes.length) return;
    started.current = true;
    focusCard(current);
  }, [quotes.length, current, focusCard]);

  const run = useCallback(
    async (action: Action, index: number) => {
      const quote = quotes[index];
      if (!quote || busy) return;
      // The keys do what the card's buttons would, and refuse what a disabled button would.
      const refuse = (field: string, message: string) => setProblems((p) => ({ ...p, [quote.id]: { code: 'CONFLICT', field, message } }));
      if (action === 'speaker') {
        if (quote.statement.status === 'PUBLISHED') return refuse('input.speakerId', 'the statement is published, so its speaker is set; reject this link instead if it is wrong');
        setEditing(quote.id);
        return;
      }
      if (action === 'accept' && quote.statement.speaker.status !== 'PROPOSED') return;
      if (action === 'confirm' && quote.link === 'CONFIRMED') return setSaid(`Quote ${index + 1} is already confirmed.`);
      if (action === 'reject' && quote.link === 'REJECTED') return setSaid(`Quote ${index + 1} is already rejected.`);
      if (action === 'reject' && quote.link === 'CONFIRMED') return refuse('id', 'this quote is confirmed; a confirmed quote is corrected, not rejected');
      setBusy(quote.id);
      setProblems(({ [quote.id]: _gone, ...rest }) => rest);
      const n = `${index + 1} of ${quotes.length}`;
      if (action === 'accept') {
        const outcome = await write(ConfirmActorMutation, { id: quote.statement.speaker.id }, token);
        setBusy(null);
        if (!outcome.ok) return setProblems((p) => ({ ...p, [quote.id]: outcome.problem }));
        setQuotes((qs) => applySpeaker(qs, outcome.data.confirmActor));
        setSaid(`${outcome.data.confirmActor.name} added to the actors.`);
        return;
      }
      const outcome =
        action === 'confirm' ? await write(ConfirmQuoteMutation, { id: quote.id }, token) : await write(RejectQuoteMutation, { id: quote.id }, token);
      setBusy(null);
      if (!outcome.ok) return setProblems((p) => ({ ...p, [quote.id]: outcome.problem }));
      const updated = 'confirmQuote' in outcome.data ? outcome.data.confirmQuote : outcome.data.rejectQuote;
      const next = applyQuote(quotes, updated);
      setQuotes(next);
      setSaid(
        action === 'confirm'
          ? `Confirmed quote ${n}.${quote.statement.status !== 'PUBLISHED' && updated.statement.status === 'PUBLISHED' ? ' Its statement is published.' : ''}`
          : `Rejected quote ${n}.`,
      );
      const after = nextToReview(next, index);
      if (after !== index) focusCard(after);
    },
    [quotes, busy, token, focusCard],
  );

  const changeSpeaker = useCallback(
    async (quote: Candidate, speaker: Speaker) => {
      setEditing(null);
      const index = quotes.findIndex((q) => q.id === quote.id);
      focusCard(index);
      if (speaker.id === quote.statement.speaker.id) return;
      setBusy(quote.id);
      setProblems(({ [quote.id]: _gone, ...rest }) => rest);
      const outcome = await write(ChangeSpeakerMutation, { id: quote.id, speakerId: speaker.id }, token);
      setBusy(null);
      if (!outcome.ok) return setProblems((p) => ({ ...p, [quote.id]: outcome.problem }));
      setQuotes((qs) => applyQuote(qs, outcome.data.editQuote, true));
      setSaid(`Speaker of quote ${index + 1} is now ${outcome.data.editQuote.statement.speaker.name}.`);
    },
    [quotes, token, focusCard],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (paused || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const target = event.target as Node | null;
      // Keys act while the reader is in the review (or nowhere in particular), not in the header or the form.
      if (target !== document.body && !boardRef.current?.contains(target)) return;
      const what = KEYS[event.key];
      if (!what || !quotes.length) return;
      event.preventDefault();
      // The speaker box was left open and focus went elsewhere: moving on closes it.
      if (editing) setEditing(null);
      const last = quotes.length - 1;
      if (what === 'next') focusCard(Math.min(last, current + 1));
      else if (what === 'previous') focusCard(Math.max(0, current - 1));
      else if (what === 'first') focusCard(0);
      else if (what === 'last') focusCard(last);
      else void run(what, current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [quotes, current, editing, paused, run, focusCard]);

  const { source } = review;
  return (
    <div className="review" ref={boardRef}>
      <div className="panel review-head">
        <div className="review-title-row">
          <h2 id="review-title">{source.title}</h2>
          <span className={`badge ${review.created ? 'badge-new-source' : ''}`}>{review.created ? 'New source' : 'Ingested before'}</span>
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
        {!review.created && <p className="panel-note">This text was ingested before: its candidates are shown as they stand now.</p>}
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
        <p className="visually-hidden" role="status" aria-live="polite">
          {said}
        </p>
      </div>

      {quotes.length === 0 ? (
        <Empty>
          No candidate quotes in this article
          {review.unattributed.length ? `: ${plural(review.unattributed.length, 'quotation')} found, but no speaker for any (greyed in the text below)` : ''}.
        </Empty>
      ) : null}

      <div className={`review-layout${quotes.length === 0 ? ' is-empty' : ''}`}>
        <section className="panel review-article" aria-label="The article, candidates marked">
          <div className="mark-legend muted" aria-hidden="true">
            <span className="cand-mark link-suggested">to review</span> <span className="cand-mark link-confirmed">confirmed</span>{' '}
            <span className="cand-mark link-rejected">rejected</span> <span className="unattributed">no speaker found</span>
          </div>
          <MarkedArticle
            body={source.body}
            quotes={quotes}
            unattributed={review.unattributed}
            current={quotes[current]?.id}
            onPick={(id) => focusCard(quotes.findIndex((q) => q.id === id))}
          />
        </section>
        {quotes.length > 0 && (
          <ol className="candidates" data-testid="candidates" aria-label="Candidate quotes">
            {quotes.map((q, i) => (
              <li key={q.id}>
                <CandidateCard
                  ref={(el) => {
                    cards.current[i] = el;
                  }}
                  quote={q}
                  sourceId={source.id}
                  index={i}
                  total={quotes.length}
                  current={i === current}
                  busy={busy === q.id}
                  problem={problems[q.id]}
                  editing={editing === q.id}
                  speakers={speakers}
                  onFocus={() => setCurrent(i)}
                  onAction={(action) => void run(action, i)}
                  onSpeaker={(speaker) => void changeSpeaker(q, speaker)}
                  onCancelSpeaker={() => {
                    setEditing(null);
                    focusCard(i);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
