import type { ParleyDb, Viewer } from '@parley/core';
import type { ParleyPubSub } from './pubsub.ts';

export type { Viewer };

export interface ParleyContext {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  /** Who is writing; null for anonymous readers. */
  viewer: Viewer | null;
}

export function createContext({ db, pubsub, viewer = null }: { db: ParleyDb; pubsub: ParleyPubSub; viewer?: Viewer | null }): ParleyContext {
  return { db, pubsub, viewer };
}
