// In-process handles on the same SQLite file: Parley's yoga (for reference answers and SQL counts), the raw
// reads and the peer. Nothing here is timed under load; the HTTP contenders run in their own processes.
import { createParleyYoga, openDatabase } from '@parley/schema';
import { createPeer } from '../../peer/src/app.ts';
import { parleyRequest, peerRequest, type Params, type Scenario } from '../queries.ts';
import { createRawReads, openRaw } from '../servers/raw.ts';

export interface Contenders {
  parley(scenario: Scenario, p: Params): Promise<any>;
  raw(scenario: Scenario, p: Params): any;
  peer(scenario: Scenario, p: Params): Promise<any> | null;
  close(): void;
}

export function inProcess(path: string, onSql?: (who: 'parley' | 'raw' | 'peer', sql: string) => void): Contenders {
  const db = openDatabase(path, { migrate: false, onSql: onSql && ((s) => onSql('parley', s)) });
  const yoga = createParleyYoga({ db });
  const rawDb = openRaw(path, onSql && ((s) => onSql('raw', s)));
  const raw = createRawReads(rawDb);
  const peer = createPeer(path, onSql && ((s) => onSql('peer', s)));
  const post = async (fetcher: (url: string, init: RequestInit) => Response | Promise<Response>, body: string) =>
    (await fetcher('http://bench.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
  return {
    parley: (scenario, p) => post((u, i) => yoga.fetch(u, i), parleyRequest(scenario, p).body!),
    raw: (scenario, p) => JSON.parse((raw[scenario] as (p: Params) => string)(p)),
    peer: (scenario, p) => {
      const r = peerRequest(scenario, p);
      return r ? post((u, i) => peer.yoga.fetch(u, i), r.body!) : null;
    },
    close() {
      db.$client.close();
      rawDb.close();
      peer.close();
    },
  };
}

const decode = (id: string) => Number(Buffer.from(id, 'base64').toString().split(':')[1]);

/** The statement and quote ids an answer lists, in order: what Parley and the peer must agree on. */
export function idSkeleton(scenario: Scenario, answer: any, from: 'parley' | 'peer'): string {
  if (from === 'parley') {
    const edges = scenario === 'feed' ? answer?.data?.statements?.edges : answer?.data?.actor?.statements?.edges;
    return JSON.stringify((edges ?? []).map((e: any) => [decode(e.node.id), e.node.quotes.map((q: any) => decode(q.id))]));
  }
  const list = scenario === 'feed' ? answer?.data?.statements : answer?.data?.actorsSingle?.statements;
  return JSON.stringify((list ?? []).map((s: any) => [s.id, s.quotes.map((q: any) => q.id)]));
}
