import type { VariablesOf } from '@/graphql/tada.ts';
import {
  ChangeSpeakerMutation,
  ConfirmActorMutation,
  ConfirmQuoteMutation,
  EditQuoteMutation,
  ProposeQuoteMutation,
  RejectQuoteMutation,
  ReopenQuoteMutation,
  ReproposeActorMutation,
  RestoreQuoteMutation,
} from '@/graphql/review-documents.ts';
import { write, type Outcome } from './editor-client.ts';
import type { Candidate, Speaker } from './review-model.ts';

/** What one write changed: a quote (and maybe its occasion's speaker), or an actor. */
export type Change = { quote: Candidate; moved?: boolean } | { actor: Speaker };
export type Step = (token: string) => Promise<Outcome<Change>>;
/** A write and the one that undoes it. */
export interface Move {
  run: Step;
  inverse: Step;
}

export type EditInput = VariablesOf<typeof EditQuoteMutation>['input'];
export type ProposeInput = VariablesOf<typeof ProposeQuoteMutation>['input'];
export type ActorInput = NonNullable<VariablesOf<typeof ConfirmActorMutation>['input']>;

const map = <D>(o: Outcome<D>, f: (d: D) => Change): Outcome<Change> => (o.ok ? { ok: true, data: f(o.data) } : o);

export const confirm =
  (id: string): Step =>
  async (t) =>
    map(await write(ConfirmQuoteMutation, { id }, t), (d) => ({ quote: d.confirmQuote }));
export const reject =
  (id: string): Step =>
  async (t) =>
    map(await write(RejectQuoteMutation, { id }, t), (d) => ({ quote: d.rejectQuote }));
export const reopen =
  (id: string): Step =>
  async (t) =>
    map(await write(ReopenQuoteMutation, { id }, t), (d) => ({ quote: d.reopenQuote }));
export const restore =
  (id: string): Step =>
  async (t) =>
    map(await write(RestoreQuoteMutation, { id }, t), (d) => ({ quote: d.restoreQuote }));
export const speaker =
  (id: string, speakerId: string): Step =>
  async (t) =>
    map(await write(ChangeSpeakerMutation, { id, speakerId }, t), (d) => ({ quote: d.editQuote, moved: true }));
export const edit =
  (id: string, input: EditInput): Step =>
  async (t) =>
    map(await write(EditQuoteMutation, { id, input }, t), (d) => ({ quote: d.editQuote }));
export const confirmActor =
  (id: string, input: ActorInput): Step =>
  async (t) =>
    map(await write(ConfirmActorMutation, { id, input }, t), (d) => ({ actor: d.confirmActor }));
export const reproposeActor =
  (id: string): Step =>
  async (t) =>
    map(await write(ReproposeActorMutation, { id }, t), (d) => ({ actor: d.reproposeActor }));
export const propose =
  (input: ProposeInput): Step =>
  async (t) =>
    map(await write(ProposeQuoteMutation, { input }, t), (d) => ({ quote: d.proposeQuote }));

/** The statement fields an edit changes, as they stand before it: what undoing it writes back. */
export function previousOf(q: Candidate, input: EditInput): EditInput {
  const s = q.statement;
  const back: EditInput = {};
  if (input.act != null) back.act = s.act;
  if (input.conditional != null) back.conditional = s.conditional;
  if (input.statementText != null) back.statementText = s.text;
  if (input.saidOn != null) back.saidOn = s.saidOn;
  if (input.datePrecision != null) back.datePrecision = s.datePrecision;
  if (input.channel != null) back.channel = s.channel;
  if (input.speakerId != null) back.speakerId = s.speaker.id;
  return back;
}

/**
 * The moves that apply `then` to a candidate, whatever its state: a confirmed one is reopened first (and
 * confirmed again by the undo), so every action stays available after `c`.
 */
export function onOpen(q: Candidate, then: Move[]): Move[] {
  return q.link === 'CONFIRMED' ? [{ run: reopen(q.id), inverse: confirm(q.id) }, ...then] : then;
}
