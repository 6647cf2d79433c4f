import { tables, type IdempotencyClaim, type ParleyDb, type Viewer } from '@parley/core';
import { and, eq, lt } from 'drizzle-orm';
import type { Plugin } from 'graphql-yoga';

const HEADER = 'idempotency-key';
const KEEP_MS = 24 * 3600_000;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const refusal = (status: number, code: string, reason: string) =>
  json(status, { errors: [{ message: `Idempotency-Key: ${reason}`, extensions: { code, field: 'Idempotency-Key', reason } }] });

/**
 * `Idempotency-Key` on a write: a retry of a request whose write committed gets the first answer again instead
 * of writing twice. The key is claimed inside the write's own transaction (core's write()), and the answer is
 * stored when it is sent; if the process died between the two, the retry is told the write was applied.
 */
export function idempotentWrites(db: ParleyDb, viewerOf: (request: Request) => Viewer | null | Promise<Viewer | null>) {
  const claims = new WeakMap<Request, IdempotencyClaim>();
  const T = tables.idempotencyKeys;
  let lastPrune = 0;
  const plugin: Plugin = {
    async onRequest({ request, endResponse }) {
      const key = request.headers.get(HEADER);
      if (key === null || request.method !== 'POST') return;
      if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
        endResponse(refusal(400, 'BAD_USER_INPUT', 'must be 1 to 200 visible ASCII characters'));
        return;
      }
      const viewer = await viewerOf(request);
      if (!viewer) return; // anonymous requests cannot write; the key has nothing to protect
      const who = viewer.tokenId === null ? `name:${viewer.name}` : `token:${viewer.tokenId}`;
      if (Date.now() - lastPrune > 3600_000) {
        lastPrune = Date.now();
        await db.delete(T).where(lt(T.createdAt, new Date(Date.now() - KEEP_MS).toISOString()));
      }
      const [seen] = await db
        .select()
        .from(T)
        .where(and(eq(T.who, who), eq(T.key, key)))
        .limit(1);
      if (seen?.response) {
        endResponse(new Response(seen.response, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'idempotent-replay': 'true' } }));
      } else if (seen) {
        endResponse(refusal(409, 'CONFLICT', 'a write with this key was applied, but its answer was lost; read the current state instead of retrying'));
      } else {
        claims.set(request, { key, who });
      }
    },
    async onResponse({ request, response }) {
      const claim = claims.get(request);
      if (!claim?.claimed) return;
      const body = await response.clone().text();
      await db
        .update(T)
        .set({ response: body })
        .where(and(eq(T.who, claim.who), eq(T.key, claim.key)));
    },
  };
  return { plugin, claimOf: (request: Request) => claims.get(request) ?? null };
}
