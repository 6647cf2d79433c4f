import { eq } from 'drizzle-orm';
import { actorAliases, sources } from '../db/schema.ts';
import type { AliasKind } from '../domain/enums.ts';
import { normalizeName, phoneticKey } from '../domain/names.ts';
import { userError } from '../errors.ts';
import { first, mustFind, type Tx } from './transaction.ts';

/**
 * Adds a spelling to an actor. The same spelling again is a no-op; a spelling that already names another
 * actor is refused, because resolveActor must never have two answers.
 */
export async function addAlias(
  tx: Tx,
  actorId: number,
  text: string,
  kind: AliasKind = 'NAME',
  sourceId: number | null = null,
  field = 'alias',
): Promise<typeof actorAliases.$inferSelect | null> {
  const normalized = normalizeName(text);
  if (!normalized) throw userError('BAD_USER_INPUT', `${field}: must contain letters or digits`, field);
  if (sourceId !== null) await mustFind(tx, sources, sourceId, `${field}.sourceId`, 'source');
  const existing = await first(tx.select().from(actorAliases).where(eq(actorAliases.normalized, normalized)).limit(1));
  if (existing) {
    if (existing.actorId === actorId) return null;
    throw userError('CONFLICT', `${field}: "${text}" already names another actor`, field);
  }
  const row = await first(
    tx
      .insert(actorAliases)
      .values({ actorId, text: text.trim(), kind, normalized, phonetic: phoneticKey(text), sourceId })
      .returning(),
  );
  return row!;
}

export function slugify(name: string): string {
  return normalizeName(name).replace(/\s+/g, '-').slice(0, 80) || 'actor';
}
