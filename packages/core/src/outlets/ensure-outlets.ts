import type { ParleyDb } from '../db/open.ts';
import { outletDomains, outletNames, outlets } from '../db/schema.ts';
import { foldName } from '../domain/names.ts';
import { KNOWN_OUTLETS } from './known-outlets.ts';

/** Folded form of an outlet's name: "The Associated Press" and "associated press" are one key. */
export const outletKey = (name: string) => foldName(name).replace(/^the /, '').trim();

/**
 * Adds the known outlets a database lacks (by key), their names and domains. Runs on every open; an
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
      const row = tx
        .insert(outlets)
        .values({ key: o.key, name: o.name, kind: o.kind, country: o.country, ownerGroup: o.ownerGroup ?? null })
        .returning()
        .get();
      const names = [
        { text: o.name, credit: (o.credits ?? []).includes(o.name) },
        ...(o.names ?? []).map((text) => ({ text, credit: false })),
        ...(o.credits ?? []).filter((c) => c !== o.name).map((text) => ({ text, credit: true })),
      ];
      for (const n of names)
        tx.insert(outletNames)
          .values({ normalized: outletKey(n.text), outletId: row.id, text: n.text, credit: n.credit })
          .onConflictDoNothing()
          .run();
      for (const domain of o.domains) tx.insert(outletDomains).values({ domain, outletId: row.id }).onConflictDoNothing().run();
    }
  });
}
