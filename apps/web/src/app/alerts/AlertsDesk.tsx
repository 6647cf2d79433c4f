'use client';
import { useCallback, useEffect, useState } from 'react';
import { Empty } from '@/components/States.tsx';
import { TokenField } from '@/components/TokenField.tsx';
import { AcknowledgeAlertMutation, ALERTS_PAGE_SIZE, AlertsQuery, PauseWatchMutation, ResumeWatchMutation, WatchesQuery } from '@/graphql/alert-documents.ts';
import { LiveBadge } from '@/live/LiveBadge.tsx';
import { type Problem, readAsEditor, write } from '../ingest/editor-client.ts';
import { useEditorToken } from '../ingest/editor-token.ts';
import { ProblemNote } from '../ingest/ProblemNote.tsx';
import { type Alert, AlertCard } from './AlertCard.tsx';
import { useAlertStream } from './use-alert-stream.ts';
import { type Choices, WatchForm } from './WatchForm.tsx';
import { type Watch, WatchList } from './WatchList.tsx';

/** Newest first, each alert once: a streamed alert may also arrive in a catch-up read. */
const merge = (incoming: Alert[], current: Alert[]) => {
  const byId = new Map(current.map((a) => [a.id, a]));
  for (const a of incoming) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id.localeCompare(a.id)));
};

/** Alerts (live, newest first) and the watches that raise them; everything here is read and written with the editor token. */
export function AlertsDesk({ choices }: { choices: Choices }) {
  const [rawToken, setToken, loaded] = useEditorToken();
  const token = rawToken.trim();
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [total, setTotal] = useState(0);
  const [watches, setWatches] = useState<Watch[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [onlyOpen, setOnlyOpen] = useState(false);

  const refresh = useCallback(async () => {
    if (!token) return;
    const [a, w] = await Promise.all([
      readAsEditor(AlertsQuery, { first: ALERTS_PAGE_SIZE, unacknowledged: onlyOpen }, token),
      readAsEditor(WatchesQuery, {}, token),
    ]);
    if (!a.ok) return setProblem(a.problem);
    if (!w.ok) return setProblem(w.problem);
    setProblem(null);
    setAlerts(a.data.alerts.edges.map((e) => e.node));
    setTotal(a.data.alerts.totalCount);
    setWatches(w.data.watches.edges.map((e) => e.node));
  }, [token, onlyOpen]);

  useEffect(() => {
    setAlerts(null);
    setWatches(null);
    void refresh();
  }, [refresh]);

  const live = useAlertStream(
    problem?.code === 'UNAUTHENTICATED' || problem?.code === 'FORBIDDEN' ? '' : token,
    (alert) => {
      setAlerts((current) => merge([alert], current ?? []));
      setTotal((n) => n + 1);
    },
    () => void refresh(),
  );

  async function acknowledge(id: string) {
    setBusy(id);
    const outcome = await write(AcknowledgeAlertMutation, { id }, token);
    setBusy(null);
    if (!outcome.ok) return setProblem(outcome.problem);
    const updated = outcome.data.acknowledgeAlert;
    setAlerts((current) => (onlyOpen ? (current ?? []).filter((a) => a.id !== id) : merge([updated], current ?? [])));
  }

  async function toggle(w: Watch) {
    setBusy(w.id);
    const outcome = w.status === 'PAUSED' ? await write(ResumeWatchMutation, { id: w.id }, token) : await write(PauseWatchMutation, { id: w.id }, token);
    setBusy(null);
    if (!outcome.ok) return setProblem(outcome.problem);
    const updated = 'pauseWatch' in outcome.data ? outcome.data.pauseWatch : outcome.data.resumeWatch;
    setWatches((current) => (current ?? []).map((x) => (x.id === updated.id ? updated : x)));
  }

  const authProblem =
    problem && (problem.code === 'UNAUTHENTICATED' || problem.code === 'FORBIDDEN') ? `The API refused this token: ${problem.message}` : undefined;
  return (
    <>
      {/* A form, so browsers treat the password field as one; nothing is submitted (the token is kept as typed). */}
      <form className="panel" onSubmit={(e) => e.preventDefault()}>
        <TokenField
          id="alerts-token"
          token={rawToken}
          setToken={setToken}
          invalid={Boolean(authProblem)}
          hint={authProblem ?? 'Alerts and watches are for editors. The token is kept in this tab only (sessionStorage), never in the address bar.'}
        />
      </form>
      {problem && !authProblem && <ProblemNote title="Something went wrong" problem={problem} />}
      <section aria-labelledby="alerts-title" className="alerts-section">
        <div className="panel-head">
          <h2 id="alerts-title">Alerts</h2>
          {token && <LiveBadge state={live} />}
        </div>
        {token && (
          <label className="inline-check">
            <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} /> Only those not yet acknowledged
          </label>
        )}
        {!loaded ? null : !token ? (
          <Empty>Paste an editor token above to see alerts and manage watches.</Empty>
        ) : authProblem ? null : alerts === null ? (
          <p className="state" role="status" aria-busy="true">
            Loading alerts…
          </p>
        ) : alerts.length === 0 ? (
          <Empty>{onlyOpen ? 'Every alert has been acknowledged.' : 'No alert yet. They appear here the moment a watch fires.'}</Empty>
        ) : (
          <>
            <p className="muted" role="status">
              {total > alerts.length ? `The newest ${alerts.length} of ${total}.` : `${alerts.length} alert${alerts.length === 1 ? '' : 's'}, newest first.`}
            </p>
            <div className="alert-list" data-testid="alerts">
              {alerts.map((a) => (
                <AlertCard key={a.id} alert={a} busy={busy === a.id} onAcknowledge={() => void acknowledge(a.id)} />
              ))}
            </div>
          </>
        )}
      </section>
      {token && !authProblem && (
        <section aria-labelledby="watches-title" className="alerts-section">
          <h2 id="watches-title">Watches</h2>
          {watches === null ? (
            <p className="state" role="status" aria-busy="true">
              Loading watches…
            </p>
          ) : (
            <WatchList watches={watches} busy={busy} onToggle={(w) => void toggle(w)} />
          )}
          <WatchForm token={token} choices={choices} onCreated={() => void refresh()} />
        </section>
      )}
    </>
  );
}
