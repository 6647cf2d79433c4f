'use client';
import Link from 'next/link';
import type { Ref } from 'react';
import { formatDate, label } from '@/lib/format.ts';
import { hrefFor } from '@/lib/ref.ts';
import type { Problem } from './editor-client.ts';
import { ProblemNote } from './ProblemNote.tsx';
import type { Action } from './ReviewBoard.tsx';
import { LINK_TEXT, percent, type Candidate, type Speaker } from './review-model.ts';
import { SpeakerCombobox } from './SpeakerCombobox.tsx';

type StatementStatus = Candidate['statement']['status'];
const STATUS_ARTICLE: Record<StatementStatus, string> = { PUBLISHED: 'a published', PENDING: 'a pending', REJECTED: 'a withdrawn', RETRACTED: 'a retracted' };
const NEW_STATUS: Record<StatementStatus, string> = {
  PUBLISHED: 'published',
  PENDING: 'pending until confirmed',
  REJECTED: 'withdrawn: no quote of it is left',
  RETRACTED: 'retracted by an editor',
};

interface Props {
  ref?: Ref<HTMLElement>;
  quote: Candidate;
  /** The article under review, to tell its own other quotes from other outlets' printings. */
  sourceId: string;
  index: number;
  total: number;
  current: boolean;
  busy: boolean;
  problem: Problem | undefined;
  editing: boolean;
  speakers: Speaker[];
  onFocus: () => void;
  onAction: (action: Action) => void;
  onSpeaker: (speaker: Speaker) => void;
  onCancelSpeaker: () => void;
}

/**
 * One candidate: the words, who the extractor thinks said them and how sure it is, and the statement it
 * would print — an existing one (a variant, with its other printings) or a new pending one. The current
 * card is the one tab stop of the list (roving focus); the keys act on it.
 */
export function CandidateCard({ ref, quote: q, sourceId, index, total, current, busy, problem, editing, speakers, onFocus, onAction, onSpeaker, onCancelSpeaker }: Props) {
  const c = q.candidate;
  const s = q.statement;
  const speaker = s.speaker;
  const variant = c?.similarity != null;
  const others = s.quotes.filter((other) => other.id !== q.id);
  const tab = current ? 0 : -1;
  const confidence = c?.confidence ?? null;
  const titleId = `cand-${index}-title`;
  return (
    <article
      ref={ref}
      tabIndex={tab}
      className={`candidate link-${q.link.toLowerCase()}${current ? ' is-current' : ''}${busy ? ' is-busy' : ''}`}
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      aria-busy={busy}
      data-quote-id={q.id}
      data-link={q.link}
      onFocus={onFocus}
    >
      <header className="candidate-head">
        <h3 id={titleId} className="candidate-title">
          <span className="candidate-n">
            {index + 1}
            <span className="visually-hidden"> of {total}</span>
          </span>
          <span className="visually-hidden">: {speaker.name}, </span>
          <span className={`badge link-badge link-${q.link.toLowerCase()}`}>{LINK_TEXT[q.link]}</span>
        </h3>
        <span className="badge badge-plain">{label(q.kind)}</span>
        {confidence !== null && (
          <span className="confidence" title="How sure the extractor is of this quotation and its speaker">
            <span className="confidence-bar" aria-hidden="true">
              <span style={{ width: percent(confidence) }} />
            </span>
            {percent(confidence)} confident
          </span>
        )}
      </header>

      {/* Only a direct quote is the speaker's words; the others are the outlet's, so no quotation marks. */}
      <blockquote className={`candidate-quote kind-${q.kind.toLowerCase()}`}>
        <p>{q.kind === 'DIRECT' ? `“${q.text}”` : q.text}</p>
      </blockquote>

      <dl className="candidate-facts">
        <div>
          <dt>Speaker</dt>
          <dd>
            <strong className="candidate-speaker">{speaker.name}</strong>
            {speaker.status === 'PROPOSED' && <span className="badge badge-new" title="Not yet in Parley’s actors: added when a quote of theirs is confirmed">New actor</span>}
            {c?.speakerText && (
              <span className="muted">
                {' '}
                — named as “{c.speakerText}”{c.verb ? `, ${c.verb}` : ''}
                {c.resolution && c.resolution !== 'exact' && c.resolution !== 'proposed' ? ` (matched by ${c.resolution})` : ''}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Statement</dt>
          <dd>
            {variant ? (
              <>
                Variant of {STATUS_ARTICLE[s.status]} statement
                <span className="muted"> · {percent(c!.similarity!)} similar</span>
              </>
            ) : (
              <>New statement, {NEW_STATUS[s.status]}</>
            )}
            <span className="muted">
              {' '}
              · {s.channel === 'UNKNOWN' ? 'channel unknown' : label(s.channel)}
              {s.venue ? `, ${s.venue}` : ''} · {formatDate(s.saidOn, s.datePrecision)}
            </span>
          </dd>
        </div>
      </dl>

      {(variant || others.length > 0) && (
        <div className="candidate-statement" data-testid="variant-of">
          {variant && <p className="other-title">The statement’s wording</p>}
          {variant && (
            <blockquote className="canonical-text">
              <p>
                {s.status === 'PUBLISHED' ? (
                  <Link prefetch={false} href={hrefFor.statement(s)} tabIndex={tab}>
                    {s.text}
                  </Link>
                ) : (
                  s.text
                )}
              </p>
            </blockquote>
          )}
          {others.length > 0 ? (
            <>
              <p className="other-title">Other printings ({others.length})</p>
              <ul className="other-printings">
                {others.map((o) => (
                  <li key={o.id}>
                    <span className="other-source">
                      {o.source.id === sourceId ? 'Also in this article' : `${o.source.title} · ${o.source.outlet}`}
                      {o.link === 'SUGGESTED' ? ' · to review' : ''}
                    </span>
                    <q className="other-text clamp-3">{o.text}</q>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted other-title">No other printing recorded yet.</p>
          )}
        </div>
      )}

      {problem && <ProblemNote title="That did not work" problem={problem} />}

      {editing && <SpeakerCombobox quoteNumber={index + 1} current={speaker} known={speakers} onChoose={onSpeaker} onCancel={onCancelSpeaker} />}

      <div className="candidate-actions">
        <button type="button" tabIndex={tab} disabled={busy || q.link === 'CONFIRMED'} aria-keyshortcuts="c" onClick={() => onAction('confirm')}>
          Confirm <kbd>c</kbd>
        </button>
        <button type="button" tabIndex={tab} className="button-secondary" disabled={busy || q.link !== 'SUGGESTED'} aria-keyshortcuts="r" onClick={() => onAction('reject')}>
          Reject <kbd>r</kbd>
        </button>
        <button
          type="button"
          tabIndex={tab}
          className="button-secondary"
          disabled={busy || s.status === 'PUBLISHED'}
          title={s.status === 'PUBLISHED' ? 'The statement is published; its speaker is set' : undefined}
          aria-keyshortcuts="s"
          aria-expanded={editing}
          onClick={() => onAction('speaker')}
        >
          Change speaker <kbd>s</kbd>
        </button>
        {speaker.status === 'PROPOSED' && (
          <button type="button" tabIndex={tab} className="button-secondary" disabled={busy} aria-keyshortcuts="a" onClick={() => onAction('accept')}>
            Add {speaker.name} to actors <kbd>a</kbd>
          </button>
        )}
        {busy && (
          <span className="muted" role="status">
            Saving…
          </span>
        )}
      </div>
    </article>
  );
}
