'use client';
import { useEffect, useRef } from 'react';
import { KeyList } from './KeyList.tsx';

/** The shortcuts, over the review, toggled by ? (Esc or ? again closes it). */
export function HelpPanel({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section ref={ref} className="panel key-help help-panel" aria-labelledby="help-title" data-testid="help-panel">
      <div className="panel-head">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close <kbd>?</kbd>
        </button>
      </div>
      <KeyList />
    </section>
  );
}
