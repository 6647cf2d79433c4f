import type { ParleyDb } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
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
export function findActorByName(db: ParleyDb, name: string, { includeProposed = false }: FindActorOptions = {}): number | null {
  const normalized = normalizeName(name);
  if (!normalized) return null;
  const statuses = includeProposed ? `('ACTIVE', 'PROPOSED')` : `('ACTIVE')`;
  const exact = prepared(db, `SELECT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.normalized = ? AND a.status IN ${statuses}`).get(
    normalized,
  ) as { id: number } | undefined;
  if (exact) return exact.id;
  const bySlug = prepared(db, `SELECT id FROM actors WHERE slug = ? AND status IN ${statuses}`).get(name.trim().toLowerCase()) as { id: number } | undefined;
  if (bySlug) return bySlug.id;
  const phonetic = prepared(
    db,
    `SELECT DISTINCT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.phonetic = ? AND a.status IN ${statuses} LIMIT 2`,
  ).all(phoneticKey(name)) as { id: number }[];
  return phonetic.length === 1 ? phonetic[0]!.id : null;
}
