'use client';
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { ACTOR_KIND_LABELS, ACTOR_KINDS, type ActorKind } from '@/lib/enums.ts';
import { formKeys } from './form-keys.ts';
import type { Speaker } from './review-model.ts';
import type { ActorInput } from './review-writes.ts';

/**
 * A speaker ingestion proposed, to check before it joins Parley's actors: its name, kind, country and
 * description, prefilled from the proposal and all editable. Enter confirms it with what the form holds.
 */
export function ActorForm({
  actor,
  mention,
  busy,
  onSubmit,
  onCancel,
}: {
  actor: Speaker;
  mention: string | null;
  busy: boolean;
  onSubmit: (input: ActorInput) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const name = useRef<HTMLInputElement>(null);
  useEffect(() => {
    name.current?.focus({ preventScroll: true });
    name.current?.select();
    name.current?.closest('form')?.scrollIntoView({ block: 'nearest' });
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim();
    onSubmit({
      name: value('name'),
      kind: value('kind') as ActorKind,
      country: value('country').toUpperCase() || null,
      description: value('description') || null,
    });
  }

  return (
    <form className="candidate-editor actor-form" onSubmit={submit} onKeyDown={formKeys(onCancel)} aria-labelledby={`${id}-title`} data-testid="actor-form">
      <p id={`${id}-title`} className="other-title">
        New actor: check before adding{mention ? <span className="muted"> (the article says “{mention}”)</span> : null}
      </p>
      <div className="field-row">
        <div className="field field-wide">
          <label htmlFor={`${id}-name`}>Name</label>
          <input ref={name} id={`${id}-name`} name="name" required maxLength={200} defaultValue={actor.name} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} name="kind" defaultValue={actor.kind}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTOR_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-country`}>Country</label>
          <input
            id={`${id}-country`}
            name="country"
            maxLength={2}
            pattern="[A-Za-z]{2}"
            title="ISO-3166 alpha-2 code, e.g. PK, AF, QA"
            autoComplete="off"
            spellCheck={false}
            defaultValue={actor.country ?? ''}
            aria-describedby={`${id}-country-hint`}
          />
          <span id={`${id}-country-hint`} className="field-hint">
            Two letters: PK, AF, QA…
          </span>
        </div>
      </div>
      <div className="field field-full">
        <label htmlFor={`${id}-description`}>
          Description <span className="optional">(optional)</span>
        </label>
        <input id={`${id}-description`} name="description" maxLength={500} defaultValue={actor.description ?? ''} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Add to actors <kbd>Enter</kbd>
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
