import { parseAllowList, type IdempotencyClaim, type OutboundOptions, type ParleyDb, type Viewer } from '@parley/core';
import type { ParleyPubSub } from './pubsub.ts';

export type { Viewer };

export interface ParleyContext {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  /** Who is writing; null for anonymous readers. */
  viewer: Viewer | null;
  /** The request's Idempotency-Key, claimed by its first write. */
  idempotency?: IdempotencyClaim | null;
  /** How ingestUrl and feeds may reach the network: the allow list, limits. Default: public addresses only. */
  outbound: OutboundOptions;
}

const PUBLIC_ONLY: OutboundOptions = { policy: parseAllowList('') };

export function createContext({
  db,
  pubsub,
  viewer = null,
  idempotency = null,
  outbound = PUBLIC_ONLY,
}: {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  viewer?: Viewer | null;
  idempotency?: IdempotencyClaim | null;
  outbound?: OutboundOptions;
}): ParleyContext {
  return { db, pubsub, viewer, idempotency, outbound };
}
