// Real-looking news pages and feeds, written for these tests, served from a local HTTP server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageSpec {
  headline: string;
  site: string;
  canonical: string;
  published: string; // ISO date-time as the page gives it
  author?: string;
  paragraphs: string[];
  lang?: string;
  /** Put the publisher in JSON-LD only, not in og:site_name. */
  ldOnly?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articlePage(spec: PageSpec): string {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: spec.site, url: new URL('/', spec.canonical).toString() },
      {
        '@type': 'NewsArticle',
        headline: spec.headline,
        datePublished: spec.published,
        author: [{ '@type': 'Person', name: spec.author ?? 'Staff Reporter' }],
        publisher: { '@type': 'Organization', name: spec.site },
        inLanguage: spec.lang ?? 'en',
      },
    ],
  };
  return `<!doctype html>
<html lang="${spec.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(spec.headline)} | ${esc(spec.site)}</title>
<link rel="canonical" href="${esc(spec.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(spec.headline)}">
${spec.ldOnly ? '' : `<meta property="og:site_name" content="${esc(spec.site)}">`}
<meta property="article:published_time" content="${esc(spec.published)}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head>
<body>
<header class="masthead"><a href="/">${esc(spec.site)}</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/pakistan">Pakistan</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article>
<h1>${esc(spec.headline)}</h1>
<p class="byline">By ${esc(spec.author ?? 'Staff Reporter')} · <time datetime="${esc(spec.published)}">${esc(spec.published.slice(0, 10))}</time></p>
<div class="article-body">
${spec.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Cricket board names new selectors</a></li><li><a href="/b">Fuel prices unchanged for fortnight</a></li></ul></aside>
</main>
<footer><p>© 2025 ${esc(spec.site)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}

export interface FeedEntry {
  title: string;
  url: string;
  published: string;
}

export function rssFeed(title: string, link: string, entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${esc(title)}</title><link>${esc(link)}</link><description>Latest stories</description>
${entries.map((e) => `<item><title>${esc(e.title)}</title><link>${esc(e.url)}</link><guid isPermaLink="true">${esc(e.url)}</guid><pubDate>${new Date(e.published).toUTCString()}</pubDate></item>`).join('\n')}
</channel>
</rss>`;
}

export function atomFeed(title: string, link: string, entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${esc(title)}</title><link href="${esc(link)}"/><id>${esc(link)}</id><updated>${new Date().toISOString()}</updated>
${entries.map((e) => `<entry><title>${esc(e.title)}</title><link rel="alternate" href="${esc(e.url)}"/><id>${esc(e.url)}</id><updated>${e.published}</updated><published>${e.published}</published></entry>`).join('\n')}
</feed>`;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface Site {
  server: Server;
  origin: string;
  port: number;
  routes: Map<string, Route>;
  hits: string[];
  html(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** One local server; tests add routes by path. Every request is recorded (method and path, with conditions). */
export async function startSite(): Promise<Site> {
  const routes = new Map<string, Route>();
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.push(`${req.method} ${path}${req.headers['if-none-match'] ? ` inm=${req.headers['if-none-match']}` : ''}`);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    routes,
    hits,
    html(path, body, headers = {}) {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The story of these tests: invented remarks by seeded speakers, long enough for Readability. */
export const WIRE_PARAGRAPHS = [
  'Pakistan’s Defence Minister Khawaja Asif said on Wednesday that Islamabad would “answer every cross-border attack with equal force until the Taliban rein in the militants sheltering on their soil.”',
  'Speaking to reporters outside Parliament House, Asif said the talks in Istanbul had shown that “promises made at the table mean nothing if the guns do not fall silent on the border.”',
  'The remarks followed a week of exchanges of fire near the Chaman crossing, where traders said hundreds of lorries carrying fruit and cement had been stranded for days while both armies reinforced their posts along the frontier.',
  'Afghan Taliban spokesman Zabihullah Mujahid rejected the accusation, saying, “Afghanistan does not allow its territory to be used against any country, and Pakistan should look at its own failures.”',
  'Diplomats in Doha said a further meeting of the two delegations was being discussed but that no date had been agreed, and that the mediators wanted written guarantees from both sides before inviting them back.',
  'Officials on both sides of the border said that the crossing at Torkham would remain closed to commercial traffic for at least another week, leaving thousands of day labourers without work.',
];
