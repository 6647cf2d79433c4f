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
type Ctx = Parameters<typeof renderedText>[0];

/** A curated text column as readers see it: citation tokens become the sources' labels. */
const citedText = (column: string) => (row: Cited, _args: unknown, ctx: Ctx) => renderedText(ctx, (row[column] as string | null) ?? null);

// A type's select may load only what a document asks for, so these fields name the column they read.
const loading = (columns: string[]) => ({ columns: Object.fromEntries(columns.map((c) => [c, true])) });

type Resolve<T> = (row: Cited, args: unknown, ctx: Ctx) => Promise<T>;

/** Options of a field rendering a curated text column; `fallback` stands in for a missing text on a non-null field. */
export function citedTextField(column: string): { select: ReturnType<typeof loading>; resolve: Resolve<string | null> };
export function citedTextField(column: string, fallback: string): { select: ReturnType<typeof loading>; resolve: Resolve<string> };
export function citedTextField(column: string, fallback?: string) {
  const render = citedText(column);
  const resolve: Resolve<string | null> = fallback === undefined ? render : (row, args, ctx) => render(row, args, ctx).then((text) => text ?? fallback);
  return { select: loading([column]), resolve };
}

/** Options of the `citations` field: the sources cited by the given curated text columns. */
export function citationsField(...columns: string[]) {
  return {
    type: [CitationRef] as [typeof CitationRef],
    description: 'Sources its curated text cites.',
    select: loading(columns),
    resolve: (row: Cited, _args: unknown, ctx: Ctx) =>
      citationsOf(
        ctx,
        columns.map((c) => row[c] as string | null),
      ),
  };
}
