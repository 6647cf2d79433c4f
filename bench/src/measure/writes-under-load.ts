// Writes measured while the feed is read: how many mutations get through, and what they cost the readers.
import { runLoad } from '../load/loadgen.ts';
import type { paramSets } from '../params.ts';
import { CREATE_STATEMENT, type HttpRequest, parleyRequest } from '../queries.ts';

const TEXT = 'Bench write __N__ under read load';
/** An SQL LIKE pattern for the statements the writes create: those that reached the database, counted there. */
export const WRITTEN_LIKE = TEXT.replace('__N__', '%');

/** Sustained createStatement (each different, an editor's token) while the feed is read at full load. */
export async function writesUnderLoad(
  url: string,
  params: ReturnType<typeof paramSets>,
  token: string,
  opt: { durationSeconds: number; warmupSeconds: number; connections: number },
) {
  const body = JSON.stringify({ query: CREATE_STATEMENT, variables: { speaker: params.speakerId, text: TEXT } });
  const write: HttpRequest = {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  };
  const common = { url, durationSeconds: opt.durationSeconds, warmupSeconds: opt.warmupSeconds };
  const [reads, writes] = await Promise.all([
    runLoad({ ...common, requests: params.feedVaried.map((p) => parleyRequest('feed', p)), connections: opt.connections }),
    runLoad({ ...common, requests: [write], connections: 2, numbered: true }),
  ]);
  return {
    mutationsPerSecond: writes.rps,
    mutationErrors: writes.errors + writes.non2xx,
    readsPerSecond: reads.rps,
    readersP50: reads.p50,
    readersP99: reads.p99,
  };
}
