// Curated notes cite sources with a token, [[source:KEY]], never with an internal name such as "seed 003".
// Readers never see the token: it is rendered as a short label of the source, and the API lists the
// sources cited beside the text, so a client can link each one.
export const CITATION_TOKEN = /\[\[source:([A-Za-z0-9._-]+)\]\]/g;

export interface CitedSource {
  id: number;
  key: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: string | null;
}

/** The source keys a text cites, in order of first appearance. */
export function citationKeys(text: string | null | undefined): string[] {
  if (!text || !text.includes('[[source:')) return [];
  return [...new Set([...text.matchAll(CITATION_TOKEN)].map((m) => m[1]!))];
}

/** How a citation reads in running text: the outlet when known, else the start of the title. */
export function citationLabel(source: Pick<CitedSource, 'title' | 'outlet'>): string {
  if (source.outlet && !/^unknown/i.test(source.outlet)) return source.outlet;
  const words = source.title.split(/\s+/);
  let label = '';
  for (const word of words) {
    if ((label + ' ' + word).trim().length > 48) return `“${label}…”`;
    label = (label + ' ' + word).trim();
  }
  return `“${label}”`;
}

/** The text as readers see it: each token replaced by its source's label (or a plain marker if unknown). */
export function renderCitations(text: string, lookup: (key: string) => Pick<CitedSource, 'title' | 'outlet'> | undefined): string {
  if (!text.includes('[[source:')) return text;
  return text.replace(CITATION_TOKEN, (_m, key: string) => {
    const source = lookup(key);
    return source ? citationLabel(source) : 'an unlisted source';
  });
}
