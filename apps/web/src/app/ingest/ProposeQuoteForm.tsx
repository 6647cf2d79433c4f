'use client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { QUOTE_KIND_LABELS, QUOTE_KINDS, type Act, type QuoteKind } from '@/lib/enums.ts';
import { isDirect, quoted } from '@/lib/quote-marks.ts';
import { ActSelect } from './ActSelect.tsx';
import { formKeys } from './form-keys.ts';
import type { Range, Speaker } from './review-model.ts';
import type { ProposeInput } from './review-writes.ts';
import { SpeakerCombobox } from './SpeakerCombobox.tsx';
import type { ActTable } from './use-act-intensity.ts';

/**
 * A quote the extractor missed, from the words the reviewer selected in the article: who said it, whether the
 * outlet quotes them directly, and the act. It joins the list as a candidate to review like the others.
 */
export function ProposeQuoteForm({
  span,
  speakers,
  acts,
  busy,
  onSubmit,
  onCancel,
}: {
  span: Range & { text: string };
  speakers: Speaker[];
  acts: ActTable;
  busy: boolean;
  onSubmit: (input: Omit<ProposeInput, 'sourceId'>) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [speaker, setSpeaker] = useState<Speaker | null>(null);
  const [kind, setKind] = useState<QuoteKind>('DIRECT');
  const [missing, setMissing] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!speaker) return setMissing(true);
    const form = new FormData(event.currentTarget);
    onSubmit({ text: span.text, start: span.start, end: span.end, speakerId: speaker.id, kind, act: String(form.get('act')) as Act });
  }

  return (
    <form
      className="panel candidate-editor propose-form"
      onSubmit={submit}
      onKeyDown={formKeys(onCancel)}
      aria-labelledby={`${id}-title`}
      data-testid="propose-form"
    >
      <h3 id={`${id}-title`}>Add a missed quote</h3>
      <blockquote className={`candidate-quote kind-${kind.toLowerCase()}`}>
        <p>{quoted(span.text, isDirect(kind))}</p>
      </blockquote>
      {speaker ? (
        <p>
          Speaker: <strong data-testid="propose-speaker">{speaker.name}</strong>{' '}
          <button type="button" className="button-link" onClick={() => setSpeaker(null)}>
            change
          </button>
        </p>
      ) : (
        <SpeakerCombobox
          label="Who said it"
          current={null}
          known={speakers}
          onChoose={(s) => {
            setSpeaker(s);
            setMissing(false);
            requestAnimationFrame(() => kindRef.current?.focus());
          }}
          onCancel={onCancel}
        />
      )}
      {missing && (
        <p className="state state-error" role="alert">
          Choose who said it first.
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select ref={kindRef} id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as QuoteKind)}>
            {QUOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {QUOTE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-act`}>Act</label>
          <ActSelect id={`${id}-act`} defaultValue="COMMENT" acts={acts} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add quote'} <kbd>Enter</kbd>
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
