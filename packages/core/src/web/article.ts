// HTML → the article's main text and what the page says about itself. Readability (Mozilla's, as in
// Firefox's reader view) over linkedom: measured on a 30-paragraph page it reads 6.6 ms per page against
// jsdom's 37 ms, with identical text, and loads in a quarter of the time (README, "Ingestion by URL").
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readMetadata, type PageMetadata } from './metadata.ts';

export interface PageArticle extends PageMetadata {
  text: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

/** Paragraphs stay paragraphs: extraction and quote spans read the text with its blank lines. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS) as Iterable<any>) {
    // A <p> inside an <li> or <blockquote> would be read twice.
    if (el.parentElement?.closest?.(BLOCKS)) continue;
    const text = String(el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) parts.push(text);
  }
  return parts.length > 0
    ? parts.join('\n\n')
    : String(document.body?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
}

/** Null when the page holds no readable article (a list page, a login wall, a script-only app). */
export function readArticle(html: string, pageUrl: string): PageArticle | null {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document as any, pageUrl);
  // Readability rewrites the document it reads, so metadata is taken first.
  const parsed = new Readability(document as any, { charThreshold: 200 }).parse();
  if (!parsed?.content) return null;
  const text = blockText(parsed.content);
  if (text.length < 200) return null;
  return {
    ...metadata,
    title: metadata.title ?? parsed.title ?? null,
    publisher: metadata.publisher ?? parsed.siteName ?? null,
    author: metadata.author ?? parsed.byline ?? null,
    text,
  };
}
