import 'server-only';
import { SourceByIdQuery, SourceByKeyQuery } from '@/graphql/documents.ts';
import { load } from '@/lib/load.ts';
import { decodeRef, globalIdOf } from '@/lib/ref.ts';

/** A source by its citation key, or by its global id when it has none. */
export async function loadSource(raw: string) {
  const ref = decodeRef(raw);
  const id = globalIdOf(ref, 'Source');
  if (id) {
    const r = await load(SourceByIdQuery, { id });
    return r.ok ? { ok: true as const, source: r.data.node && 'body' in r.data.node ? r.data.node : null } : r;
  }
  const r = await load(SourceByKeyQuery, { key: ref });
  return r.ok ? { ok: true as const, source: r.data.source } : r;
}
