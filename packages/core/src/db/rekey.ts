import { normalizeName, phoneticKey } from '../domain/names.ts';
import type { ParleyDb } from './open.ts';

/**
 * Bump when the name normaliser changes: stored alias keys must come from the code that resolves names, or
 * a name typed today misses the alias stored yesterday. SQLite's user_version holds the version applied.
 */
export const NAME_KEY_VERSION = 2;

export interface RekeyCollision {
  aliasId: number;
  text: string;
  key: string;
  /** The actor that keeps the key, and the one whose alias lost it. */
  keptBy: number;
  actorId: number;
}

/**
 * A data migration drizzle-kit cannot express in SQL: recomputes every alias's normalized and phonetic key
 * with the current normaliser, in one transaction. When two actors' aliases now share a key, the older alias
 * keeps it and the other is parked under a key no name can produce (`…#id`), and the collision is reported.
 */
export function rekeyAliases(db: ParleyDb): RekeyCollision[] {
  const sqlite = db.$client;
  if ((sqlite.pragma('user_version', { simple: true }) as number) >= NAME_KEY_VERSION) return [];
  const collisions: RekeyCollision[] = [];
  sqlite.transaction(() => {
    const rows = sqlite.prepare('SELECT id, actor_id AS actorId, text FROM actor_aliases ORDER BY id').all() as {
      id: number;
      actorId: number;
      text: string;
    }[];
    // Park every key first so the unique index cannot trip over a half-done rewrite.
    sqlite.prepare("UPDATE actor_aliases SET normalized = '#' || id").run();
    const owner = new Map<string, { actorId: number; aliasId: number }>();
    const update = sqlite.prepare('UPDATE actor_aliases SET normalized = ?, phonetic = ? WHERE id = ?');
    const remove = sqlite.prepare('DELETE FROM actor_aliases WHERE id = ?');
    for (const row of rows) {
      const key = normalizeName(row.text) || `#${row.id}`;
      const holder = owner.get(key);
      if (holder?.actorId === row.actorId) {
        remove.run(row.id); // the same actor's spelling twice: one alias is enough
        continue;
      }
      if (holder) {
        collisions.push({ aliasId: row.id, text: row.text, key, keptBy: holder.actorId, actorId: row.actorId });
        update.run(`${key}#${row.id}`, phoneticKey(row.text), row.id);
        continue;
      }
      owner.set(key, { actorId: row.actorId, aliasId: row.id });
      update.run(key, phoneticKey(row.text), row.id);
    }
    sqlite.pragma(`user_version = ${NAME_KEY_VERSION}`);
  })();
  return collisions;
}
