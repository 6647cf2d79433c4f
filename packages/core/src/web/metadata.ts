// What a news page says about itself: Open Graph and article: meta tags, JSON-LD (schema.org NewsArticle,
// possibly inside an @graph or an array), <link rel=canonical> and <html lang>. JSON-LD is preferred where
// both exist because publishers fill it for search engines and it carries the date with its time zone.
import { isCalendarDate } from '../domain/calendar-date.ts';
import type { DatePrecision } from '../domain/enums.ts';

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  publishedPrecision: DatePrecision;
  canonicalUrl: string | null;
  language: string | null;
}

type Doc = { querySelector(s: string): any; querySelectorAll(s: string): Iterable<any>; documentElement: any };

const meta = (doc: Doc, ...names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`) ?? doc.querySelector(`meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
};

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

function jsonLdArticle(doc: Doc): Record<string, any> | null {
  const found: Record<string, any>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, any>;
    const types = ([] as unknown[]).concat(record['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(record);
    if (record['@graph']) visit(record['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block is common in the wild and says nothing we need.
    }
  }
  // A page's WebPage node is the fallback; the article node is the better witness.
  return found.find((r) => !/WebPage/.test(String(r['@type']))) ?? found[0] ?? null;
}

const nameOf = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  if (first && typeof first === 'object' && typeof (first as any).name === 'string') return (first as any).name.trim() || null;
  return null;
};

/** ISO 8601 date or date-time → the calendar day (as the page's own offset states it) and how precise it is. */
export function datePrecisionOf(raw: string | null): { publishedOn: string | null; publishedPrecision: DatePrecision } {
  const value = raw?.trim() ?? '';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) {
    const publishedOn = `${day[1]}-${day[2]}-${day[3]}`;
    // A page that claims 30 February has no usable date; rolling it over would invent one.
    return { publishedOn: isCalendarDate(publishedOn) ? publishedOn : null, publishedPrecision: 'DAY' };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { publishedOn: `${month[1]}-${month[2]}-01`, publishedPrecision: 'MONTH' };
  const parsed = value ? Date.parse(value) : Number.NaN;
  if (Number.isFinite(parsed)) return { publishedOn: new Date(parsed).toISOString().slice(0, 10), publishedPrecision: 'DAY' };
  return { publishedOn: null, publishedPrecision: 'DAY' };
}

export function readMetadata(doc: Doc, pageUrl: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  let canonicalUrl: string | null = null;
  try {
    canonicalUrl = canonicalHref ? new URL(canonicalHref, pageUrl).toString() : null;
  } catch {
    canonicalUrl = null;
  }
  const date = datePrecisionOf(
    (typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
      meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const lang = (doc.documentElement?.getAttribute?.('lang') ?? (typeof ld?.inLanguage === 'string' ? ld.inLanguage : null) ?? meta(doc, 'og:locale'))
    ?.replace('_', '-')
    .trim();
  return {
    title:
      (typeof ld?.headline === 'string' ? ld.headline.trim() : null) ??
      meta(doc, 'og:title', 'twitter:title') ??
      (doc.querySelector('title')?.textContent?.trim() || null),
    publisher: nameOf(ld?.publisher) ?? meta(doc, 'og:site_name', 'application-name'),
    author: nameOf(ld?.author) ?? meta(doc, 'author', 'article:author'),
    ...date,
    canonicalUrl,
    language: lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(lang) ? lang.split('-')[0]!.toLowerCase() : null,
  };
}
