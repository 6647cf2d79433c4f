import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// SQL for an actor's side, shared by escalation and Actor.side: own country, else its parent's; a country
// that mediates or hosts any round counts as a mediator; everything else is "others".
export const SIDE_SQL = `
  CASE
    WHEN coalesce(a.country, p.country) = 'PK' THEN 'PK'
    WHEN coalesce(a.country, p.country) = 'AF' THEN 'AF'
    WHEN EXISTS (
      SELECT 1 FROM round_participants rp JOIN actors m ON m.id = rp.actor_id
      WHERE rp.role IN ('MEDIATOR', 'HOST')
        AND (m.id IN (a.id, a.parent_id) OR m.country = coalesce(a.country, p.country))
    ) OR EXISTS (
      SELECT 1 FROM process_mediators pm JOIN actors m ON m.id = pm.actor_id
      WHERE m.id IN (a.id, a.parent_id) OR m.country = coalesce(a.country, p.country)
    ) THEN 'MEDIATORS'
    ELSE 'OTHERS'
  END`;

/** The side of the actor whose id is in `idColumn`, as a scalar subquery usable in any select. */
export const sideOfActor = (idColumn: AnySQLiteColumn | SQL): SQL<string> =>
  sql<string>`(SELECT ${sql.raw(SIDE_SQL)} FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.id = ${idColumn})`;
