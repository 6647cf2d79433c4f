'use client';
import { useEffect, useRef } from 'react';

const EVERY_MS = 5_000;

/**
 * Tells the review queue to re-read itself every few seconds while the tab is in view, and at once when it
 * comes back into view, so articles from feeds, the CLI or other editors appear without a reload.
 * Polling, not the reviewQueueChanged subscription: an SSE stream holds one of the browser's six
 * connections per host for as long as the tab is open, and an editor's tabs (overview, rounds, several
 * review pages) would exhaust them and stall the page's own reads. The queue read is one indexed query.
 */
export function LiveQueueSignal({ onChange }: { onChange: () => void }) {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') handler.current();
    };
    const timer = setInterval(tick, EVERY_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);
  return null;
}
