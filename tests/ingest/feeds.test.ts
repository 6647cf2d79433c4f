import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '@parley/api';
import { addFeed, startFeedPoller } from '@parley/core';
import { codes, gql, makeApp, tempDir, type TestApp } from '../helpers/app.ts';
import { runCli } from '../helpers/spawn.ts';
import { articlePage, atomFeed, rssFeed, startSite, type Site } from '../helpers/web-fixtures.ts';

let site: Site;
let app: TestApp;
beforeAll(async () => {
  site = await startSite();
  app = await makeApp({ PARLEY_FETCH_ALLOW: '127.0.0.1', PARLEY_FEED_TICK_MS: '200' });
});
afterAll(async () => {
  await app.dispose();
  await site.close();
});

const FEEDS = `{ feeds(first: 5) { totalCount edges { node { id url outlet status lastSuccessAt lastError failures nextPollAt
  items(first: 8) { totalCount edges { node { url outcome note source { id url } } } } } } } }`;
const feedsNow = async () => (await gql(app, FEEDS, {}, app.editorToken)).data.feeds.edges.map((e: any) => e.node);
const REVIEW = '{ reviewSources(first: 50) { id url outlet awaitingReview } }';

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const story = (n: number, speakerLine: string) => [
  speakerLine,
  `Officials said the ${['first', 'second', 'third', 'fourth'][n]} meeting of the border commission would take place in Peshawar, though neither side would confirm who was attending or when exactly it would start.`,
  'Traders at the crossing said the queues of lorries stretched back several kilometres and that perishable goods were already being thrown away by drivers who had waited for days.',
  `Local elders in district ${n + 3} said they had been asked by both governments to help keep the peace along the frontier while the talks went on.`,
];

test('a new RSS feed is polled at once; its articles reach the review queue, deduplicated by URL and by content', async () => {
  const pages = [
    ['/news/1', story(0, 'Defence Minister Khawaja Asif said on Monday that Pakistan “will not wait forever for the Taliban to keep their word.”')],
    ['/news/2', story(1, 'Taliban spokesman Zabihullah Mujahid said, “We have never allowed anyone to attack a neighbour from our soil, and we never will.”')],
    // A weather note: no one is quoted, so nothing goes to review.
    [
      '/news/3',
      [
        'The first snow of the season closed the Lowari tunnel road overnight, and crews with two bulldozers were clearing it by dawn.',
        'Temperatures in Chitral fell to minus four degrees, the coldest night of the autumn so far, and more snow is forecast for the weekend in the upper valleys.',
        'Schools in the district will open an hour later until the end of the month, and the bus service to Peshawar will run twice a day instead of four times.',
      ],
    ],
  ] as const;
  for (const [path, paragraphs] of pages) {
    site.html(
      path,
      articlePage({
        headline: `Border story ${path}`,
        site: 'Peshawar Daily',
        canonical: `https://peshawardaily.example${path}`,
        published: '2025-12-05T06:00:00Z',
        paragraphs: [...paragraphs],
      }),
    );
  }
  // The same text as /news/1 under a second address: one source, not two.
  site.html(
    '/mirror/1',
    articlePage({
      headline: 'Mirror',
      site: 'Peshawar Daily',
      canonical: `${site.origin}/mirror/1`,
      published: '2025-12-05',
      paragraphs: [...pages[0][1]],
    }),
  );
  const entries = [...pages.map(([path]) => path), '/mirror/1'].map((path, i) => ({
    title: `Item ${i}`,
    url: `${site.origin}${path}`,
    published: `2025-12-05T0${i}:00:00Z`,
  }));
  const xml = rssFeed('Peshawar Daily — Latest', site.origin, entries);
  site.routes.set('/rss.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' }).end(xml);
  });

  const before = (await gql(app, REVIEW, {}, app.editorToken)).data.reviewSources.length;
  const heard: number[] = [];
  const it = app.pubsub.subscribe('reviewQueueChanged')[Symbol.asyncIterator]();
  void (async () => {
    for (let n = await it.next(); !n.done; n = await it.next()) heard.push(n.value as number);
  })();

  const added = await gql(
    app,
    'mutation ($i: AddFeedInput!) { addFeed(input: $i) { id status } }',
    { i: { url: `${site.origin}/rss.xml`, outlet: 'Peshawar Daily', intervalMinutes: 60 } },
    app.editorToken,
  );
  expect(added.errors).toBeUndefined();
  const [feed] = await until('the first poll', feedsNow, (f) => f[0]?.lastSuccessAt != null);
  const outcomes = Object.fromEntries(feed.items.edges.map((e: any) => [new URL(e.node.url).pathname, e.node.outcome]));
  expect(outcomes).toEqual({ '/news/1': 'INGESTED', '/news/2': 'INGESTED', '/news/3': 'NO_QUOTES', '/mirror/1': 'DUPLICATE' });
  expect(feed.lastError).toBeNull();
  const queue = (await gql(app, REVIEW, {}, app.editorToken)).data.reviewSources;
  expect(queue.length).toBe(before + 2);
  expect(
    queue
      .slice(0, 2)
      .map((s: any) => s.url)
      .sort(),
  ).toEqual(['https://peshawardaily.example/news/1', 'https://peshawardaily.example/news/2']);
  expect(queue[0]).toMatchObject({ outlet: 'Peshawar Daily' });
  await until(
    'the live review event',
    async () => heard.length,
    (n) => n >= 2,
  );
  await it.return?.();

  // Resuming polls at once, conditionally: the server answers 304 and nothing is fetched again.
  const id = feed.id;
  await gql(app, 'mutation ($id: ID!) { pauseFeed(id: $id) { status } }', { id }, app.editorToken);
  const hitsBefore = site.hits.length;
  await gql(app, 'mutation ($id: ID!) { resumeFeed(id: $id) { status } }', { id }, app.editorToken);
  await until(
    'the conditional poll',
    async () => site.hits.slice(hitsBefore),
    (h) => h.includes('GET /rss.xml inm="v1"'),
  );
  await new Promise((r) => setTimeout(r, 300));
  expect(site.hits.slice(hitsBefore).filter((h) => h.startsWith('GET /news'))).toEqual([]);
});

test('an Atom feed works too, a failing feed backs off with its error shown, and writes need a token', async () => {
  site.html(
    '/atom/a',
    articlePage({
      headline: 'Atom story',
      site: 'Kabul Mirror',
      canonical: 'https://kabulmirror.example/a',
      published: '2025-12-06',
      paragraphs: story(3, 'Zabihullah Mujahid told reporters in Kabul that “the door to dialogue remains open, but not at the price of our sovereignty.”'),
    }),
  );
  site.routes.set('/atom.xml', (_q, res) =>
    res
      .writeHead(200, { 'content-type': 'application/atom+xml' })
      .end(atomFeed('Kabul Mirror', site.origin, [{ title: 'A', url: `${site.origin}/atom/a`, published: '2025-12-06T10:00:00Z' }])),
  );
  site.routes.set('/broken.xml', (_q, res) => res.writeHead(500).end('oops'));
  expect(codes(await gql(app, 'mutation { addFeed(input: { url: "https://x.example/f", outlet: "X" }) { id } }'))).toEqual(['UNAUTHENTICATED']);
  const bad = await gql(app, 'mutation { addFeed(input: { url: "not a url", outlet: "X" }) { id } }', {}, app.editorToken);
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });

  for (const [path, outlet] of [
    ['/atom.xml', 'Kabul Mirror'],
    ['/broken.xml', 'Broken Gazette'],
  ]) {
    const r = await gql(
      app,
      'mutation ($i: AddFeedInput!) { addFeed(input: $i) { id } }',
      { i: { url: `${site.origin}${path}`, outlet, intervalMinutes: 10 } },
      app.editorToken,
    );
    expect(r.errors).toBeUndefined();
  }
  const all = await until('both polls', feedsNow, (f) => f.length === 3 && f.every((x: any) => x.lastSuccessAt || x.lastError));
  const atom = all.find((f: any) => f.url.endsWith('/atom.xml'));
  expect(atom.items.edges.map((e: any) => e.node.outcome)).toEqual(['INGESTED']);
  const broken = all.find((f: any) => f.url.endsWith('/broken.xml'));
  expect(broken).toMatchObject({ lastError: 'the server answered HTTP 500', failures: 1, lastSuccessAt: null });
  // Backoff: twice the interval after one failure.
  expect(Date.parse(broken.nextPollAt) - Date.now()).toBeGreaterThan(19 * 60_000);

  const removed = await gql(app, 'mutation ($id: ID!) { removeFeed(id: $id) }', { id: broken.id }, app.editorToken);
  expect(removed.data.removeFeed).toBe(broken.id);
  expect((await feedsNow()).length).toBe(2);
});

test('parley feed add|list|pause|resume|remove', () => {
  const env = { DATABASE_PATH: join(tempDir(), 'feeds.db'), PARLEY_SEED: '0' };
  const add = runCli(['feed', 'add', 'https://news.example/rss', '--outlet', 'Example News', '--interval', '15'], env);
  expect(add.code, add.stderr).toBe(0);
  expect(add.stdout).toMatch(/Feed 1 added/);
  expect(runCli(['feed', 'pause', '1'], env).stdout).toMatch(/Feed 1 paused/);
  const list = runCli(['feed', 'list'], env);
  expect(list.stdout).toMatch(/1 {2}PAUSED {2}every 15 min {2}Example News {2}https:\/\/news\.example\/rss/);
  expect(list.stdout).toMatch(/not polled yet; 0 items seen/);
  expect(runCli(['feed', 'resume', '1'], env).code).toBe(0);
  expect(runCli(['feed', 'remove', '1'], env).stdout).toMatch(/Feed 1 removed/);
  expect(runCli(['feed', 'add', 'https://news.example/rss'], env).code).toBe(2);
});

test('several pollers over one database (as on several hosts) fetch a due feed once', async () => {
  // A site of its own: no idle connection from the tests above for a poller to find reset.
  const own = await startSite();
  own.routes.set('/shared.xml', (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Shared', own.origin, [])));
  const ctx = { db: app.db, viewer: { tokenId: null, name: 'feed poller', role: 'EDITOR' as const } };
  const { outbound } = loadConfig({ PARLEY_FETCH_ALLOW: '127.0.0.1' });
  // Two more pollers beside the app's own, all woken at once.
  const pollers = [0, 1].map(() => startFeedPoller({ ctx, net: outbound, tickMs: 60_000 }));
  await addFeed(ctx, { url: `${own.origin}/shared.xml`, outlet: 'Shared Wire', intervalMinutes: 60 });
  await Promise.all(pollers.map((p) => p.kick()));
  const shared = async () => (await feedsNow()).find((x: any) => x.url.endsWith('/shared.xml'));
  expect(await until('the poll', shared, (f) => f?.lastSuccessAt || f?.lastError)).toMatchObject({ lastError: null });
  await new Promise((r) => setTimeout(r, 500));
  await Promise.all(pollers.map((p) => p.stop()));
  expect(own.hits.filter((h) => h.startsWith('GET /shared.xml'))).toHaveLength(1);
  await own.close();
});
