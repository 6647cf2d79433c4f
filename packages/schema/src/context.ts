import type { IdempotencyClaim, ParleyDb, Viewer } from '@parley/core';
import type { ParleyPubSub } from './pubsub.ts';

export type { Viewer };

export interface ParleyContext {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  /** Who is writing; null for anonymous readers. */
  viewer: Viewer | null;
  /** The request's Idempotency-Key, claimed by its first write. */
  idempotency?: IdempotencyClaim | null;
}

export function createContext({
  db,
  pubsub,
  viewer = null,
  idempotency = null,
}: {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  viewer?: Viewer | null;
  idempotency?: IdempotencyClaim | null;
}): ParleyContext {
  return { db, pubsub, viewer, idempotency };
}
