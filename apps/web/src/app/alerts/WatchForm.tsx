'use client';
import { type FormEvent, useState } from 'react';
import { CreateWatchMutation, type WatchChoicesQuery } from '@/graphql/alert-documents.ts';
import type { ResultOf, VariablesOf } from '@/graphql/tada.ts';
import { EnumOptions } from '@/components/EnumOptions.tsx';
import { ACT_LABELS, ACTS, type Act, SIDES, type Side } from '@/lib/enums.ts';
import { sideName } from '@/lib/format.ts';
import { type Problem, write } from '../ingest/editor-client.ts';
import { ProblemNote } from '../ingest/ProblemNote.tsx';

export type Choices = ResultOf<typeof WatchChoicesQuery>;
type Input = VariablesOf<typeof CreateWatchMutation>['input'];
type Rule = 'filter' | 'threshold' | 'round' | 'claim';

const RULES: { value: Rule; text: string }[] = [
  { value: 'filter', text: 'New statements matching a filter' },
  { value: 'threshold', text: 'An escalation threshold' },
  { value: 'round', text: 'A round’s status changes' },
  { value: 'claim', text: 'A claim is asserted or denied' },
];
const MODES = { BELOW: 'falls to or below', ABOVE: 'rises to or above', DAY_CHANGE: 'moves at least this much in a day' } as const;
const STANCES = {
  ASSERTS: 'Asserts',
  DENIES: 'Denies',
  DISPUTES: 'Disputes',
  CLAIMS_RESPONSIBILITY: 'Claims responsibility',
  DENIES_RESPONSIBILITY: 'Denies responsibility',
} as const;

/** Builds the one rule CreateWatchInput takes from the form; blank optional fields are left out. */
function inputOf(form: FormData, rule: Rule): Input {
  const v = (name: string) => String(form.get(name) ?? '').trim() || null;
  const base = { name: v('name') ?? '', webhookUrl: v('webhookUrl') };
  if (rule === 'threshold') {
    return { ...base, threshold: { side: v('side') as Side, mode: v('mode') as keyof typeof MODES, value: Number(v('value')) } };
  }
  if (rule === 'round') return { ...base, roundStatus: { round: v('round') } };
  if (rule === 'claim') {
    const stances = form.getAll('stance').map(String) as (keyof typeof STANCES)[];
    return { ...base, claimStance: { claim: v('claim'), stances: stances.length ? stances : null } };
  }
  const filter = { speaker: v('speaker'), target: v('target'), act: v('act') as Act | null, topic: v('topic'), text: v('text') };
  return { ...base, filter: Object.fromEntries(Object.entries(filter).filter(([, x]) => x !== null)) };
}

/** Saves a watch with the editor's token; shows the webhook secret once, as the API does. */
export function WatchForm({ token, choices, onCreated }: { token: string; choices: Choices; onCreated: () => void }) {
  const [rule, setRule] = useState<Rule>('filter');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string; webhook: boolean } | null>(null);
  const actors = choices.actors.edges.map((e) => e.node);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return setProblem({ code: 'UNAUTHENTICATED', message: 'Paste an editor token above to save watches.' });
    const formElement = event.currentTarget;
    const input = inputOf(new FormData(formElement), rule);
    setBusy(true);
    setProblem(null);
    const outcome = await write(CreateWatchMutation, { input }, token);
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.problem);
    const { watch, secret } = outcome.data.createWatch;
    setCreated({ name: watch.name, secret, webhook: !!watch.webhookUrl });
    formElement.reset();
    onCreated();
  }

  const actorOptions = actors.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name}
    </option>
  ));
  return (
    <form className="panel watch-form" onSubmit={submit} aria-labelledby="watch-form-title" aria-busy={busy}>
      <h3 id="watch-form-title">New watch</h3>
      <label className="field">
        <span>Name</span>
        <input name="name" required maxLength={200} placeholder="e.g. Threats naming Kabul" />
      </label>
      <fieldset className="watch-rule">
        <legend>Alert me when</legend>
        {RULES.map((r) => (
          <label key={r.value}>
            <input type="radio" name="rule" value={r.value} checked={rule === r.value} onChange={() => setRule(r.value)} /> {r.text}
          </label>
        ))}
      </fieldset>
      {rule === 'filter' && (
        <div className="watch-fields">
          <label className="field">
            <span>Speaker</span>
            <select name="speaker" defaultValue="">
              <option value="">Anyone</option>
              {actorOptions}
            </select>
          </label>
          <label className="field">
            <span>Addressing or naming</span>
            <select name="target" defaultValue="">
              <option value="">Anyone</option>
              {actorOptions}
            </select>
          </label>
          <label className="field">
            <span>Act</span>
            <select name="act" defaultValue="">
              <option value="">Any act</option>
              <EnumOptions values={ACTS} label={(v) => ACT_LABELS[v]} />
            </select>
          </label>
          <label className="field">
            <span>Topic</span>
            <input name="topic" maxLength={100} placeholder="e.g. border" />
          </label>
          <label className="field">
            <span>Words in the statement or a quote</span>
            <input name="text" maxLength={500} placeholder='e.g. ceasefire OR "Tora Bora"' />
          </label>
        </div>
      )}
      {rule === 'threshold' && (
        <div className="watch-fields">
          <label className="field">
            <span>Side</span>
            <select name="side" defaultValue="PK">
              <EnumOptions values={SIDES} label={sideName} />
            </select>
          </label>
          <label className="field">
            <span>Its daily mean intensity</span>
            <select name="mode" defaultValue="BELOW">
              {Object.entries(MODES).map(([m, text]) => (
                <option key={m} value={m}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Value (−10 … +10)</span>
            <input name="value" type="number" step="0.1" min={-10} max={20} required defaultValue={-6} />
          </label>
        </div>
      )}
      {rule === 'round' && (
        <label className="field">
          <span>Round</span>
          <select name="round" defaultValue="">
            <option value="">Every round</option>
            {choices.rounds.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {rule === 'claim' && (
        <div className="watch-fields">
          <label className="field">
            <span>Claim</span>
            <select name="claim" defaultValue="">
              <option value="">Every claim</option>
              {choices.claims.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.text.length > 90 ? `${node.text.slice(0, 89)}…` : node.text}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Stances (none ticked: asserts and denies)</legend>
            {Object.entries(STANCES).map(([s, text]) => (
              <label key={s}>
                <input type="checkbox" name="stance" value={s} /> {text}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <label className="field">
        <span>
          Webhook URL <span className="optional">(optional)</span>
        </span>
        <input name="webhookUrl" type="url" placeholder="https://" />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save watch'}
      </button>
      {problem && <ProblemNote title="The watch was not saved" problem={problem} />}
      {created && (
        <div className="state" role="status" data-testid="watch-created">
          <p className="state-title">Watch “{created.name}” saved.</p>
          {created.webhook && (
            <p>
              Its webhook posts are signed (header <code>Parley-Signature: sha256=…</code>, an HMAC-SHA256 of the body) with this secret, shown only now:{' '}
              <code data-testid="watch-secret">{created.secret}</code>
            </p>
          )}
        </div>
      )}
    </form>
  );
}
