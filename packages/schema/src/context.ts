import type { ParleyDb } from './db/index.ts';
import type { TokenRole } from './domain/enums.ts';
import type { ParleyPubSub } from './pubsub.ts';

export interface Viewer {
  tokenId: number | null;
  name: string;
  role: TokenRole;
}

export interface ParleyContext {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  /** Who is writing; null for anonymous readers. */
  viewer: Viewer | null;
}

export function createContext({ db, pubsub, viewer = null }: { db: ParleyDb; pubsub: ParleyPubSub; viewer?: Viewer | null }): ParleyContext {
  return { db, pubsub, viewer };
}
