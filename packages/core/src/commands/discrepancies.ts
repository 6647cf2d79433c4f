import { eq } from 'drizzle-orm';
import { discrepancies, discrepancyVersions, sources } from '../db/schema.ts';
import { badInput } from '../errors.ts';
import { patchOf } from '../write/patch.ts';
import { first, mustFind, write, type CommandContext, type Tx, type WriteScope } from '../write/transaction.ts';

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

async function insertVersions(tx: Tx, discrepancyId: number, versions: readonly VersionFields[], field: string): Promise<VersionRow[]> {
  const rows: VersionRow[] = [];
  for (const [i, v] of versions.entries()) {
    const at = `${field}.versions.${i}`;
    const source = await mustFind(tx, sources, v.sourceId, `${at}.sourceId`, 'source');
    // A version's words must really be in its source: that is what makes it a citation.
    if (v.quote && !source.body.includes(v.quote)) throw badInput(`${at}.quote`, 'does not occur in the source');
    rows.push({ discrepancyId, value: v.value, sourceId: source.id, quote: v.quote ?? null });
  }
  if (rows.length) await tx.insert(discrepancyVersions).values(rows);
  return rows;
}

/** Inserts a discrepancy with its versions inside a running write; one change-log row holds both. */
export async function insertDiscrepancy({ tx, log }: WriteScope, input: DiscrepancyFields, field = 'input', action = 'create'): Promise<DiscrepancyRow> {
  const row = (await first(
    tx
      .insert(discrepancies)
      .values({ key: input.key ?? null, subject: input.subject, field: input.field, note: input.note ?? null })
      .returning(),
  ))!;
  const versions = await insertVersions(tx, row.id, input.versions, field);
  log('Discrepancy', row.id, action, null, { ...row, versions });
  return row;
}

export const createDiscrepancy = async (ctx: CommandContext, input: DiscrepancyFields): Promise<number> =>
  write(ctx, async (scope) => (await insertDiscrepancy(scope, input)).id);

export type DiscrepancyPatch = Partial<{ [K in Exclude<keyof DiscrepancyFields, 'key'>]: DiscrepancyFields[K] | null }>;

/** Changes a discrepancy; given versions replace the old ones, absent ones stay. */
export async function updateDiscrepancy(ctx: CommandContext, id: number, input: DiscrepancyPatch): Promise<number> {
  return write(ctx, async ({ tx, log }) => {
    const before = await mustFind(tx, discrepancies, id, 'id', 'discrepancy');
    const { versions, ...rest } = input;
    const patch = patchOf(rest, ['subject', 'field']);
    const after = Object.keys(patch).length ? await first(tx.update(discrepancies).set(patch).where(eq(discrepancies.id, id)).returning()) : before;
    let replaced: unknown;
    if (versions) {
      await tx.delete(discrepancyVersions).where(eq(discrepancyVersions.discrepancyId, id));
      replaced = await insertVersions(tx, id, versions, 'input');
    }
    log('Discrepancy', id, 'update', before, { ...after, versions: replaced });
    return id;
  });
}
