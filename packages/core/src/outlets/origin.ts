// Where a new source's words come from: its outlet record, a wire agency it credits, or an earlier source
// it repeats at length. Runs inside the write that stores the source, so a source is never visible without
// its origin. Counting independent origins (statement.independentOrigins) reads what this records.
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { outletNames, outlets, sources, sourceShingles } from '../db/schema.ts';
import { first, type WriteScope } from '../write/transaction.ts';
import { resolveOutlet } from './resolve.ts';
import { containment, COPY_THRESHOLD, MIN_SHARED, shingleSample } from './shingles.ts';
import { findWireCredit } from './wire-credit.ts';

export interface OriginInput {
  sourceId: number;
  body: string;
  url?: string | null;
  outlet: string;
  publisher?: string | null;
}

export interface Origin {
  outletId: number;
  wireOutletId: number | null;
  copyOfId: number | null;
  evidence: string | null;
}

// SQLite's default limit on bound parameters is far above this; one query per new source either way.
const MAX_PROBE = 2000;

export async function attachOrigin(scope: WriteScope, input: OriginInput): Promise<Origin> {
  const { tx } = scope;
  const outletId = await resolveOutlet(scope, input);
  const own = await first(tx.select({ kind: outlets.kind }).from(outlets).where(eq(outlets.id, outletId)).limit(1));

  const credits = await tx
    .select({ outletId: outletNames.outletId, text: outletNames.text })
    .from(outletNames)
    .where(and(eq(outletNames.credit, true), ne(outletNames.outletId, outletId)));
  const credit = own?.kind === 'WIRE_AGENCY' ? null : findWireCredit(input.body, credits);

  const sample = shingleSample(input.body);
  const match = await bestMatch(scope, input.sourceId, sample);
  let copyOfId: number | null = null;
  const evidence: string[] = credit ? [credit.evidence] : [];
  if (match) {
    const earlier = (await first(
      tx.select({ id: sources.id, copyOfId: sources.copyOfId, outletId: sources.outletId }).from(sources).where(eq(sources.id, match.sourceId)).limit(1),
    ))!;
    const theirs =
      earlier.outletId === null ? null : await first(tx.select({ kind: outlets.kind }).from(outlets).where(eq(outlets.id, earlier.outletId)).limit(1));
    if (own?.kind === 'WIRE_AGENCY' && earlier.copyOfId === null && theirs?.kind !== 'WIRE_AGENCY') {
      // The agency's own story arrived after a site that republished it: the site (and every copy of it)
      // is the copy, not the other way round.
      await repointCopies(scope, earlier.id, input.sourceId, match.score);
    } else {
      copyOfId = earlier.copyOfId ?? earlier.id;
      evidence.push(`shares ${Math.round(match.score * 100)}% of its passages with source ${match.sourceId}`);
    }
  }
  const origin = { outletId, wireOutletId: credit?.outletId ?? null, copyOfId, evidence: evidence.join('; ') || null };
  await tx.update(sources).set({ outletId, wireOutletId: origin.wireOutletId, copyOfId, copyEvidence: origin.evidence }).where(eq(sources.id, input.sourceId));
  if (sample.length > 0) {
    await tx
      .insert(sourceShingles)
      .values(sample.map((hash) => ({ hash, sourceId: input.sourceId })))
      .onConflictDoNothing();
  }
  return origin;
}

async function bestMatch({ tx }: WriteScope, sourceId: number, sample: number[]): Promise<{ sourceId: number; score: number } | null> {
  if (sample.length < MIN_SHARED) return null;
  const probe = sample.slice(0, MAX_PROBE);
  const top = await tx
    .select({ sourceId: sourceShingles.sourceId, shared: sql<number>`count(*)`.mapWith(Number) })
    .from(sourceShingles)
    .where(and(inArray(sourceShingles.hash, probe), ne(sourceShingles.sourceId, sourceId)))
    .groupBy(sourceShingles.sourceId)
    .orderBy(sql`count(*) desc`)
    .limit(5);
  const rows = top.filter((r) => r.shared >= MIN_SHARED);
  if (rows.length === 0) return null;
  const sizes = await tx
    .select({ sourceId: sourceShingles.sourceId, size: sql<number>`count(*)`.mapWith(Number) })
    .from(sourceShingles)
    .where(
      inArray(
        sourceShingles.sourceId,
        rows.map((r) => r.sourceId),
      ),
    )
    .groupBy(sourceShingles.sourceId);
  let best: { sourceId: number; score: number } | null = null;
  for (const r of rows) {
    const size = sizes.find((s) => s.sourceId === r.sourceId)?.size ?? 0;
    const score = containment(r.shared, Math.min(probe.length, sample.length), size);
    // Ties go to the earliest source: the first printing is the likelier original.
    if (score >= COPY_THRESHOLD && (!best || score > best.score || (score === best.score && r.sourceId < best.sourceId)))
      best = { sourceId: r.sourceId, score };
  }
  return best;
}

async function repointCopies(scope: WriteScope, formerOriginal: number, original: number, score: number): Promise<void> {
  const note = `shares ${Math.round(score * 100)}% of its passages with source ${original}, the agency's own story`;
  const moved = await scope.tx
    .update(sources)
    .set({ copyOfId: original, copyEvidence: sql`coalesce(${sources.copyEvidence} || '; ', '') || ${note}` })
    .where(or(eq(sources.id, formerOriginal), eq(sources.copyOfId, formerOriginal)))
    .returning({ id: sources.id });
  for (const { id } of moved) scope.log('Source', id, 'copy-of', null, { copyOfId: original });
}
