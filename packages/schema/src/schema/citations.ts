// Curated text cites sources; these fields render the citations and list the sources cited, on every type
// that holds curated text.
import { builder } from '../builder.ts';
import { citationsOf, renderedText, type Citation } from '../citations.ts';

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'A source cited by curated text (a note, a description, a summary).',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'How the citation reads in the rendered text.' }),
    source: t.drizzleField({ type: 'sources', resolve: (_q, c) => c.source }),
  }),
});

type Cited = Record<string, unknown>;

/** A curated text column as readers see it: citation tokens become the sources' labels. */
export const citedText = (column: string) => (row: Cited, _args: unknown, ctx: Parameters<typeof renderedText>[0]) =>
  renderedText(ctx, (row[column] as string | null) ?? null);

/** The sources cited by the given columns. */
export const citationsFrom =
  (...columns: string[]) =>
  (row: Cited, _args: unknown, ctx: Parameters<typeof renderedText>[0]) =>
    citationsOf(
      ctx,
      columns.map((c) => row[c] as string | null),
    );
