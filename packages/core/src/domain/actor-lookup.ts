import type { ParleyDb } from '../db/open.ts';
import { queryRows } from '../db/engine.ts';
import { normalizeName, phoneticKey } from './names.ts';

export interface FindActorOptions {
  /** Also match actors ingestion proposed and nobody has confirmed yet. */
  includeProposed?: boolean;
}

/**
 * The actor a spelling names: the exact normalized alias, then the slug, then a transliteration key that
 * names exactly one actor. An ambiguous transliteration answers nothing rather than a guess. `resolveActor`
 * and ingestion both come through here, so a name resolves the same way everywhere.
 */
export async function findActorByName(db: ParleyDb, name: string, { includeProposed = false }: FindActorOptions = {}): Promise<number | null> {
  const normalized = normalizeName(name);
  if (!normalized) return null;
  const statuses = includeProposed ? `('ACTIVE', 'PROPOSED')` : `('ACTIVE')`;
  const [exact] = await queryRows<{ id: number }>(
    db,
    `SELECT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.normalized = ? AND a.status IN ${statuses} ORDER BY a.id LIMIT 1`,
    normalized,
  );
  if (exact) return exact.id;
  const [bySlug] = await queryRows<{ id: number }>(db, `SELECT id FROM actors WHERE slug = ? AND status IN ${statuses}`, name.trim().toLowerCase());
  if (bySlug) return bySlug.id;
  const phonetic = await queryRows<{ id: number }>(
    db,
    `SELECT DISTINCT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.phonetic = ? AND a.status IN ${statuses} ORDER BY a.id LIMIT 2`,
    phoneticKey(name),
  );
  return phonetic.length === 1 ? phonetic[0]!.id : null;
}
