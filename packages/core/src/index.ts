// @parley/core — the ledger without GraphQL: tables, migrations, domain rules and one command per write.
export { openDatabase, migrationsFolder, type ParleyDb, type OpenDatabaseOptions } from './db/open.ts';
export { sqliteWriter } from './db/writer.ts';
export * as tables from './db/schema.ts';
export { relations } from './db/relations.ts';
export { commitEpoch, writeEpoch } from './db/epoch.ts';
export { type Engine, engineOf, isSqlite, queryRows, rawRows } from './db/engine.ts';
export { prepared } from './db/prepared.ts';
export { queryPlanStats, type PlanStats } from './db/query-plans.ts';
export { rekeyAliases, NAME_KEY_VERSION, type RekeyCollision } from './db/rekey.ts';
export * from './domain/enums.ts';
export { normalizeName, phoneticKey, foldName } from './domain/names.ts';
export { contentHash } from './domain/content-hash.ts';
export { checkCalendarDate, isCalendarDate } from './domain/calendar-date.ts';
export { spanProblem } from './domain/span.ts';
export { checkFtsQuery } from './domain/fts.ts';
export { MAX_QUERY_WORDS, parseSearchQuery, type SearchNode, toFts5, toTsquery } from './domain/search-query.ts';
export { SEARCH_KINDS, SEARCH_PUBLIC_SQL, SEARCH_WINDOW, searchPage, type SearchArgs, type SearchHitRow, type SearchKind } from './domain/search.ts';
export { searchHits } from './domain/search-pg.ts';
export { SIDE_SQL, sideOfActor } from './domain/side.ts';
export { statementWhere, statementMatches, type StatementFilterValues } from './domain/statement-filter.ts';
export { ParleyError, isParleyError, userError, badInput, notFound, type ErrorCode, type ParleyErrorExtensions } from './errors.ts';
export type { ParleyTopics, EventSink } from './events.ts';
export type { Viewer } from './auth/viewer.ts';
export { createApiToken, ensureApiToken, revokeApiToken, viewerFromToken, hashToken } from './auth/tokens.ts';
export { write, mustFind, optionalRef, type CommandContext, type IdempotencyClaim, type WriteScope, type Tx } from './write/transaction.ts';
export { addAlias, slugify } from './write/aliases.ts';
export { patchOf } from './write/patch.ts';
export * from './commands/index.ts';
export { loadSeed, isEmpty, type SeedReport, type LoadSeedOptions } from './seed/load.ts';
export { readSeedDataset, type LoadedDataset } from './seed/read.ts';
export { validateSeed } from './seed/validate.ts';
export * from './seed/format.ts';

export { globalId } from './sync/global-id.ts';
export { recordSync, backfillSync } from './sync/record.ts';
export { project as projectPublic, SYNC_ENTITIES } from './sync/projections.ts';
export { PUBLIC_ROWS } from './domain/public.ts';
export { CITATION_TOKEN, citationKeys, citationLabel, renderCitations, type CitedSource } from './domain/citations.ts';
export { buildExport, EXPORTS, type ExportName, type ExportQuery, type OpenExport, openExport } from './export/index.ts';
export { idOfGlobal } from './sync/global-id.ts';
export {
  trend,
  verdictOf,
  MIN_STATEMENTS,
  VERDICT_STEP,
  EVIDENCE_SIZE,
  PAIRS,
  type TrendPeriod,
  type TrendRow,
  type TrendGroup,
  type Verdict,
} from './domain/trend.ts';
export { evaluateWatches } from './watch/evaluate.ts';
export { claimDeliveries, recordDeliveryAttempt, DEFAULT_RETRY, type DueDelivery, type RetryPolicy, type AttemptOutcome } from './watch/deliveries.ts';
export { checkOutboundUrl, guardedLookup, parseAllow, addressProblem, type OutboundAllow } from './net/outbound.ts';
export {
  OutboundError,
  checkOutbound,
  parseAllowList,
  policyFromEnv,
  refusalOf,
  type OutboundPolicy,
  type OutboundFailure,
  type CheckedTarget,
  type Resolver,
} from './net/outbound-guard.ts';
export { guardedGet, DEFAULT_LIMITS, type FetchLimits, type OutboundOptions, type FetchedResponse } from './net/guarded-fetch.ts';
export { readArticle, type PageArticle } from './web/article.ts';
export { readMetadata, datePrecisionOf, type PageMetadata } from './web/metadata.ts';
export { decodeBody } from './web/decode.ts';
export { KNOWN_OUTLETS, type KnownOutlet } from './outlets/known-outlets.ts';
export { ensureKnownOutlets, outletKey } from './outlets/ensure-outlets.ts';
export { findWireCredit, type Credit, type CreditMatch } from './outlets/wire-credit.ts';
export { shingleSample, containment, COPY_THRESHOLD, MIN_SHARED } from './outlets/shingles.ts';
export { INDEPENDENT_ORIGIN_SQL } from './outlets/independent-origins.ts';
export { parseFeed, type ParsedFeed, type FeedItem } from './web/feed.ts';
export { HostQueue } from './feeds/host-queue.ts';
export { pollFeed, type PollReport } from './feeds/poll.ts';
export { startFeedPoller, type FeedPoller, type FeedPollerOptions } from './feeds/poller.ts';
