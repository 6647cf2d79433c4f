/**
 * Quotation marks say "these are the speaker's own words". Only a DIRECT quote is; an indirect quote or a
 * paraphrase is the outlet's wording, and a statement's canonical text is the ledger's — quoted only when
 * every printing of it on record is direct.
 */
export const isDirect = (kind: string) => kind === 'DIRECT';

export const allDirect = (kinds: readonly string[]) => kinds.length > 0 && kinds.every(isDirect);

/** The text, in quotation marks when `direct`. */
export const quoted = (text: string, direct: boolean) => (direct ? `“${text}”` : text);
