import 'server-only';
import { StatementByIdQuery, StatementByKeyQuery } from '@/graphql/documents.ts';
import { load } from '@/lib/load.ts';
import { decodeRef, globalIdOf } from '@/lib/ref.ts';

/** A statement by its key, or by its global id when it has none (statements added through the API). */
export async function loadStatement(raw: string) {
  const ref = decodeRef(raw);
  const id = globalIdOf(ref, 'Statement');
  if (id) {
    const r = await load(StatementByIdQuery, { id });
    return r.ok ? { ok: true as const, statement: r.data.node && 'text' in r.data.node ? r.data.node : null } : r;
  }
  const r = await load(StatementByKeyQuery, { key: ref });
  return r.ok ? { ok: true as const, statement: r.data.statement } : r;
}
