// Renders citation tokens ([[source:KEY]]) in curated text and lists the sources cited. The sources of one
// request are loaded together, once, however many notes cite them (no query per note).
import { citationKeys, citationLabel, renderCitations } from '@parley/core';
import type { sources } from '@parley/core/tables';
import type { ParleyContext } from './context.ts';

type SourceRow = typeof sources.$inferSelect;

interface Batch {
  known: Map<string, SourceRow | null>;
  pending: Set<string>;
  flush: Promise<void> | null;
}

const batches = new WeakMap<ParleyContext, Batch>();

function load(ctx: ParleyContext, keys: string[]): Promise<Map<string, SourceRow | null>> {
  let batch = batches.get(ctx);
  if (!batch) batches.set(ctx, (batch = { known: new Map(), pending: new Set(), flush: null }));
  const b = batch;
  for (const key of keys) if (!b.known.has(key)) b.pending.add(key);
  if (b.pending.size && !b.flush) {
    // Wait one tick so every sibling field of the page adds its keys first: one query for all of them.
    b.flush = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const wanted = [...b.pending];
      b.pending.clear();
      b.flush = null;
      const rows = await ctx.db.query.sources.findMany({ where: { key: { in: wanted }, retractedAt: { isNull: true } } });
      for (const key of wanted) b.known.set(key, rows.find((r) => r.key === key) ?? null);
    });
  }
  return (b.flush ?? Promise.resolve()).then(() => b.known);
}

/** The text as readers see it, with each citation token replaced by its source's label. */
export async function renderedText(ctx: ParleyContext, text: string | null): Promise<string | null> {
  const keys = citationKeys(text);
  if (!text || keys.length === 0) return text;
  const known = await load(ctx, keys);
  return renderCitations(text, (key) => known.get(key) ?? undefined);
}

export interface Citation {
  label: string;
  source: SourceRow;
}

/** The sources the given texts cite, in order of first citation, each once. */
export async function citationsOf(ctx: ParleyContext, texts: (string | null | undefined)[]): Promise<Citation[]> {
  const keys = [...new Set(texts.flatMap((t) => citationKeys(t)))];
  if (keys.length === 0) return [];
  const known = await load(ctx, keys);
  return keys.flatMap((key) => {
    const source = known.get(key);
    return source ? [{ label: citationLabel(source), source }] : [];
  });
}
