import { PUBLIC_ROWS } from '@parley/core';
import type { ParleyDb } from './index.ts';

// Token holders see every row by id (a retracted one is still on the record); readers see public rows only.
const PRIVATE_TABLES: Record<string, string> = { Change: 'changes', Watch: 'watches', Alert: 'alerts' };

/**
 * Blanks out ids whose rows do not exist, or are not public and the reader has no token (one query per
 * type), so `node` and `nodes` answer null for them as Relay expects; the node loader would otherwise
 * reject the whole list, or show an unpublished row.
 */
export function blankMissingNodes(
  db: ParleyDb,
  ids: ({ typename: string; id: unknown } | null | undefined)[],
  withToken = false,
): void {
  const byType = new Map<string, number[]>();
  ids.forEach((gid, index) => {
    if (!gid) return;
    if (!PUBLIC_ROWS[gid.typename] && !PRIVATE_TABLES[gid.typename]) {
      ids[index] = null;
      return;
    }
    byType.set(gid.typename, [...(byType.get(gid.typename) ?? []), index]);
  });
  for (const [typename, indexes] of byType) {
    const wanted = indexes.map((i) => Number(ids[i]!.id));
    const table = PUBLIC_ROWS[typename]?.table ?? PRIVATE_TABLES[typename]!;
    const where = withToken || !PUBLIC_ROWS[typename] ? '1' : PUBLIC_ROWS[typename]!.where;
    const found = new Set(
      (db.$client.prepare(`SELECT x.id FROM ${table} x WHERE x.id IN (${wanted.map(() => '?').join(',')}) AND ${where}`).all(...wanted) as { id: number }[]).map((r) => r.id),
    );
    indexes.forEach((i, k) => {
      if (!found.has(wanted[k]!)) ids[i] = null;
    });
  }
}
