import type { ParleyDb } from './index.ts';

const CHUNK = 500;

const NODE_TABLES: Record<string, string> = {
  Actor: 'actors',
  Source: 'sources',
  Occasion: 'occasions',
  Statement: 'statements',
  Quote: 'quotes',
  NegotiationProcess: 'negotiation_processes',
  NegotiationRound: 'negotiation_rounds',
  Demand: 'demands',
  Event: 'events',
  Claim: 'claims',
  ClaimStance: 'claim_stances',
  Change: 'changes',
  Discrepancy: 'discrepancies',
};

/**
 * Blanks out ids whose rows do not exist (one query per type), so `nodes` answers null for them as
 * Relay expects; the node loader would otherwise reject the whole list.
 */
export function blankMissingNodes(db: ParleyDb, ids: ({ typename: string; id: unknown } | null | undefined)[]): void {
  const byType = new Map<string, number[]>();
  ids.forEach((gid, index) => {
    if (!gid) return;
    if (!NODE_TABLES[gid.typename]) {
      ids[index] = null;
      return;
    }
    let indexes = byType.get(gid.typename);
    if (!indexes) byType.set(gid.typename, (indexes = []));
    indexes.push(index);
  });
  for (const [typename, indexes] of byType) {
    const wanted = indexes.map((i) => Number(ids[i]!.id));
    const found = new Set<number>();
    // Bounded IN lists: SQLite refuses more than 32,766 bound parameters in one statement.
    for (let at = 0; at < wanted.length; at += CHUNK) {
      const chunk = wanted.slice(at, at + CHUNK);
      const rows = db.$client.prepare(`SELECT id FROM ${NODE_TABLES[typename]} WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as { id: number }[];
      for (const row of rows) found.add(row.id);
    }
    indexes.forEach((i, k) => {
      if (!found.has(wanted[k]!)) ids[i] = null;
    });
  }
}
