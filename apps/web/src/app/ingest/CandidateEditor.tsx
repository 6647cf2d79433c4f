'use client';
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { CHANNEL_LABELS, CHANNELS, DATE_PRECISION_LABELS, DATE_PRECISIONS, type Act, type Channel, type DatePrecision } from '@/lib/enums.ts';
import { EnumOptions } from '@/components/EnumOptions.tsx';
import { ActSelect } from './ActSelect.tsx';
import { formKeys } from './form-keys.ts';
import type { Candidate } from './review-model.ts';
import type { EditInput } from './review-writes.ts';
import type { ActTable } from './use-act-intensity.ts';

type What = 'act' | 'text' | 'date' | 'channel';
const TITLES: Record<What, string> = { act: 'Act', text: 'Canonical text', date: 'Date said', channel: 'Channel' };

/**
 * A small form on the card for one statement field: the act (intensity follows), the canonical text, the
 * date and its precision, or the channel. Enter applies, Escape cancels; nothing is chosen for the reviewer.
 */
export function CandidateEditor({
  what,
  quote: q,
  acts,
  onSubmit,
  onCancel,
}: {
  what: What;
  quote: Candidate;
  acts: ActTable;
  onSubmit: (input: EditInput, label: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const first = useRef<HTMLSelectElement & HTMLTextAreaElement & HTMLInputElement>(null);
  const s = q.statement;
  useEffect(() => {
    first.current?.focus({ preventScroll: true });
    first.current?.closest('form')?.scrollIntoView({ block: 'nearest' });
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    if (what === 'act') onSubmit({ act: value('act') as Act }, 'act');
    else if (what === 'channel') onSubmit({ channel: value('channel') as Channel }, 'channel');
    else if (what === 'date') onSubmit({ saidOn: value('saidOn'), datePrecision: value('datePrecision') as DatePrecision }, 'date');
    else onSubmit({ statementText: value('statementText').trim() }, 'canonical text');
  }

  return (
    <form className="candidate-editor" onSubmit={submit} onKeyDown={formKeys(onCancel)} aria-label={`${TITLES[what]} of the statement`}>
      {what === 'act' && (
        <div className="field">
          <label htmlFor={`${id}-act`}>Act (intensity −10 hostile … +10 cooperative)</label>
          <ActSelect ref={first} id={`${id}-act`} defaultValue={s.act} acts={acts} />
        </div>
      )}
      {what === 'channel' && (
        <div className="field">
          <label htmlFor={`${id}-channel`}>Channel</label>
          <select ref={first} id={`${id}-channel`} name="channel" defaultValue={s.channel}>
            <EnumOptions values={CHANNELS} label={(v) => CHANNEL_LABELS[v]} />
          </select>
        </div>
      )}
      {what === 'date' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-date`}>Said on</label>
            <input ref={first} id={`${id}-date`} name="saidOn" type="date" required defaultValue={s.saidOn} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-precision`}>Known to the</label>
            <select id={`${id}-precision`} name="datePrecision" defaultValue={s.datePrecision}>
              {DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {DATE_PRECISION_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {what === 'text' && (
        <div className="field field-full">
          <label htmlFor={`${id}-text`}>Canonical text: the statement as the ledger words it</label>
          <textarea ref={first} id={`${id}-text`} name="statementText" required rows={3} defaultValue={s.text} />
          <span className="field-hint">Enter saves; Shift+Enter breaks a line. The quote keeps the words the outlet printed.</span>
        </div>
      )}
      <div className="form-actions">
        <button type="submit">
          Save <kbd>Enter</kbd>
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
