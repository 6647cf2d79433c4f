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
const THINGS = ['the crossing', 'the ceasefire', 'the refugees', 'the traders', 'the talks', 'the border posts', 'the mediators', 'the prisoners'];

// Filler prose drawn from a fixed vocabulary by a seeded generator: every story's text is its own, as in
// a real feed, so copy detection finds nothing to match (it still runs its lookup for every article).
const WORDS = `officials residents traders border crossing lorries queue market prices talks delegation ministry
  province district village road convoy patrol checkpoint governor elders council refugees camp winter
  supplies fuel flour wheat cement fruit drivers shops school clinic doctors police army militia spokesman
  statement meeting agreement ceasefire guarantee letter envoy capital evening morning night week month
  quickly slowly again later earlier openly quietly reported described warned promised denied argued
  waited crossed closed opened returned left arrived stayed counted lost paid moved carried`.split(/\s+/);
function prose(seed: number, words: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let k = 0; k < words; k++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + k) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return `${out.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

function article(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const thing = THINGS[i % THINGS.length]!;
  const paragraphs = [
    `Defence Minister Khawaja Asif said in ${city} that “${thing} ${prose(i * 10 + 7, 24).toLowerCase()}”`,
    `Taliban spokesman Zabihullah Mujahid replied that “${prose(i * 10 + 8, 22)}”`,
    ...Array.from({ length: 6 }, (_, k) => prose(i * 10 + k, 55)),
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
await loadSeed(db, { dir: seedDir });
const ctx = { db, viewer: { tokenId: null, name: 'bench', role: 'EDITOR' as const } };
const feedId = await addFeed(ctx, { url: `http://127.0.0.1:${port}/rss.xml`, outlet: 'Bench Daily' });
const queued = () =>
  (
    db.$client
      .prepare("SELECT count(DISTINCT source_id) AS n FROM quotes WHERE link = 'SUGGESTED' AND source_id IN (SELECT source_id FROM feed_items)")
      .get() as { n: number }
  ).n;

const started = performance.now();
const report = await pollFeed(ctx, feedId, { policy: parseAllowList('127.0.0.1') }, new HostQueue());
const elapsed = performance.now() - started;
console.log(`${N} articles: ${report.ingested} ingested, ${report.duplicates} duplicates, ${report.noQuotes} without quotes, ${report.failed} failed`);
console.log(
  `poll → review queue: ${(elapsed / 1000).toFixed(2)} s (${(elapsed / N).toFixed(1)} ms per article, one request at a time to the one host); ${queued()} sources in the queue`,
);
const copies = (db.$client.prepare('SELECT count(*) AS n FROM sources WHERE copy_of_id IS NOT NULL').get() as { n: number }).n;
console.log(`${copies} of them judged copies of an earlier one`);
db.$client.close();
server.close();
rmSync(dir, { recursive: true, force: true });
