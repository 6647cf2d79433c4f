// A candidate quote as the passes build it, before finalize: how it was attributed and where its verb is.
import type { QuoteCandidate } from './types.ts';

export type How = 'pre' | 'post' | 'embedded' | 'colon' | 'inherited' | 'according' | 'that' | 'bare' | 'possessive' | 'nextpara' | 'block';

/** A candidate with what the later passes (channel, date, inheritance) need to know about it. */
export interface Draft {
  cand: QuoteCandidate;
  sentence: number;
  /** Offset of the reporting verb (or the quotation when none): cues nearest to it win. */
  anchor: number;
  how: How;
  /** Token index of the reporting verb, -1 when inherited. */
  verbTok: number;
}
