import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, test } from 'vitest';
import { codes, gql, makeApp } from '../helpers/app.ts';

// Watches fire on commits and deliver signed alerts with their evidence to webhooks, retrying a receiver
// that is down. The test's receiver is on loopback, which the outbound guard refuses unless allowed. Test files
// share their worker's process (isolate: false), so the allowance is taken back when this file ends.
const allowBefore = process.env.PARLEY_FETCH_ALLOW;
process.env.PARLEY_FETCH_ALLOW = '127.0.0.1';
const app = await makeApp({ PARLEY_WATCH_POLL_MS: '100', PARLEY_WEBHOOK_RETRY_BASE_MS: '300' });
const receivers: Server[] = [];
afterAll(async () => {
  for (const r of receivers) await new Promise((done) => r.close(done));
  await app.dispose();
  if (allowBefore === undefined) delete process.env.PARLEY_FETCH_ALLOW;
  else process.env.PARLEY_FETCH_ALLOW = allowBefore;
});

interface Received {
  body: string;
  signature: string | undefined;
}

function receiver(port = 0): Promise<{ url: string; port: number; got: Received[] }> {
  const got: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ body, signature: req.headers['parley-signature'] as string | undefined });
      res.writeHead(204).end();
    });
  });
  receivers.push(server);
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as AddressInfo).port;
      resolve({ url: `http://127.0.0.1:${p}/hook`, port: p, got });
    }),
  );
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const CREATE_WATCH = `mutation($input: CreateWatchInput!) { createWatch(input: $input) { secret watch { id kind status webhookUrl } } }`;

async function threaten(text: string) {
  const ids = (await gql(app, `{ asif: actor(slug: "khawaja-asif") { id } sources(first: 1) { edges { node { id outlet body } } } }`)).data;
  const source = ids.sources.edges[0].node;
  const start = source.body.indexOf('Afghan');
  const quote = source.body.slice(start, start + 30);
  const r = await gql(
    app,
    `mutation($input: CreateStatementInput!) { createStatement(input: $input) { id quotes { id } } }`,
    {
      input: {
        occasion: { speakerId: ids.asif.id, saidOn: '2025-11-29', channel: 'PRESS_REMARKS' },
        text,
        act: 'THREATEN',
        quotes: [{ sourceId: source.id, text: quote, start, end: start + quote.length, kind: 'DIRECT' }],
      },
    },
    app.editorToken,
  );
  expect(r.errors).toBeUndefined();
  return { statement: r.data.createStatement, source, quote, start };
}

test('a watch on THREATEN posts a signed alert naming the quote, its span, its outlet and its address', async () => {
  const hook = await receiver();
  const w = await gql(app, CREATE_WATCH, { input: { name: 'Threats', filter: { act: 'THREATEN' }, webhookUrl: hook.url } }, app.editorToken);
  expect(w.errors).toBeUndefined();
  const { secret, watch } = w.data.createWatch;
  expect(watch).toMatchObject({ kind: 'STATEMENT', status: 'ACTIVE' });

  await gql(
    app,
    `mutation($input: CreateStatementInput!) { createStatement(input: $input) { id } }`,
    {
      input: {
        occasion: { speakerId: (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id, saidOn: '2025-11-29' },
        text: 'A calm remark.',
        act: 'COMMENT',
      },
    },
    app.editorToken,
  );
  const { statement, source, quote, start } = await threaten('We will respond with full force.');

  const got = await until(() => hook.got[0]);
  expect(got.signature).toBe(`sha256=${createHmac('sha256', secret).update(got.body).digest('hex')}`);
  const alert = JSON.parse(got.body).alert;
  expect(alert.watch.name).toBe('Threats');
  const evidence = alert.evidence.statements[0];
  expect(evidence).toMatchObject({ id: statement.id, act: 'THREATEN', independentOrigins: 1, outlets: [source.outlet] });
  expect(evidence.quotes[0]).toMatchObject({ id: statement.quotes[0].id, text: quote, start, end: start + quote.length });
  expect(evidence.quotes[0].source).toMatchObject({ id: source.id, outlet: source.outlet });
  expect(evidence.quotes[0].source.address).toBeTruthy();
  expect(hook.got.length).toBe(1); // the COMMENT did not fire

  const listed = await gql(
    app,
    `{ alerts(first: 5) { totalCount edges { node { id summary watch { name } deliveries { status attemptCount attempts { httpStatus } } } } } }`,
    {},
    app.editorToken,
  );
  const node = await until(async () => {
    const r = await gql(app, `{ alerts(first: 5) { edges { node { id deliveries { status attemptCount attempts { httpStatus } } } } } }`, {}, app.editorToken);
    const n = r.data.alerts.edges[0].node;
    return n.deliveries[0].status === 'DELIVERED' ? n : undefined;
  });
  expect(listed.data.alerts.edges[0].node.summary).toMatch(/Khawaja Asif: “We will respond with full force\.”/);
  expect(node.deliveries[0].attempts).toEqual([{ httpStatus: 204 }]);
  const ack = await gql(app, `mutation($id: ID!) { acknowledgeAlert(id: $id) { acknowledgedBy } }`, { id: node.id }, app.editorToken);
  expect(ack.data.acknowledgeAlert.acknowledgedBy).toBe('test editor');
  expect(codes(await gql(app, `{ alerts(first: 1) { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
  await gql(app, `mutation($id: ID!) { pauseWatch(id: $id) { status } }`, { id: watch.id }, app.editorToken);
});

test('a receiver that is down at first gets the alert on a retry', async () => {
  const port = await freePort();
  const w = await gql(
    app,
    CREATE_WATCH,
    { input: { name: 'Threats, later', filter: { act: 'THREATEN' }, webhookUrl: `http://127.0.0.1:${port}/hook` } },
    app.editorToken,
  );
  expect(w.errors).toBeUndefined();
  await threaten('Any attack will be answered.');
  // The first attempt fails (nothing listens) and is recorded.
  await until(async () => {
    const r = await gql(app, `{ alerts(first: 1) { edges { node { deliveries { attempts { error } } } } } }`, {}, app.editorToken);
    return r.data.alerts.edges[0]?.node.deliveries[0]?.attempts[0]?.error;
  });
  const hook = await receiver(port);
  const got = await until(() => hook.got[0], 10_000);
  expect(JSON.parse(got.body).alert.watch.name).toBe('Threats, later');
  const r = await gql(app, `{ alerts(first: 1) { edges { node { deliveries { status attemptCount attempts { httpStatus error } } } } } }`, {}, app.editorToken);
  const delivery = r.data.alerts.edges[0].node.deliveries[0];
  expect(delivery.status).toBe('DELIVERED');
  expect(delivery.attemptCount).toBeGreaterThanOrEqual(2);
  expect(delivery.attempts.at(-1).httpStatus).toBe(204);
});

test('webhooks to private, loopback, link-local or metadata addresses, or not http(s), are refused by field', async () => {
  for (const url of [
    'http://10.0.0.5/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]:8080/',
    'http://[fd00:ec2::254]/',
    'http://192.168.1.1/',
    'ftp://example.com/x',
  ]) {
    const r = await gql(app, CREATE_WATCH, { input: { name: 'Bad', filter: { act: 'THREATEN' }, webhookUrl: url } }, app.editorToken);
    expect(codes(r), url).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.field).toBe('input.webhookUrl');
  }
  const two = await gql(app, CREATE_WATCH, { input: { name: 'Two rules', filter: { act: 'THREATEN' }, roundStatus: {} } }, app.editorToken);
  expect(codes(two)).toEqual(['BAD_USER_INPUT']);
  expect(codes(await gql(app, CREATE_WATCH, { input: { name: 'No token', filter: {} } }))).toEqual(['UNAUTHENTICATED']);
});

test('a round status watch fires on updateRoundStatus with the status before and after', async () => {
  const round = (await gql(app, `{ round(key: "istanbul-round-3") { id status } }`)).data.round;
  const w = await gql(app, CREATE_WATCH, { input: { name: 'Round 3', roundStatus: { round: round.id } } }, app.editorToken);
  expect(w.errors).toBeUndefined();
  const next = round.status === 'CONCLUDED' ? 'IN_SESSION' : 'CONCLUDED';
  const u = await gql(
    app,
    `mutation($id: ID!, $s: RoundStatus!) { updateRoundStatus(input: { roundId: $id, status: $s, at: "2025-12-01", note: "Resumed." }) { status } }`,
    { id: round.id, s: next },
    app.editorToken,
  );
  expect(u.errors).toBeUndefined();
  const alert = await until(async () => {
    const r = await gql(
      app,
      `query($w: ID) { alerts(first: 1, watch: $w) { edges { node { summary evidence } } } }`,
      { w: w.data.createWatch.watch.id },
      app.editorToken,
    );
    return r.data.alerts.edges[0]?.node;
  });
  expect(alert.evidence).toMatchObject({ before: { status: round.status }, after: { status: next } });
});
