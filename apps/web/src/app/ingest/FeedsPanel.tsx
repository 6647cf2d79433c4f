'use client';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Empty } from '@/components/States.tsx';
import type { ResultOf } from '@/graphql/tada.ts';
import { AddFeedMutation, FeedsQuery, PauseFeedMutation, RemoveFeedMutation, ResumeFeedMutation } from '@/graphql/web-ingest-documents.ts';
import { readAsEditor, write, type Problem } from './editor-client.ts';
import { ProblemNote } from './ProblemNote.tsx';

type Feed = ResultOf<typeof FeedsQuery>['feeds']['edges'][number]['node'];

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never');

function health(f: Feed): { label: string; tone: 'ok' | 'bad' | 'idle' } {
  if (f.status === 'PAUSED') return { label: 'paused', tone: 'idle' };
  if (f.lastError) return { label: `failing (${f.failures}×)`, tone: 'bad' };
  if (f.lastSuccessAt) return { label: 'healthy', tone: 'ok' };
  return { label: 'not polled yet', tone: 'idle' };
}

/**
 * Feeds and their health, beside the review queue: last success, last error, backoff, the newest items and
 * what became of each. Re-read every 30 s and after each change (the poller works in the API process).
 */
export function FeedsPanel({ token, version }: { token: string; version: number }) {
  const [feeds, setFeeds] = useState<Feed[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (!token) return;
    const o = await readAsEditor(FeedsQuery, {}, token);
    setProblem(o.ok ? null : o.problem);
    if (o.ok) setFeeds(o.data.feeds.edges.map((e) => e.node));
  }, [token]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load, version]);

  async function act(run: () => Promise<{ ok: boolean; problem?: Problem }>) {
    setBusy(true);
    const o = await run();
    setBusy(false);
    if (!o.ok) setProblem(o.problem ?? null);
    await load();
    // The first poll of a new or resumed feed runs at once; look again when it has had time to finish.
    setTimeout(() => void load(), 3_000);
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      url: String(form.get('url') ?? '').trim(),
      outlet: String(form.get('outlet') ?? '').trim(),
      intervalMinutes: Number(form.get('interval') || 30),
    };
    const target = event.currentTarget;
    void act(async () => {
      const o = await write(AddFeedMutation, { input }, token);
      if (o.ok) target.reset();
      return o;
    });
  }

  if (!token) return null;
  return (
    <section className="panel feeds-panel" aria-labelledby="feeds-title" aria-busy={busy} data-testid="feeds-panel">
      <h2 id="feeds-title">Feeds</h2>
      {problem && <ProblemNote title="Feeds" problem={problem} />}
      {feeds === null ? (
        <p className="muted" role="status">
          Loading feeds…
        </p>
      ) : feeds.length === 0 ? (
        <Empty>No feeds yet. Add an RSS or Atom feed: each new article it lists arrives in the review queue.</Empty>
      ) : (
        <ul className="feed-list">
          {feeds.map((f) => {
            const h = health(f);
            return (
              <li key={f.id} className="feed-row">
                <div className="feed-head">
                  <strong>{f.title ?? f.outlet}</strong> <span className={`badge feed-${h.tone}`}>{h.label}</span>
                  <span className="muted">
                    {' '}
                    · {f.outlet} · every {f.intervalMinutes} min · {f.items.totalCount} items seen
                  </span>
                </div>
                <div className="muted feed-url">{f.url}</div>
                <div className="feed-times muted">
                  Last success {when(f.lastSuccessAt)} · next poll {when(f.nextPollAt)}
                </div>
                {f.lastError && <div className="feed-error">Last error: {f.lastError}</div>}
                {f.items.edges.length > 0 && (
                  <ul className="feed-items">
                    {f.items.edges.map(({ node: i }) => (
                      <li key={i.url}>
                        <span className="badge">{i.outcome.toLowerCase().replace('_', ' ')}</span> {i.title ?? i.url}
                        {i.note && <span className="muted"> — {i.note}</span>}
                      </li>
                    ))}
                  </ul>
                )}
                <div className="feed-actions">
                  {f.status === 'ACTIVE' ? (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={busy}
                      onClick={() => void act(() => write(PauseFeedMutation, { id: f.id }, token))}
                    >
                      Pause
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={busy}
                      onClick={() => void act(() => write(ResumeFeedMutation, { id: f.id }, token))}
                    >
                      Resume
                    </button>
                  )}
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={busy}
                    onClick={() => void act(() => write(RemoveFeedMutation, { id: f.id }, token))}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form className="feed-add" onSubmit={add}>
        <label className="field field-wide">
          <span>Feed URL (RSS or Atom)</span>
          <input name="url" type="url" required placeholder="https://" />
        </label>
        <label className="field">
          <span>Feed outlet</span>
          <input name="outlet" type="text" required maxLength={200} />
        </label>
        <label className="field">
          <span>Poll every (minutes)</span>
          <input name="interval" type="number" min={1} max={10080} defaultValue={30} />
        </label>
        <button type="submit" disabled={busy}>
          Add feed
        </button>
      </form>
    </section>
  );
}
