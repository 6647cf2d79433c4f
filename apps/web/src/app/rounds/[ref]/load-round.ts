import 'server-only';
import { ROUND_STATEMENTS, RoundByIdQuery, RoundByKeyQuery } from '@/graphql/documents.ts';
import { load } from '@/lib/load.ts';
import { decodeRef, globalIdOf } from '@/lib/ref.ts';

/** A round by its key, or by its global id when it has no key. */
export async function loadRound(raw: string) {
  const ref = decodeRef(raw);
  const id = globalIdOf(ref, 'NegotiationRound');
  if (id) {
    const r = await load(RoundByIdQuery, { id, statements: ROUND_STATEMENTS });
    return r.ok ? { ok: true as const, round: r.data.node && 'id' in r.data.node ? r.data.node : null } : r;
  }
  const r = await load(RoundByKeyQuery, { key: ref, statements: ROUND_STATEMENTS });
  return r.ok ? { ok: true as const, round: r.data.round } : r;
}
