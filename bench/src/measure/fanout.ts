// One subscription fan-out against a running API process, and the log lines of it and of the writes under load:
// shared by the SQLite and the PostgreSQL runs, so that their rows come from the same job.
import type { WritesUnderLoad } from '../report.ts';
import { type FanoutResult, runFanout } from '../load/loadgen.ts';
import type { ParamSets } from '../params.ts';
import { CREATE_STATEMENT, SUBSCRIPTION } from '../queries.ts';
import type { Running } from '../servers/spawn.ts';

/** `subscribers` statementAdded subscriptions over SSE, then one createStatement with `token`. */
export function fanoutOnce(server: Running, subscribers: number, workers: number, params: ParamSets, token: string): Promise<FanoutResult> {
  return runFanout({
    workers,
    url: server.url,
    subscribers,
    subscription: SUBSCRIPTION,
    mutation: CREATE_STATEMENT,
    variables: { speaker: params.speakerId, text: `Fan-out probe to ${subscribers} subscribers` },
    token,
    serverPid: server.pid,
    timeoutMs: 30_000,
  });
}

export const fanoutLine = (r: FanoutResult) =>
  `  ${r.received}/${r.subscribers} delivered, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.kbPerSubscriber.toFixed(1)} kB per subscriber`;

export const writesLine = (w: WritesUnderLoad) =>
  `  ${Math.round(w.mutationsPerSecond)} mutations/s (${w.written ?? '?'} statements stored, warm-up included); readers ${Math.round(w.readsPerSecond)} req/s, p99 ${w.readersP99} ms`;
