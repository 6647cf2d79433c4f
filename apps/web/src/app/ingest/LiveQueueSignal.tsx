'use client';
import { useLive } from '@/live/use-live.ts';
import { ReviewQueueChangedSubscription } from '@/graphql/web-ingest-documents.ts';

/**
 * Listens for reviewQueueChanged (an article arrived from a feed, the CLI or another editor, or a quote was
 * settled) and tells the queue to re-read itself. The event carries only a source id, so it comes over the
 * dashboard's anonymous stream; the re-read goes out with the token. Also fires when the stream comes back
 * after a gap, so nothing published meanwhile is missed.
 */
export function LiveQueueSignal({ onChange }: { onChange: () => void }) {
  useLive(ReviewQueueChangedSubscription, {}, onChange, onChange);
  return null;
}
