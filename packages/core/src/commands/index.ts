// One function per write. Each runs inside write(): one transaction, its change-log rows, and events that
// go out only after commit. Resolvers, the seed loader, ingestion and the CLI all come through here.
export * from './occasions.ts';
export * from './quotes.ts';
export * from './statements.ts';
export * from './review.ts';
export * from './review-edit.ts';
export * from './review-actor.ts';
export * from './review-add.ts';
export * from './ingest.ts';
export * from './processes.ts';
export * from './rounds.ts';
export * from './demands.ts';
export * from './actors.ts';
export * from './sources.ts';
export * from './claims.ts';
export * from './events.ts';
export * from './discrepancies.ts';
export * from './api-tokens.ts';
export * from './corrections.ts';
export * from './watches.ts';
export * from './ingest-url.ts';
export * from './feeds.ts';
