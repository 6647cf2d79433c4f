import { eq } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { first, type Tx } from '../write/transaction.ts';
import type { SeedActor } from './format.ts';

export type SeedReport = Record<string, { added: number; kept: number }>;

type KeyedTable = SQLiteTable & { id: AnySQLiteColumn; key?: AnySQLiteColumn };

/** Counts what the loader adds and keeps, entity by entity, and finds what is already there by its key. */
export function seedTally(tx: Tx) {
  const report: SeedReport = {};
  const count = (entity: string, added: boolean) => {
    report[entity] ??= { added: 0, kept: 0 };
    report[entity][added ? 'added' : 'kept'] += 1;
  };
  return {
    report,
    count,
    /** The id of the row of `table` with this key (or `column`), counted as kept; undefined when the caller must insert it. */
    async existing(entity: string, table: KeyedTable, key: string, column = table.key): Promise<number | undefined> {
      if (!column) throw new Error(`seed: say which column holds the key of ${entity}`);
      const found = (await first(tx.select({ id: table.id }).from(table).where(eq(column, key)).limit(1))) as { id: number } | undefined;
      if (found) count(entity, false);
      return found?.id;
    },
    /** Counts a new row and hands it back. */
    added<R extends { id: number }>(entity: string, row: R): R {
      count(entity, true);
      return row;
    },
  };
}

/** Parents before members, so each actor is inserted with its parent already there. */
export function parentsFirst(actors: readonly SeedActor[]): SeedActor[] {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const done = new Set<string>();
  const ordered: SeedActor[] = [];
  const visit = (a: SeedActor) => {
    if (done.has(a.key)) return;
    done.add(a.key);
    const parent = a.parent === undefined ? undefined : byKey.get(a.parent);
    if (parent) visit(parent);
    ordered.push(a);
  };
  actors.forEach(visit);
  return ordered;
}
