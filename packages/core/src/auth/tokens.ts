import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Viewer } from './viewer.ts';
import type { ParleyDb } from '../db/open.ts';
import { apiTokens } from '../db/schema.ts';
import { first } from '../write/first.ts';
import type { TokenRole } from '../domain/enums.ts';

const PREFIX = 'prly_';

export const hashToken = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Mints a token; the secret is returned once and only its hash is kept. */
export async function createApiToken(db: ParleyDb, name: string, role: TokenRole): Promise<{ id: number; secret: string }> {
  const secret = PREFIX + randomBytes(24).toString('base64url');
  const row = await first(
    db
      .insert(apiTokens)
      .values({ name, role, tokenHash: hashToken(secret) })
      .returning({ id: apiTokens.id }),
  );
  return { id: row!.id, secret };
}

/**
 * Makes sure a token with this exact secret exists (the PARLEY_ADMIN_TOKEN bootstrap). Idempotent, so a
 * restart with the same environment neither duplicates nor rotates it.
 */
export async function ensureApiToken(db: ParleyDb, name: string, role: TokenRole, secret: string): Promise<number> {
  const tokenHash = hashToken(secret);
  const existing = await first(db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).limit(1));
  if (existing) return existing.id;
  const row = await first(db.insert(apiTokens).values({ name, role, tokenHash }).returning({ id: apiTokens.id }));
  return row!.id;
}

/** The viewer an `Authorization: Bearer …` header names, or null when absent, unknown or revoked. */
export async function viewerFromToken(db: ParleyDb, secret: string | null | undefined): Promise<Viewer | null> {
  if (!secret) return null;
  const tokenHash = hashToken(secret);
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  // The lookup is by hash already; compare again in constant time to keep timing free of prefix matches.
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(tokenHash))) return null;
  return { tokenId: row.id, name: row.name, role: row.role };
}

export async function revokeApiToken(db: ParleyDb, id: number): Promise<boolean> {
  const revoked = await db.update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(eq(apiTokens.id, id)).returning({ id: apiTokens.id });
  return revoked.length > 0;
}
