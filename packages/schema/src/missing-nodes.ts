import { isSqlite, PUBLIC_ROWS, queryRows } from '@parley/core';
import type { ParleyDb } from '@parley/core';

// Token holders see every row by id (a retracted one is still on the record); readers see public rows only.
const PRIVATE_TABLES: Record<string, string> = { Change: 'changes', Watch: 'watches', Alert: 'alerts' };

/**
 * Blanks out ids whose rows do not exist, or are not public and the reader has no token (one query per
 * type), so `node` and `nodes` answer null for them as Relay expects; the node loader would otherwise
 * reject the whole list, or show an unpublished row.
 */
export async function blankMissingNodes(db: ParleyDb, ids: ({ typename: string; id: unknown } | null | undefined)[], withToken = false): Promise<void> {
  const byType = new Map<string, number[]>();
  ids.forEach((gid, index) => {
    if (!gid) return;
    if (!PUBLIC_ROWS[gid.typename] && !PRIVATE_TABLES[gid.typename]) {
      ids[index] = null;
      return;
    }
    let indexes = byType.get(gid.typename);
    if (!indexes) byType.set(gid.typename, (indexes = []));
    indexes.push(index);
  });
  // One text per table and engine, the ids bound as one list: prepared once, where an IN list of literal ids
  // was built and prepared anew for every node request.
  const sqlite = isSqlite(db);
  const idIn = sqlite ? 'x.id IN (SELECT value FROM json_each(?))' : 'x.id = ANY(?::bigint[])';
  for (const [typename, indexes] of byType) {
    const wanted = indexes.map((i) => Number(ids[i]!.id));
    const table = PUBLIC_ROWS[typename]?.table ?? PRIVATE_TABLES[typename]!;
    const where = withToken || !PUBLIC_ROWS[typename] ? '1' : PUBLIC_ROWS[typename]!.where;
    const text = `SELECT x.id FROM "${table}" x WHERE ${idIn} AND ${where === '1' ? 'true' : where}`;
    const rows = await queryRows<{ id: number }>(db, text, sqlite ? JSON.stringify(wanted) : wanted);
    const found = new Set(rows.map((row) => Number(row.id)));
    indexes.forEach((i, k) => {
      if (!found.has(wanted[k]!)) ids[i] = null;
    });
  }
}
