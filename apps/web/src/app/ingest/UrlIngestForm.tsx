'use client';
import { useState, type FormEvent } from 'react';
import type { ResultOf } from '@/graphql/tada.ts';
import { IngestUrlMutation } from '@/graphql/web-ingest-documents.ts';
import { write, type Problem } from './editor-client.ts';
import { ProblemNote } from './ProblemNote.tsx';

export type UrlAnswer = ResultOf<typeof IngestUrlMutation>['ingestUrl'];

/**
 * An article by its address: the API fetches it (public addresses only, unless the server allows more),
 * reads its text, title, outlet and date from the page, and answers as a paste would.
 */
export function UrlIngestForm({ token, onResult, onBusy }: { token: string; onResult: (r: UrlAnswer) => void; onBusy: (busy: boolean) => void }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const url = String(form.get('url') ?? '').trim();
    const outlet = String(form.get('outlet') ?? '').trim();
    if (!token) return setProblem({ code: 'UNAUTHENTICATED', field: 'token', message: 'writes need an editor token; paste one below' });
    setBusy(true);
    onBusy(true);
    setProblem(null);
    const outcome = await write(IngestUrlMutation, { input: { url, outlet: outlet || null } }, token);
    setBusy(false);
    onBusy(false);
    if (!outcome.ok) return setProblem(outcome.problem);
    onResult(outcome.data.ingestUrl);
  }

  return (
    <form className="panel ingest-form url-form" onSubmit={submit} aria-labelledby="url-form-title" aria-busy={busy}>
      <h2 id="url-form-title">By address</h2>
      <div className="ingest-fields">
        <label className="field field-wide">
          <span>Article URL</span>
          <input id="ingest-by-url" name="url" type="url" required placeholder="https://" aria-invalid={problem?.field === 'input.url' || undefined} />
        </label>
        <label className="field">
          <span>
            Outlet <span className="optional">(optional: the page names it)</span>
          </span>
          <input name="outlet" type="text" maxLength={200} />
        </label>
      </div>
      <div className="ingest-submit">
        <button type="submit" disabled={busy}>
          {busy ? 'Fetching…' : 'Fetch the article'}
        </button>
      </div>
      {problem && <ProblemNote id="url-problem" title="The page could not be ingested" problem={problem} />}
    </form>
  );
}
