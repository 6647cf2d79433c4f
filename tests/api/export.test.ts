import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';

// Exports stream the public dataset as RFC 4180 CSV and as JSON lines, filtered like the queries.
const app = await makeApp();
let server: Running;
beforeAll(async () => {
  server = await serve(app);
});
afterAll(async () => {
  await server.close();
  await app.dispose();
});

const get = (path: string) => fetch(`${server.url}${path}`);
const lines = async (path: string) =>
  (await (await get(path)).text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

test('statements.jsonl holds every public statement with its quotes, global ids, addresses and exact spans', async () => {
  const res = await get('/export/statements.jsonl');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/ndjson/);
  const records = (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const q = await gql(app, `{ statements(first: 1) { totalCount } sources(first: 20) { edges { node { id body } } } }`);
  expect(records.length).toBe(q.data.statements.totalCount);
  const bodies = new Map(q.data.sources.edges.map((e: any) => [e.node.id, e.node.body]));
  const quotes = records.flatMap((r) => r.quotes);
  expect(quotes.length).toBeGreaterThan(50);
  for (const quote of quotes) {
    expect((bodies.get(quote.source.id) as string).slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.source.address).toBeTruthy();
  }
  const node = await gql(app, `query($id: ID!) { node(id: $id) { ... on Statement { text } } }`, { id: records[0].id });
  expect(node.data.node.text).toBe(records[0].text);
  expect(JSON.stringify(records)).not.toMatch(/\[\[source:/);
});

test('statements.csv is RFC 4180: a header, one record per statement, quotes doubled, and the same filters as the query', async () => {
  const asif = (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  const res = await get(`/export/statements.csv?speaker=${encodeURIComponent(asif)}&act=THREATEN`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/csv/);
  const body = await res.text();
  expect(body.split('\r\n')[0]).toMatch(/^id,key,saidOn,/);
  const rows = parse(body, { columns: true }) as any[];
  const q = await gql(app, `query($s: ID!) { statements(first: 100, filter: { speaker: $s, act: THREATEN }) { totalCount edges { node { id text } } } }`, {
    s: asif,
  });
  expect(rows.length).toBe(q.data.statements.totalCount);
  const texts = new Map(q.data.statements.edges.map((e: any) => [e.node.id, e.node.text]));
  for (const row of rows) {
    expect(row.act).toBe('THREATEN');
    expect(row.text).toBe(texts.get(row.id));
    expect(JSON.parse(row.quotes).length).toBe(Number(row.quoteCount));
    if (Number(row.quoteCount)) expect(row.spans).toMatch(/^[A-Za-z0-9=]+:\d+-\d+/);
  }
  expect(rows.some((r) => r.text.includes('"') || r.quotes.includes('"'))).toBe(true);
});

test('a text filter, a date range and the other exports', async () => {
  const byText = await lines('/export/statements.jsonl?text=%22Tora%20Bora%22&from=2025-10-01&to=2025-10-31');
  expect(byText.length).toBeGreaterThan(0);
  for (const r of byText) expect(r.saidOn >= '2025-10-01' && r.saidOn <= '2025-10-31').toBe(true);
  const afghan = await lines('/export/statements.jsonl?side=AF');
  const afghanQuery = await gql(app, `{ statements(first: 100, filter: { side: AF }) { totalCount edges { node { id } } } }`);
  expect(afghan.map((r) => r.id).sort()).toEqual(afghanQuery.data.statements.edges.map((e: any) => e.node.id).sort());
  expect(afghan.length).toBeGreaterThan(0);
  const events = await lines('/export/events.jsonl');
  expect(events.length).toBe((await gql(app, `{ events(first: 1) { totalCount } }`)).data.events.totalCount);
  const claims = await lines('/export/claims.jsonl');
  expect(claims.some((c) => c.stances.length > 1)).toBe(true);
  const rounds = parse(await (await get('/export/rounds.csv')).text(), { columns: true }) as any[];
  expect(rounds.map((r) => r.title)).toContain('Doha talks (first round)');
  expect(rounds.find((r) => r.title.startsWith('Istanbul talks (second'))!.demands).toMatch(/→/);
});

test('a date that is not on the calendar is refused by name, like one that is not a date at all', async () => {
  for (const [path, field] of [
    ['/export/statements.csv?from=2025-99-01', 'from'],
    ['/export/statements.csv?from=2025-02-30', 'from'],
    ['/export/statements.jsonl?to=2025-11-31', 'to'],
    ['/export/events.csv?to=2025-00-10', 'to'],
    ['/export/statements.csv?from=banana', 'from'],
  ] as const) {
    const r = await get(path);
    expect(r.status, path).toBe(400);
    expect((await r.json()).errors[0].extensions, path).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  // A leap day that exists is still a filter.
  expect((await get('/export/statements.csv?from=2024-02-29')).status).toBe(200);
});

test('bad parameters are refused by name; a retracted statement is not exported', async () => {
  const bad = await get('/export/statements.csv?act=SHOUT');
  expect(bad.status).toBe(400);
  expect((await bad.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'act' });
  const fts = await (await get('/export/statements.jsonl?text=%22unclosed')).json();
  expect(fts.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  const typo = await (await get('/export/events.csv?kind=AIRSTRIKE')).json();
  expect(typo.errors[0].extensions.field).toBe('kind');
  expect((await get('/export/nothing.csv')).status).toBe(404);

  const first = (await lines('/export/statements.jsonl'))[0];
  const r = await gql(app, `mutation($id: ID!) { retractStatement(id: $id, reason: "test") { nodeId } }`, { id: first.id }, app.editorToken);
  expect(r.errors).toBeUndefined();
  expect((await lines('/export/statements.jsonl')).map((s) => s.id)).not.toContain(first.id);
});
