'use client';
import { useCallback, useRef, useState } from 'react';
import type { Problem } from './editor-client.ts';
import { applyQuote, applySpeaker, inReadingOrder, type Candidate, type Review } from './review-model.ts';
import type { Change, Move, Step } from './review-writes.ts';

/** One reviewer action as the undo stack keeps it: what to say, and the writes that take it back. */
interface UndoEntry {
  label: string;
  quoteId: string | null;
  inverse: Step[];
}

/** Problems by quote id; the empty key holds those that belong to no card (undo, a new quote). */
export type Problems = Record<string, Problem>;

/**
 * The candidates of one article and every write made to them. Each action is a list of moves (a write and
 * its inverse) run in order; once they succeed, their inverses, last first, go on the undo stack, so `u`
 * undoes whole actions (a reject of a confirmed quote is reopen + reject; its undo is restore + confirm).
 */
export function useReview(review: Review, token: string, onChanged?: () => void) {
  const [quotes, setQuotes] = useState(() => inReadingOrder(review.quotes));
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [said, setSaid] = useState('');
  const [undoLabels, setUndoLabels] = useState<string[]>([]);
  const stack = useRef<UndoEntry[]>([]);
  const running = useRef(false);

  const apply = useCallback((change: Change) => {
    if ('actor' in change) setQuotes((qs) => applySpeaker(qs, change.actor));
    else setQuotes((qs) => applyQuote(qs, change.quote, change.moved));
  }, []);

  const blame = useCallback((key: string, problem: Problem | null) => {
    setProblems(({ [key]: _gone, ...rest }) => (problem ? { ...rest, [key]: problem } : rest));
  }, []);

  /** Runs steps in order, applying each answer; the index of the first that failed, or -1. */
  const runSteps = useCallback(
    async (steps: Step[], key: string): Promise<{ failed: number; last: Change | null }> => {
      let last: Change | null = null;
      for (let i = 0; i < steps.length; i++) {
        const outcome = await steps[i]!(token);
        if (!outcome.ok) {
          blame(key, outcome.problem);
          return { failed: i, last };
        }
        last = outcome.data;
        apply(outcome.data);
      }
      return { failed: -1, last };
    },
    [token, apply, blame],
  );

  /** One action: its moves, what to announce when done, and what the undo stack calls it. */
  const perform = useCallback(
    async (quoteId: string | null, label: string, moves: Move[], done: (last: Change | null) => string): Promise<Change | null | false> => {
      if (running.current) return false;
      running.current = true;
      const key = quoteId ?? '';
      setBusy(key);
      blame(key, null);
      const { failed, last } = await runSteps(
        moves.map((m) => m.run),
        key,
      );
      const completed = failed === -1 ? moves : moves.slice(0, failed);
      if (completed.length) {
        // Even a half-done action (reopened, then refused) can be taken back.
        stack.current.push({ label, quoteId, inverse: completed.map((m) => m.inverse).reverse() });
        setUndoLabels(stack.current.map((e) => e.label));
        onChanged?.();
      }
      if (failed === -1) setSaid(done(last));
      setBusy(null);
      running.current = false;
      return failed === -1 ? last : false;
    },
    [runSteps, blame, onChanged],
  );

  /** Takes back the last action; the id of the quote it touched, or null. */
  const undo = useCallback(async (): Promise<string | null> => {
    const entry = stack.current.at(-1);
    if (running.current) return null;
    if (!entry) {
      setSaid('Nothing to undo.');
      return null;
    }
    running.current = true;
    const key = entry.quoteId ?? '';
    setBusy(key);
    blame(key, null);
    const { failed } = await runSteps(entry.inverse, key);
    if (failed === -1) {
      stack.current.pop();
      setUndoLabels(stack.current.map((e) => e.label));
      setSaid(`Undone: ${entry.label}.`);
      onChanged?.();
    }
    setBusy(null);
    running.current = false;
    return entry.quoteId;
  }, [runSteps, blame, onChanged]);

  const refuse = useCallback((q: Candidate, field: string, message: string) => blame(q.id, { code: 'CONFLICT', field, message }), [blame]);

  return { quotes, busy, problems, said, setSaid, undoLabels, perform, undo, refuse, blame };
}
