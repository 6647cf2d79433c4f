import type { SeedQuote, SeedStatement } from './format.ts';

/** A quote as a curator writes it: the text as printed, the offsets still to be found (or kept as a choice). */
export type UnpinnedQuote = Omit<SeedQuote, 'start' | 'end'> & Partial<Pick<SeedQuote, 'start' | 'end'>>;
export type UnpinnedStatement = Omit<SeedStatement, 'quotes'> & { quotes: UnpinnedQuote[] };

export interface PinnedSpans {
  statements: SeedStatement[];
  pinned: number;
  /** How many quotes got offsets they did not have. */
  changed: number;
  /** When not empty, nothing should be written. */
  problems: string[];
}

function occurrences(body: string, text: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) found.push(at);
  return found;
}

/**
 * Pins every quote to its span: start/end are JavaScript string offsets into the body exactly as stored, so
 * body.slice(start, end) === text. A text that occurs once is pinned there; one that occurs more often must
 * already carry a `start` at one of its occurrences (the curator's choice); one that does not occur is a problem.
 */
export function pinQuoteSpans(statements: readonly UnpinnedStatement[], bodies: ReadonlyMap<string, string>): PinnedSpans {
  const problems: string[] = [];
  let pinned = 0;
  let changed = 0;
  const result = statements.map((statement) => {
    const quotes = statement.quotes.map((quote, i) => {
      const at = `statements.${statement.key}.quotes.${i}`;
      const body = bodies.get(quote.source);
      if (body === undefined) {
        problems.push(`${at}.source: unknown source "${quote.source}"`);
        return quote;
      }
      const found = quote.text ? occurrences(body, quote.text) : [];
      let start: number;
      if (found.length === 1) start = found[0]!;
      else if (found.length > 1 && quote.start !== undefined && found.includes(quote.start)) start = quote.start;
      else {
        problems.push(
          found.length === 0
            ? `${at}: the text does not occur in ${quote.source}: ${JSON.stringify(quote.text)}`
            : `${at}: the text occurs ${found.length} times in ${quote.source} (at ${found.join(', ')}); set "start" to the one meant`,
        );
        return quote;
      }
      const end = start + quote.text.length;
      if (quote.start !== start || quote.end !== end) changed++;
      pinned++;
      // A stable field order, so that reviews diff cleanly.
      const { source, text, start: _s, end: _e, kind, link, ...rest } = quote;
      return { source, text, start, end, kind, ...(link === undefined ? {} : { link }), ...rest };
    });
    return { ...statement, quotes };
  });
  return { statements: result as SeedStatement[], pinned, changed, problems };
}
