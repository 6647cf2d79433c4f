'use client';
import { useMemo } from 'react';
import type { Candidate, Editor, Action, Speaker } from './review-model.ts';
import * as w from './review-writes.ts';
import type { useReview } from './use-review.ts';

interface Ui {
  open: (quoteId: string, what: Editor) => void;
  close: () => void;
  /** After a decision: on to the next candidate still to review. */
  moveOn: (quoteId: string) => void;
  focus: (quoteId: string) => void;
}

const n = (quotes: readonly Candidate[], q: Candidate) => `quote ${quotes.findIndex((x) => x.id === q.id) + 1}`;

/** What each key and button does to a candidate, as moves the undo stack can take back. */
export function useReviewActions(review: ReturnType<typeof useReview>, ui: Ui) {
  const { quotes, perform, refuse, setSaid } = review;
  return useMemo(() => {
    const edit = async (q: Candidate, input: w.EditInput, label: string) => {
      ui.close();
      ui.focus(q.id);
      const moves = w.onOpen(q, [{ run: w.edit(q.id, input), inverse: w.edit(q.id, w.previousOf(q, input)) }]);
      await perform(
        q.id,
        `${label} of ${n(quotes, q)}`,
        moves,
        () => `${label} of ${n(quotes, q)} saved${q.link === 'CONFIRMED' ? '; it is back to review' : ''}.`,
      );
    };

    const open = (q: Candidate, what: Editor) => {
      if (what === 'actor' && q.statement.speaker.status !== 'PROPOSED') return setSaid(`${q.statement.speaker.name} is already one of Parley’s actors.`);
      ui.open(q.id, what);
    };

    const run = async (q: Candidate, action: Exclude<Action, Editor>) => {
      const which = n(quotes, q);
      if (action === 'confirm') {
        if (q.link === 'CONFIRMED') return setSaid(`The ${which} is already confirmed.`);
        if (q.statement.speaker.status === 'PROPOSED') {
          // The API refuses it anyway: lead the reviewer to the actor first.
          refuse(q, 'speaker', `“${q.statement.speaker.name}” is a new actor: check and confirm it first (a), then confirm the quote`);
          return ui.open(q.id, 'actor');
        }
        const moves: w.Move[] = q.link === 'REJECTED' ? [{ run: w.restore(q.id), inverse: w.reject(q.id) }] : [];
        moves.push({ run: w.confirm(q.id), inverse: w.reopen(q.id) });
        const done = await perform(q.id, `confirm ${which}`, moves, (last) =>
          last && 'quote' in last && last.quote.statement.status === 'PUBLISHED' && q.statement.status !== 'PUBLISHED'
            ? `Confirmed ${which}. Its statement is published.`
            : `Confirmed ${which}.`,
        );
        if (done) ui.moveOn(q.id);
        return;
      }
      if (action === 'reject') {
        if (q.link === 'REJECTED') return setSaid(`The ${which} is already rejected.`);
        const done = await perform(q.id, `reject ${which}`, w.onOpen(q, [{ run: w.reject(q.id), inverse: w.restore(q.id) }]), () => `Rejected ${which}.`);
        if (done) ui.moveOn(q.id);
        return;
      }
      if (action === 'reopen') {
        if (q.link === 'SUGGESTED') return setSaid(`The ${which} is already to review.`);
        const move = q.link === 'CONFIRMED' ? { run: w.reopen(q.id), inverse: w.confirm(q.id) } : { run: w.restore(q.id), inverse: w.reject(q.id) };
        await perform(q.id, `back to review: ${which}`, [move], () => `The ${which} is back to review.`);
        return;
      }
      // conditional: a toggle, no form.
      await edit(q, { conditional: !q.statement.conditional }, q.statement.conditional ? 'not conditional' : 'conditional');
    };

    const changeSpeaker = async (q: Candidate, speaker: Speaker) => {
      ui.close();
      ui.focus(q.id);
      if (speaker.id === q.statement.speaker.id) return setSaid(`${speaker.name} is already the speaker.`);
      const moves = w.onOpen(q, [{ run: w.speaker(q.id, speaker.id), inverse: w.speaker(q.id, q.statement.speaker.id) }]);
      await perform(q.id, `speaker of ${n(quotes, q)}`, moves, () => `Speaker of ${n(quotes, q)} is now ${speaker.name}.`);
    };

    const confirmActor = async (q: Candidate, input: w.ActorInput) => {
      const id = q.statement.speaker.id;
      const done = await perform(
        q.id,
        `add ${input.name ?? q.statement.speaker.name} to the actors`,
        [{ run: w.confirmActor(id, input), inverse: w.reproposeActor(id) }],
        (last) => `${last && 'actor' in last ? last.actor.name : 'The speaker'} is now one of Parley’s actors. Press c to confirm the quote.`,
      );
      if (done) {
        ui.close();
        ui.focus(q.id);
      }
    };

    /** A quote the extractor missed; undone by rejecting it (a reviewer's quote is never deleted). */
    const propose = async (input: w.ProposeInput): Promise<string | null> => {
      let added: string | null = null;
      const step: w.Step = async (token) => {
        const outcome = await w.propose(input)(token);
        if (outcome.ok && 'quote' in outcome.data) added = outcome.data.quote.id;
        return outcome;
      };
      const undo: w.Step = (token) => w.reject(added!)(token);
      const done = await perform(null, 'add a quote', [{ run: step, inverse: undo }], () => 'Quote added, to review like the others.');
      return done ? added : null;
    };

    return { run, open, edit, changeSpeaker, confirmActor, propose };
  }, [quotes, perform, refuse, setSaid, ui]);
}
