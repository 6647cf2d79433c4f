import { guardedGet, type FetchedResponse, type OutboundOptions } from '../net/guarded-fetch.ts';
import { OutboundError } from '../net/outbound-guard.ts';
import { decodeBody } from './decode.ts';

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;
const FEED = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/x-rss\+xml)\b/i;

export interface FetchedText {
  url: string;
  text: string;
  status: number;
  response: FetchedResponse;
}

const typeOf = (r: FetchedResponse) => String(r.headers['content-type'] ?? '').trim();

/** A web page as text in its own charset; anything but HTML is refused before it is parsed. */
export async function fetchPage(url: string, net: OutboundOptions): Promise<FetchedText> {
  const response = await guardedGet(url, net, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' });
  const type = typeOf(response);
  if (!HTML.test(type)) throw new OutboundError('content-type', `is not a web page (content-type ${type || 'missing'})`);
  return { url: response.url, text: decodeBody(response.body, type, 'html'), status: response.status, response };
}

/** A feed document; 304 (not modified) comes back with empty text. Feeds served as text/html are tolerated. */
export async function fetchFeed(url: string, net: OutboundOptions, conditional: Record<string, string>): Promise<FetchedText> {
  const response = await guardedGet(url, net, {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8',
    ...conditional,
  });
  if (response.status === 304) return { url: response.url, text: '', status: 304, response };
  const type = typeOf(response);
  if (type && !FEED.test(type) && !/^text\/(html|plain)\b/i.test(type)) throw new OutboundError('content-type', `is not a feed (content-type ${type})`);
  return { url: response.url, text: decodeBody(response.body, type, 'xml'), status: response.status, response };
}
