import type { ParleyDb } from '../db/open.ts';
import { outletDomains, outletNames, outlets } from '../db/schema.ts';
import { foldName } from '../domain/names.ts';
import { KNOWN_OUTLETS } from './known-outlets.ts';

/** Folded form of an outlet's name: "The Associated Press" and "associated press" are one key. */
export const outletKey = (name: string) => foldName(name).replace(/^the /, '').trim();

type KnownOutlet = (typeof KNOWN_OUTLETS)[number];

/** An outlet's names: its own, its other names, and the wire credits it is printed under. */
function namesOf(o: KnownOutlet) {
  return [
    { text: o.name, credit: (o.credits ?? []).includes(o.name) },
    ...(o.names ?? []).map((text) => ({ text, credit: false })),
    ...(o.credits ?? []).filter((c) => c !== o.name).map((text) => ({ text, credit: true })),
  ].map((n) => ({ normalized: outletKey(n.text), text: n.text, credit: n.credit }));
}

const outletRow = (o: KnownOutlet) => ({ key: o.key, name: o.name, kind: o.kind, country: o.country, ownerGroup: o.ownerGroup ?? null });

/**
 * Adds the known outlets an SQLite database lacks (by key), their names and domains. Runs on every open; an
 * outlet already there is left as an editor may have changed it. One transaction, no change-log rows:
 * this is reference data shipped with the code, like a migration.
 */
export function ensureKnownOutlets(db: ParleyDb): void {
  const present = new Set(
    db
      .select({ key: outlets.key })
      .from(outlets)
      .all()
      .map((r) => r.key),
  );
  const missing = KNOWN_OUTLETS.filter((o) => !present.has(o.key));
  if (missing.length === 0) return;
  db.transaction((tx) => {
    for (const o of missing) {
      const row = tx.insert(outlets).values(outletRow(o)).returning().get();
      for (const n of namesOf(o))
        tx.insert(outletNames)
          .values({ ...n, outletId: row.id })
          .onConflictDoNothing()
          .run();
      for (const domain of o.domains) tx.insert(outletDomains).values({ domain, outletId: row.id }).onConflictDoNothing().run();
    }
  });
}

/**
 * The same on PostgreSQL, where start-up is asynchronous: `tx` is a transaction the caller holds (start-up runs
 * it under the start-up lock, so two processes never add the same outlet).
 */
export async function ensureKnownOutletsOn(tx: ParleyDb): Promise<void> {
  const present = new Set((await tx.select({ key: outlets.key }).from(outlets)).map((r) => r.key));
  for (const o of KNOWN_OUTLETS.filter((known) => !present.has(known.key))) {
    const [row] = await tx.insert(outlets).values(outletRow(o)).returning();
    const names = namesOf(o).map((n) => ({ ...n, outletId: row!.id }));
    if (names.length) await tx.insert(outletNames).values(names).onConflictDoNothing();
    if (o.domains.length)
      await tx
        .insert(outletDomains)
        .values(o.domains.map((domain) => ({ domain, outletId: row!.id })))
        .onConflictDoNothing();
  }
}
