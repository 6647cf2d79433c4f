// How long a feed of N new articles takes from the poll to the review queue: a local server serves an RSS
// feed and N generated article pages (each ~450 words, two quoted speakers, distinct text); one poll of a
// fresh, seeded database is timed, and the queue is counted. Run: pnpm --filter @parley/bench feed [N]
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addFeed, HostQueue, loadSeed, openDatabase, parseAllowList, pollFeed } from '@parley/core';
import { seedDir } from '@parley/seed';

const N = Number(process.argv[2] ?? 100);
const CITIES = ['Peshawar', 'Quetta', 'Kabul', 'Jalalabad', 'Khost', 'Chaman', 'Torkham', 'Islamabad', 'Kandahar', 'Doha'];
const THINGS = [
  'the crossing',
  'the ceasefire',
  'the refugees',
  'the traders',
  'the talks',
  'the border posts',
  'the mediators',
  'the prisoners',
];

function article(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const thing = THINGS[i % THINGS.length]!;
  const paragraphs = [
    `Defence Minister Khawaja Asif said in ${city} on day ${i} that “${thing} will be discussed only when the attacks stop, and not one day sooner, whatever the mediators propose in round ${i}.”`,
    `Taliban spokesman Zabihullah Mujahid replied that “Afghanistan wants calm on ${thing} as much as anyone, and has said so in ${i} letters to Islamabad.”`,
    ...Array.from(
      { length: 6 },
      (_, k) =>
        `Report ${i}, paragraph ${k}: residents of ${city} described queues at ${thing} growing by the hour, with ${i * 7 + k} lorries waiting and shopkeepers counting losses they put at ${k + 2} million rupees a day while officials on both sides argued about who had fired first.`,
    ),
  ];
  return `<!doctype html><html lang="en"><head><title>Story ${i}</title><meta property="og:site_name" content="Bench Daily">
<meta property="article:published_time" content="2025-12-0${(i % 9) + 1}T08:00:00Z"><link rel="canonical" href="https://benchdaily.example/story/${i}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Story ${i}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Bench Daily</footer></body></html>`;
}

const server = createServer((req, res) => {
  const m = /^\/story\/(\d+)$/.exec(req.url ?? '');
  if (m) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article(Number(m[1])));
  if (req.url === '/rss.xml') {
    const items = Array.from(
      { length: N },
      (_, i) =>
        `<item><title>Story ${i}</title><link>http://127.0.0.1:${port}/story/${i}</link><pubDate>${new Date(Date.UTC(2025, 11, 1, 0, i)).toUTCString()}</pubDate></item>`,
    );
    return void res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items.join('')}</channel></rss>`);
  }
  res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;

const dir = mkdtempSync(join(tmpdir(), 'parley-feed-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
loadSeed(db, { dir: seedDir });
const ctx = { db, viewer: { tokenId: null, name: 'bench', role: 'EDITOR' as const } };
const feedId = addFeed(ctx, { url: `http://127.0.0.1:${port}/rss.xml`, outlet: 'Bench Daily' });
const queued = () =>
  (
    db.$client
      .prepare(
        "SELECT count(DISTINCT source_id) AS n FROM quotes WHERE link = 'SUGGESTED' AND source_id IN (SELECT source_id FROM feed_items)",
      )
      .get() as { n: number }
  ).n;

const started = performance.now();
const report = await pollFeed(ctx, feedId, { policy: parseAllowList('127.0.0.1') }, new HostQueue());
const elapsed = performance.now() - started;
console.log(
  `${N} articles: ${report.ingested} ingested, ${report.duplicates} duplicates, ${report.noQuotes} without quotes, ${report.failed} failed`,
);
console.log(
  `poll → review queue: ${(elapsed / 1000).toFixed(2)} s (${(elapsed / N).toFixed(1)} ms per article, one request at a time to the one host); ${queued()} sources in the queue`,
);
db.$client.close();
server.close();
rmSync(dir, { recursive: true, force: true });
