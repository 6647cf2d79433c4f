import { eq } from 'drizzle-orm';
import { sources } from '../db/schema.ts';
import { contentHash } from '../domain/content-hash.ts';
import type { DatePrecision, SourceKind } from '../domain/enums.ts';
import { badInput } from '../errors.ts';
import { attachOrigin } from '../outlets/origin.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, write, type CommandContext, type WriteScope } from '../write/transaction.ts';

export interface SourceFields {
  title: string;
  outlet: string;
  kind?: SourceKind | null;
  url?: string | null;
  publishedOn?: string | null;
  publishedPrecision?: DatePrecision | null;
  language?: string | null;
  body: string;
  key?: string | null;
}

/**
 * Stores a source inside a running write, idempotent on content: the same text again answers the source
 * already stored (created: false) and writes nothing. The change log records the body's length, not the body.
 */
export async function insertSource(scope: WriteScope, input: SourceFields, action = 'create'): Promise<{ id: number; created: boolean }> {
  const { tx, log } = scope;
  const hash = contentHash(input.body);
  const existing = await first(tx.select({ id: sources.id }).from(sources).where(eq(sources.contentHash, hash)).limit(1));
  if (existing) return { id: existing.id, created: false };
  const row = (await first(
    tx
      .insert(sources)
      .values({
        key: input.key ?? null,
        title: input.title,
        outlet: input.outlet,
        kind: input.kind ?? 'NEWS_ARTICLE',
        url: input.url ?? null,
        publishedOn: input.publishedOn ?? null,
        publishedPrecision: input.publishedPrecision ?? 'DAY',
        language: input.language ?? 'en',
        body: input.body,
        contentHash: hash,
      })
      .returning(),
  ))!;
  log('Source', row.id, action, null, { ...row, body: `${row.body.length} characters` });
  await attachOrigin(scope, { sourceId: row.id, body: row.body, url: row.url, outlet: row.outlet });
  return { id: row.id, created: true };
}

export const createSource = (ctx: CommandContext, input: SourceFields): Promise<number> => write(ctx, async (scope) => (await insertSource(scope, input)).id);

/** A source's body never changes: quotes point into it by offset. */
export type SourcePatch = Partial<{ [K in Exclude<keyof SourceFields, 'body' | 'key'>]: SourceFields[K] | null }>;

export function updateSource(ctx: CommandContext, id: number, input: SourcePatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const { body, ...before } = await mustFind(tx, sources, id, 'id', 'source');
    const patch = patchOf(input, ['title', 'outlet', 'kind', 'publishedPrecision', 'language']);
    if ('body' in patch) throw badInput('input.body', 'cannot change: quotes point into it by offset');
    if (Object.keys(patch).length === 0) throw badInput('input', 'names no field to change');
    const { body: _body, ...after } = (await first(tx.update(sources).set(patch).where(eq(sources.id, id)).returning()))!;
    log('Source', id, 'update', before, after);
    return id;
  });
}
