import { eq } from 'drizzle-orm';
import { discrepancies, discrepancyVersions, sources } from '../db/schema.ts';
import { badInput } from '../errors.ts';
import { patchOf } from '../write/patch.ts';
import { mustFind, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

export interface VersionFields {
  value: string;
  sourceId: number;
  /** The words of the source that carry this version; they must occur in its body. */
  quote?: string | null;
}

export interface DiscrepancyFields {
  subject: string;
  field: string;
  note?: string | null;
  key?: string | null;
  versions: readonly VersionFields[];
}

export type DiscrepancyRow = typeof discrepancies.$inferSelect;
type VersionRow = Omit<typeof discrepancyVersions.$inferInsert, 'id'>;

function insertVersions(tx: Tx, discrepancyId: number, versions: readonly VersionFields[], field: string): VersionRow[] {
  const rows = versions.map((v, i) => {
    const at = `${field}.versions.${i}`;
    const source = mustFind(tx, sources, v.sourceId, `${at}.sourceId`, 'source');
    // A version's words must really be in its source: that is what makes it a citation.
    if (v.quote && !source.body.includes(v.quote)) throw badInput(`${at}.quote`, 'does not occur in the source');
    return { discrepancyId, value: v.value, sourceId: source.id, quote: v.quote ?? null };
  });
  if (rows.length) tx.insert(discrepancyVersions).values(rows).run();
  return rows;
}

/** Inserts a discrepancy with its versions inside a running write; one change-log row holds both. */
export function insertDiscrepancy({ tx, log }: WriteScope, input: DiscrepancyFields, field = 'input', action = 'create'): DiscrepancyRow {
  const row = tx
    .insert(discrepancies)
    .values({ key: input.key ?? null, subject: input.subject, field: input.field, note: input.note ?? null })
    .returning()
    .get();
  const versions = insertVersions(tx, row.id, input.versions, field);
  log('Discrepancy', row.id, action, null, { ...row, versions });
  return row;
}

export const createDiscrepancy = (ctx: CommandContext, input: DiscrepancyFields): number => write(ctx, (scope) => insertDiscrepancy(scope, input).id);

export type DiscrepancyPatch = Partial<{ [K in Exclude<keyof DiscrepancyFields, 'key'>]: DiscrepancyFields[K] | null }>;

/** Changes a discrepancy; given versions replace the old ones, absent ones stay. */
export function updateDiscrepancy(ctx: CommandContext, id: number, input: DiscrepancyPatch): number {
  return write(ctx, ({ tx, log }) => {
    const before = mustFind(tx, discrepancies, id, 'id', 'discrepancy');
    const { versions, ...rest } = input;
    const patch = patchOf(rest, ['subject', 'field']);
    const after = Object.keys(patch).length ? tx.update(discrepancies).set(patch).where(eq(discrepancies.id, id)).returning().get() : before;
    let replaced: unknown;
    if (versions) {
      tx.delete(discrepancyVersions).where(eq(discrepancyVersions.discrepancyId, id)).run();
      replaced = insertVersions(tx, id, versions, 'input');
    }
    log('Discrepancy', id, 'update', before, { ...after, versions: replaced });
    return id;
  });
}
