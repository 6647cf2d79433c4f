'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SPEAKER_OPTIONS, SpeakerSearchQuery } from '@/graphql/review-documents.ts';
import { countryName } from '@/lib/enums.ts';
import { label } from '@/lib/format.ts';
import { read } from './editor-client.ts';
import type { Speaker } from './review-model.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Picks a quote's real speaker: an ARIA 1.2 combobox (a text box with a list popup). Before anything is
 * typed it offers the speakers this article already names; typing searches every alias of every actor.
 * Nothing is pre-selected: ↑/↓ choose an option, Enter applies the one chosen (and does nothing before),
 * Escape gives up; focus never leaves the text box while choosing.
 */
export function SpeakerCombobox({
  label: title,
  current,
  known,
  onChoose,
  onCancel,
}: {
  label: string;
  /** The speaker now, to say so in the list; never chosen for the reviewer. */
  current: Speaker | null;
  known: Speaker[];
  onChoose: (speaker: Speaker) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Speaker[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState(false);
  const [nudge, setNudge] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);

  // Focus the text box and bring the whole picker, list included, into view.
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.current?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound(null);
      setSearching(false);
      return;
    }
    let stale = false;
    setSearching(true);
    const timer = setTimeout(async () => {
      const outcome = await read(SpeakerSearchQuery, { query: q, first: SPEAKER_OPTIONS });
      if (stale) return;
      setSearching(false);
      setFailed(!outcome.ok);
      if (!outcome.ok) return setFound([]);
      const exact = outcome.data.resolveActor;
      const listed = outcome.data.actors.edges.map((e) => e.node);
      // Speakers ingestion proposed are not in the public list yet; this article's are offered too.
      const proposed = known.filter((k) => k.status === 'PROPOSED' && fold(k.name).includes(fold(q)));
      const all = [...(exact ? [exact] : []), ...proposed, ...listed];
      setFound(all.filter((a, i) => all.findIndex((b) => b.id === a.id) === i).slice(0, SPEAKER_OPTIONS + 2));
      // A new list: whatever was chosen in the old one is not chosen in it.
      setActive(-1);
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, known]);

  const options = found ?? known;
  const open = options.length > 0;
  const activeIndex = active < options.length ? active : -1;
  const optionId = (i: number) => `${id}-option-${i}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(activeIndex === -1 ? (step === 1 ? 0 : options.length - 1) : (activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = activeIndex >= 0 ? options[activeIndex] : undefined;
      if (choice) onChoose(choice);
      else setNudge(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  const status = searching
    ? 'Searching…'
    : failed
      ? 'The search failed; try again.'
      : found && found.length === 0
        ? `No actor matches “${query.trim()}”.`
        : nudge && activeIndex < 0
          ? 'Choose a speaker with ↑/↓ first, then Enter.'
          : `${options.length} ${found ? 'matching' : 'already in this article'}; ↑/↓ to choose, Enter to apply, Esc to cancel.`;

  return (
    <div className="speaker-combobox" ref={box}>
      <label htmlFor={`${id}-input`}>{title}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={current ? `Now ${current.name}; type a name or alias` : 'Type a name or alias'}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-status`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          setNudge(false);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={found ? 'Matching actors' : 'Speakers in this article'} hidden={!open}>
        {options.map((a, i) => (
          <li
            key={a.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'is-active' : undefined}
            // mousedown, not click: the text box keeps focus, so the choice lands before any blur.
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(a);
            }}
            onMouseMove={() => setActive(i)}
          >
            <span className="option-name">{a.name}</span>
            <span className="option-meta">
              {label(a.kind)}
              {a.country ? ` · ${countryName(a.country)}` : ''}
              {a.id === current?.id ? ' · current' : ''}
            </span>
            {a.status === 'PROPOSED' && <span className="badge badge-new">New actor</span>}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="field-hint" aria-live="polite">
        {status}
      </p>
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  );
}
