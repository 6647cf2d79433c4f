// @parley/schema — the embeddable GraphQL face of Parley. It never opens a database: the host passes one in.
export { createSchema, printParleySchema } from './schema.ts';
export { createContext, type ParleyContext, type Viewer } from './context.ts';
export { createParleyYoga, bearerToken, DEFAULT_ARMOR, type ParleyYoga, type ParleyYogaOptions } from './yoga.ts';
export { createEpochCache, parleyResponseCache, type ResponseCacheOptions } from './response-cache.ts';
export { createParleyPubSub, type ParleyPubSub, type ParleyPubSubConfig, type ParleyTopics, type ParleyEventTarget } from './pubsub.ts';
export { serveLive } from './live-plugin.ts';
export { operationObserver, type OperationEvent, type OperationType, type ParleyObserver } from './observer.ts';
export { storageFault, storageErrorOf, type StorageFault } from './storage.ts';
export { MAX_PAGE_SIZE } from './builder.ts';
// What an embedding host needs from core, so one import serves the README's sample.
export {
  openDatabase,
  migrationsFolder,
  relations,
  tables,
  writeEpoch,
  createApiToken,
  ensureApiToken,
  revokeApiToken,
  viewerFromToken,
  loadSeed,
  isEmpty,
  readSeedDataset,
  validateSeed,
  ingestArticle,
  normalizeName,
  phoneticKey,
  foldName,
  ParleyError,
  type ParleyDb,
  type OpenDatabaseOptions,
  type SeedReport,
  type IngestInput,
  type IngestResult,
} from '@parley/core';
export * from '@parley/core/enums';
