'use client';
import Link from 'next/link';
import type { Ref } from 'react';
import { QUOTE_KIND_LABELS } from '@/lib/enums.ts';
import { hrefFor } from '@/lib/ref.ts';
import { allDirect, isDirect, quoted } from '@/lib/quote-marks.ts';
import { ActorForm } from './ActorForm.tsx';
import { CandidateActions } from './CandidateActions.tsx';
import { CandidateEditor } from './CandidateEditor.tsx';
import { CandidateFacts } from './CandidateFacts.tsx';
import type { Problem } from './editor-client.ts';
import { ProblemNote } from './ProblemNote.tsx';
import { LINK_TEXT, percent, type Action, type Candidate, type Editor, type Speaker } from './review-model.ts';
import type { ActorInput, EditInput } from './review-writes.ts';
import { SpeakerCombobox } from './SpeakerCombobox.tsx';
import type { ActTable } from './use-act-intensity.ts';

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
  editing: Editor | null;
  speakers: Speaker[];
  acts: ActTable;
  onFocus: () => void;
  onAction: (action: Action) => void;
  onEdit: (input: EditInput, label: string) => void;
  onSpeaker: (speaker: Speaker) => void;
  onActor: (input: ActorInput) => void;
  onCancel: () => void;
}

/**
 * One candidate: the words, who the extractor thinks said them and how sure it is, the act it proposes, and
 * the statement it would print — an existing one (a variant, with its other printings) or a new pending one.
 * The current card is the one tab stop of the list (roving focus); the keys act on it.
 */
export function CandidateCard(props: Props) {
  const {
    ref,
    quote: q,
    sourceId,
    index,
    total,
    current,
    busy,
    problem,
    editing,
    speakers,
    acts,
    onFocus,
    onAction,
    onEdit,
    onSpeaker,
    onActor,
    onCancel,
  } = props;
  const c = q.candidate;
  const s = q.statement;
  const variant = c?.similarity != null;
  const others = s.quotes.filter((other) => other.id !== q.id);
  const tab = current ? 0 : -1;
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
          <span className="visually-hidden">: {s.speaker.name}, </span>
          <span className={`badge link-badge link-${q.link.toLowerCase()}`}>{LINK_TEXT[q.link]}</span>
        </h3>
        <span className="badge badge-plain">{QUOTE_KIND_LABELS[q.kind]}</span>
        {c && (
          <span className="confidence" title="How sure the extractor is of this quotation and its speaker">
            <span className="confidence-bar" aria-hidden="true">
              <span style={{ width: percent(c.confidence) }} />
            </span>
            {percent(c.confidence)} confident
          </span>
        )}
      </header>

      {/* Only a direct quote is the speaker's words; the others are the outlet's, so no quotation marks. */}
      <blockquote className={`candidate-quote kind-${q.kind.toLowerCase()}`}>
        <p>{quoted(q.text, isDirect(q.kind))}</p>
      </blockquote>

      <CandidateFacts quote={q} />

      {(variant || others.length > 0 || s.text !== q.text) && (
        <div className="candidate-statement" data-testid="variant-of">
          <p className="other-title">{variant ? 'The statement’s wording' : 'Canonical text'}</p>
          <blockquote className="canonical-text" data-testid="canonical-text">
            <p>
              {s.status === 'PUBLISHED' ? (
                <Link prefetch={false} href={hrefFor.statement(s)} tabIndex={tab}>
                  {quoted(s.text, allDirect(s.quotes.map((o) => o.kind)))}
                </Link>
              ) : (
                quoted(s.text, allDirect(s.quotes.map((o) => o.kind)))
              )}
            </p>
          </blockquote>
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
                    <span className="other-text clamp-3">{quoted(o.text, isDirect(o.kind))}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            variant && <p className="muted other-title">No other printing recorded yet.</p>
          )}
        </div>
      )}

      {problem && <ProblemNote title="That did not work" problem={problem} />}

      {editing === 'speaker' && (
        <SpeakerCombobox label={`Speaker of quote ${index + 1}`} current={s.speaker} known={speakers} onChoose={onSpeaker} onCancel={onCancel} />
      )}
      {editing === 'actor' && <ActorForm actor={s.speaker} mention={c?.speakerText ?? null} busy={busy} onSubmit={onActor} onCancel={onCancel} />}
      {(editing === 'act' || editing === 'text' || editing === 'date' || editing === 'channel') && (
        <CandidateEditor what={editing} quote={q} acts={acts} onSubmit={onEdit} onCancel={onCancel} />
      )}

      <CandidateActions quote={q} tab={tab} busy={busy} editing={editing} onAction={onAction} />
    </article>
  );
}
