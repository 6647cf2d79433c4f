// RSS 2.0, RSS 1.0 (RDF) and Atom to one list of items. fast-xml-parser with entity expansion off: a feed
// is untrusted XML, and a billion-laughs document must not expand in memory.
import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  url: string;
  title: string | null;
  published: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: false,
  removeNSPrefix: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text']);
  return null;
};

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Array<Record<string, string> | string>;
  const alternate = list.find((l) => typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'));
  if (alternate && typeof alternate === 'object') return alternate['@href'] ?? null;
  return list.map(text).find(Boolean) ?? null;
}

const absolute = (url: string | null, base: string): string | null => {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
};

/** Throws when the document is not a feed; items without a usable link are left out. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new Error(`not a readable feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const rss = doc.rss?.channel ?? doc.RDF;
  if (rss) {
    const channel = doc.rss?.channel ?? doc.RDF.channel ?? {};
    const items = ((doc.rss?.channel?.item ?? doc.RDF?.item ?? []) as Record<string, any>[]).map((i) => ({
      url: absolute(text(i.link?.[0] ?? i.link) ?? (i.guid?.['@isPermaLink'] !== 'false' ? text(i.guid) : null), feedUrl),
      title: text(i.title),
      published: text(i.pubDate) ?? text(i.date) ?? null,
    }));
    return { title: text(channel.title), items: items.filter((i): i is FeedItem => !!i.url) };
  }
  if (doc.feed) {
    const items = ((doc.feed.entry ?? []) as Record<string, any>[]).map((e) => ({
      url: absolute(atomLink(e.link), feedUrl),
      title: text(e.title),
      published: text(e.published) ?? text(e.updated),
    }));
    return { title: text(doc.feed.title), items: items.filter((i): i is FeedItem => !!i.url) };
  }
  throw new Error('not a feed: neither RSS nor Atom');
}
