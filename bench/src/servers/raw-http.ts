// The raw baselines' HTTP layer: plain node:http, one GET path per read, no GraphQL. Shared by the SQLite baseline,
// whose reads answer synchronously, and the PostgreSQL one, whose reads answer with a promise.
import { createServer, type ServerResponse } from 'node:http';

type Answer = string | Promise<string>;

export interface RawHandlers {
  feed(p: { first: number; to?: string; act?: string }): Answer;
  actor(p: { slug: string; first: number }): Answer;
  round(p: { id: string }): Answer;
  speaker(p: { speaker: string; first: number }): Answer;
  search(p: { q: string; first: number }): Answer;
}

const int = (v: string | null, fallback: number) => (v === null ? fallback : Number(v));

function send(res: ServerResponse, body: string) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function fail(res: ServerResponse, error: unknown) {
  res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
}

export function createRawServer(reads: RawHandlers) {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    let answer: Answer;
    try {
      if (path === '/feed')
        answer = reads.feed({ first: int(params.get('first'), 50), to: params.get('to') ?? undefined, act: params.get('act') ?? undefined });
      else if (path === '/actor') answer = reads.actor({ slug: params.get('slug') ?? '', first: int(params.get('first'), 20) });
      else if (path === '/round') answer = reads.round({ id: params.get('id') ?? '' });
      else if (path === '/speaker') answer = reads.speaker({ speaker: params.get('speaker') ?? '', first: int(params.get('first'), 20) });
      else if (path === '/search') answer = reads.search({ q: params.get('q') ?? '', first: int(params.get('first'), 20) });
      else {
        res.writeHead(404).end();
        return;
      }
    } catch (error) {
      fail(res, error);
      return;
    }
    // SQLite's answers are ready now: sent in the same turn, as before this layer served both engines.
    if (typeof answer === 'string') send(res, answer);
    else
      answer.then(
        (body) => send(res, body),
        (error) => fail(res, error),
      );
  });
}

/** Listens on an ephemeral port and prints it, for spawn.ts to find. */
export function listenAndAnnounce(server: ReturnType<typeof createRawServer>, port: number) {
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
  });
}
