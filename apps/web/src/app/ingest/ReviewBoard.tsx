'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Empty } from '@/components/States.tsx';
import { plural } from '@/lib/format.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { HelpPanel } from './HelpPanel.tsx';
import { MarkedArticle } from './MarkedArticle.tsx';
import { ProblemNote } from './ProblemNote.tsx';
import { ProposeQuoteForm } from './ProposeQuoteForm.tsx';
import { ReviewHead } from './ReviewHead.tsx';
import { KEYS } from './review-keys.ts';
import { isEditor, nextToReview, speakersOf, type Editor, type Range, type Review } from './review-model.ts';
import { selectedSpan } from './selection.ts';
import { useActIntensity } from './use-act-intensity.ts';
import { useReview } from './use-review.ts';
import { useReviewActions } from './use-review-actions.ts';

const typing = (target: EventTarget | null) => target instanceof Element && !!target.closest('input, textarea, select, [contenteditable="true"]');

/** One article under review: its text with every candidate marked, and a card per candidate. */
export function ReviewBoard({ review, token, paused = false, onChanged }: { review: Review; token: string; paused?: boolean; onChanged?: () => void }) {
  const state = useReview(review, token, onChanged);
  const { quotes, busy, problems, said, setSaid, undoLabels, undo } = state;
  const [current, setCurrent] = useState(() =>
    Math.max(
      0,
      quotes.findIndex((q) => q.link === 'SUGGESTED'),
    ),
  );
  const [editing, setEditing] = useState<{ id: string; what: Editor } | null>(null);
  const [selection, setSelection] = useState<(Range & { text: string }) | null>(null);
  const [help, setHelp] = useState(false);
  const acts = useActIntensity();
  const boardRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLDivElement>(null);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const speakers = useMemo(() => speakersOf(quotes), [quotes]);

  const focusCard = useCallback((index: number) => {
    if (index < 0) return;
    setCurrent(index);
    // After React has made that card the tab stop.
    requestAnimationFrame(() => cards.current[index]?.focus());
  }, []);
  const focusQuote = useCallback((id: string | null) => focusCard(quotes.findIndex((q) => q.id === id)), [quotes, focusCard]);
  // A write's answer lands in the list after this render: focus its card once it is there.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const index = quotes.findIndex((q) => q.id === focusTarget);
    if (index >= 0) focusCard(index);
    setFocusTarget(null);
  }, [quotes, focusTarget, focusCard]);

  // The review starts where the keyboard can act on it: once, when the board appears.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !quotes.length) return;
    started.current = true;
    focusCard(current);
  }, [quotes.length, current, focusCard]);

  const actions = useReviewActions(state, {
    open: (id, what) => setEditing({ id, what }),
    close: () => setEditing(null),
    moveOn: (id) => {
      // After a decision, on to the next candidate still to review.
      const index = quotes.findIndex((q) => q.id === id);
      const after = nextToReview(quotes, index);
      focusCard(after);
    },
    focus: focusQuote,
  });

  const startProposal = useCallback(() => {
    const span = articleRef.current ? selectedSpan(articleRef.current, review.source.body) : null;
    if (!span) return setSaid('Select the missed words in the article first, then press n.');
    setSelection(span);
  }, [review.source.body, setSaid]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (paused || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const target = event.target as Node | null;
      // Keys act while the reader is in the review (or nowhere in particular), not in the header or the form.
      if (target !== document.body && !boardRef.current?.contains(target)) return;
      const what = KEYS[event.key];
      if (!what) return;
      event.preventDefault();
      if (what === 'help') return setHelp((h) => !h);
      if (what === 'undo') return void undo().then(setFocusTarget);
      if (what === 'propose') return startProposal();
      if (!quotes.length) return;
      // A form was left open and focus went elsewhere: the next key closes it.
      if (editing) setEditing(null);
      const last = quotes.length - 1;
      if (what === 'next') focusCard(Math.min(last, current + 1));
      else if (what === 'previous') focusCard(Math.max(0, current - 1));
      else if (what === 'first') focusCard(0);
      else if (what === 'last') focusCard(last);
      else if (isEditor(what)) actions.open(quotes[current]!, what);
      else void actions.run(quotes[current]!, what);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [quotes, current, editing, paused, actions, undo, focusCard, startProposal]);

  const { source } = review;
  return (
    <div className="review" ref={boardRef}>
      <ReviewHead
        review={review}
        quotes={quotes}
        said={said}
        undoLabel={undoLabels.at(-1)}
        onUndo={() => void undo().then(setFocusTarget)}
        onHelp={() => setHelp((h) => !h)}
      />
      {help && <HelpPanel onClose={() => setHelp(false)} />}
      {problems[''] && <ProblemNote title="That did not work" problem={problems['']} />}

      {quotes.length === 0 ? (
        <Empty>
          No candidate quotes in this article
          {review.unattributed.length ? `: ${plural(review.unattributed.length, 'quotation')} found, but no speaker for any (greyed in the text below)` : ''}.
          Select words in the text and press <kbd>n</kbd> to add one.
        </Empty>
      ) : null}

      <div className={`review-layout${quotes.length === 0 ? ' is-empty' : ''}`}>
        <section className="panel review-article" aria-label="The article, candidates marked">
          <div className="mark-legend muted" aria-hidden="true">
            <span className="cand-mark link-suggested">to review</span> <span className="cand-mark link-confirmed">confirmed</span>{' '}
            <span className="cand-mark link-rejected">rejected</span> <span className="unattributed">no speaker found</span>
          </div>
          <p className="panel-note">
            Missed a quote? Select its words here, then press <kbd>n</kbd> or{' '}
            <button type="button" className="button-link" onMouseDown={(e) => e.preventDefault()} onClick={startProposal}>
              add the selection
            </button>
            .
          </p>
          {selection && (
            <ProposeQuoteForm
              span={selection}
              speakers={speakers}
              acts={acts}
              busy={busy === ''}
              onCancel={() => setSelection(null)}
              onSubmit={async (input) => {
                const added = await actions.propose({ ...input, sourceId: source.id });
                if (added) {
                  setSelection(null);
                  setFocusTarget(added);
                }
              }}
            />
          )}
          <div ref={articleRef}>
            <MarkedArticle body={source.body} quotes={quotes} unattributed={review.unattributed} current={quotes[current]?.id} onPick={focusQuote} />
          </div>
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
                  editing={editing?.id === q.id ? editing.what : null}
                  speakers={speakers}
                  acts={acts}
                  onFocus={() => setCurrent(i)}
                  onAction={(action) => (isEditor(action) ? actions.open(q, action) : void actions.run(q, action))}
                  onEdit={(input, label) => void actions.edit(q, input, label)}
                  onSpeaker={(speaker) => void actions.changeSpeaker(q, speaker)}
                  onActor={(input) => void actions.confirmActor(q, input)}
                  onCancel={() => {
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
