// @parley/extract — pure text → candidate quotes, speakers, channels, dates; actor resolution; variant linking.
export { extractQuotes } from './extract.ts';
export { foldText, normalizeName, transliterationKey } from './normalize.ts';
export type {
  Act,
  ActorKind,
  ActorProposal,
  Channel,
  DatePrecision,
  ExtractOptions,
  QuoteCandidate,
  QuoteKind,
  Span,
  SpeakerKind,
  SpeakerRef,
} from './types.ts';
export { ACTS, classifyAct, isConditional } from './acts.ts';
export { articleContext, resolveActor, splitTitle } from './resolve.ts';
export type { ActorRecord, ActorResolution, ArticleContext, ResolveMethod } from './resolve.ts';
export { quoteSimilarity } from './similarity.ts';
export { linkVariant, THRESHOLD } from './link.ts';
export type { LinkOptions, StatementRecord, VariantLink } from './link.ts';
