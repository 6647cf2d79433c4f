import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_TOKEN, gql, makeApp, tempDir, type TestApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';
import { stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** A raw SSE reader: every event with its id and name, and whether the stream ended. */
async function openStream(url: string, query: string, headers: Record<string, string> = {}, path = '/graphql') {
  const controller = new AbortController();
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const events: SseEvent[] = [];
  let ended = false;
  const reading = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (block.startsWith(':')) continue;
          const field = (name: string) => new RegExp(`^${name}: ?(.*)$`, 'm').exec(block)?.[1];
          events.push({ id: field('id'), event: field('event'), data: field('data') ?? '' });
        }
      }
      ended = true;
    } catch {
      // aborted
    }
  })();
  const waitFor = async (count: number, timeoutMs = 5000) => {
    const until = Date.now() + timeoutMs;
    while (events.filter((e) => e.event === 'next').length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return events.filter((e) => e.event === 'next');
  };
  return { events, waitFor, ended: () => ended, reading, close: () => controller.abort() };
}

const SUB = `subscription { statementAdded { id text } }`;
const ADD = `mutation($s: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-22" }, text: $t, act: COMMENT }) { id } }`;

describe('event ids and Last-Event-ID', () => {
  let app: TestApp;
  let http: Running;
  let speaker = '';
  beforeAll(async () => {
    app = await makeApp();
    http = await serve(app);
    speaker = (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  });
  afterAll(async () => {
    await http.close();
    await app.dispose();
  });
  const add = async (text: string) => (await gql(app, ADD, { s: speaker, t: text }, app.editorToken)).data.createStatement.id as string;

  test('each live event carries a monotonic id; a reader reconnecting with Last-Event-ID gets what it missed, in order, then live ones', async () => {
    const first = await openStream(http.url, SUB);
    await new Promise((r) => setTimeout(r, 100));
    await add('before the disconnect');
    const [seen] = await first.waitFor(1);
    expect(seen!.id).toMatch(/^\d+$/);
    expect(JSON.parse(seen!.data).data.statementAdded.text).toBe('before the disconnect');
    first.close();

    const missed = [await add('missed one'), await add('missed two')];
    const again = await openStream(http.url, SUB, { 'last-event-id': seen!.id! });
    await new Promise((r) => setTimeout(r, 100));
    const live = await add('live after reconnect');
    const events = await again.waitFor(3);
    expect(events.map((e) => JSON.parse(e.data).data.statementAdded.id)).toEqual([...missed, live]);
    const ids = events.map((e) => Number(e.id));
    expect(ids[0]).toBeGreaterThan(Number(seen!.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    again.close();

    // The query parameter works for clients that cannot set headers.
    const viaQuery = await openStream(http.url, SUB, {}, `/graphql?lastEventId=${seen!.id}`);
    expect((await viaQuery.waitFor(3)).map((e) => JSON.parse(e.data).data.statementAdded.id)).toEqual([...missed, live]);
    viaQuery.close();
  });

  test('roundUpdated events carry ids and replay too', async () => {
    const rounds = await gql(app, `{ rounds(first: 1) { edges { node { id } } } }`);
    const round = rounds.data.rounds.edges[0].node.id;
    const SUB_ROUND = `subscription { roundUpdated { id status } }`;
    const CHANGE = `mutation($id: ID!, $s: RoundStatus!) { updateRoundStatus(input: { roundId: $id, status: $s, at: "2027-02-01", note: "test" }) { id } }`;
    const stream = await openStream(http.url, SUB_ROUND);
    await new Promise((r) => setTimeout(r, 100));
    await gql(app, CHANGE, { id: round, s: 'SUSPENDED' }, app.editorToken);
    const [event] = await stream.waitFor(1);
    expect(event!.id).toMatch(/^\d+$/);
    stream.close();
    await gql(app, CHANGE, { id: round, s: 'IN_SESSION' }, app.editorToken);
    const again = await openStream(http.url, SUB_ROUND, { 'last-event-id': event!.id! });
    const [replayed] = await again.waitFor(1);
    expect(JSON.parse(replayed!.data).data.roundUpdated).toEqual({ id: round, status: 'IN_SESSION' });
    expect(Number(replayed!.id)).toBeGreaterThan(Number(event!.id));
    again.close();
  });
});

test('on SIGTERM every live stream ends with a complete event before the process exits', async () => {
  const dir = tempDir();
  const api = await startApi({ DATABASE_PATH: join(dir, 'parley.db'), PORT: '0', PARLEY_ADMIN_TOKEN: ADMIN_TOKEN });
  try {
    const streams = [await openStream(api.url, SUB), await openStream(api.url, `subscription { roundUpdated { id } }`)];
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<number | null>((resolve) => api.child.on('exit', (code) => resolve(code)));
    api.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const s of streams) {
      await s.reading;
      expect(s.events.at(-1)?.event).toBe('complete');
      expect(s.ended()).toBe(true);
    }
  } finally {
    await stop(api.child);
  }
});
