import type { Action, Candidate, Editor } from './review-model.ts';

const EDITS: [action: Action, key: string, text: string][] = [
  ['speaker', 's', 'Speaker'],
  ['act', 't', 'Act'],
  ['conditional', 'o', 'Conditional'],
  ['text', 'x', 'Text'],
  ['date', 'd', 'Date'],
  ['channel', 'h', 'Channel'],
];

/**
 * The card's buttons, each with its key. None is disabled by the candidate's state: a confirmed or rejected
 * candidate can be taken back to review, and editing a confirmed one reopens it first.
 */
export function CandidateActions({
  quote: q,
  tab,
  busy,
  editing,
  onAction,
}: {
  quote: Candidate;
  tab: number;
  busy: boolean;
  editing: Editor | null;
  onAction: (a: Action) => void;
}) {
  const proposed = q.statement.speaker.status === 'PROPOSED';
  return (
    <div className="candidate-actions">
      <button
        type="button"
        tabIndex={tab}
        disabled={busy || q.link === 'CONFIRMED'}
        title={proposed ? 'Check and confirm the new actor first (a)' : undefined}
        aria-keyshortcuts="c"
        onClick={() => onAction('confirm')}
      >
        Confirm <kbd>c</kbd>
      </button>
      <button
        type="button"
        tabIndex={tab}
        className="button-secondary"
        disabled={busy || q.link === 'REJECTED'}
        aria-keyshortcuts="r"
        onClick={() => onAction('reject')}
      >
        Reject <kbd>r</kbd>
      </button>
      {q.link !== 'SUGGESTED' && (
        <button type="button" tabIndex={tab} className="button-secondary" disabled={busy} aria-keyshortcuts="e" onClick={() => onAction('reopen')}>
          {q.link === 'CONFIRMED' ? 'Reopen' : 'Restore'} <kbd>e</kbd>
        </button>
      )}
      {proposed && (
        <button
          type="button"
          tabIndex={tab}
          className="button-secondary"
          disabled={busy}
          aria-keyshortcuts="a"
          aria-expanded={editing === 'actor'}
          onClick={() => onAction('actor')}
        >
          Check new actor <kbd>a</kbd>
        </button>
      )}
      <span className="candidate-edits" role="group" aria-label="Fix">
        {EDITS.map(([action, key, text]) => (
          <button
            key={action}
            type="button"
            tabIndex={tab}
            className="button-secondary button-small"
            disabled={busy}
            aria-keyshortcuts={key}
            aria-expanded={action === 'conditional' ? undefined : editing === action}
            aria-pressed={action === 'conditional' ? q.statement.conditional : undefined}
            onClick={() => onAction(action)}
          >
            {text} <kbd>{key}</kbd>
          </button>
        ))}
      </span>
      {busy && (
        <span className="muted" role="status">
          Saving…
        </span>
      )}
    </div>
  );
}
