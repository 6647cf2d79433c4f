import type { ParleyDb } from '../db/open.ts';
import { createApiToken, revokeApiToken } from '../auth/tokens.ts';
import type { TokenRole } from '../domain/enums.ts';
import { notFound } from '../errors.ts';
import { write, type CommandContext } from '../write/transaction.ts';

// The bare createApiToken/revokeApiToken(db, …) stay for the CLI and test set-up; writes made through the API
// go through these, so the audit trail names who minted or revoked each token. Never log the secret.

/** Mints a token and logs it; the secret is in the answer and nowhere else. */
export async function issueApiToken(ctx: CommandContext, name: string, role: TokenRole): Promise<{ id: number; secret: string }> {
  return write(ctx, async ({ tx, log }) => {
    const { id, secret } = await createApiToken(tx as unknown as ParleyDb, name, role);
    log('ApiToken', id, 'create', null, { id, name, role });
    return { id, secret };
  });
}

/** Revokes a token and logs it; NOT_FOUND when no token has that id. */
export async function withdrawApiToken(ctx: CommandContext, id: number): Promise<true> {
  return write(ctx, async ({ tx, log }) => {
    if (!(await revokeApiToken(tx as unknown as ParleyDb, id))) throw notFound('id', 'token');
    log('ApiToken', id, 'revoke', null, { revoked: true });
    return true as const;
  });
}
