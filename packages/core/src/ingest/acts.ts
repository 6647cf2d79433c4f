import type { Act } from '../domain/enums.ts';

// A first guess at the PLOVER act from the reporting verb. The reviewer corrects it; the guess only has to
// be right often enough to save typing.
const BY_VERB: [RegExp, Act][] = [
  [/^(warn|threat|vow|caution)/, 'THREATEN'],
  [/^(accus|alleg|blam|charg)/, 'ACCUSE'],
  [/^(den(y|i))/, 'DENY'],
  [/^(reject|dismiss|refus|rebuff)/, 'REJECT'],
  [/^(demand|urg|insist|press)/, 'DEMAND'],
  [/^(appeal|ask|request|call)/, 'APPEAL'],
  [/^(agree|accept)/, 'AGREE'],
  [/^(support|welcom|prais|back|endors)/, 'SUPPORT'],
  [/^(protest|condemn|criticis|criticiz|slam|denounc)/, 'PROTEST'],
  [/^(offer|propos|pledg|promis)/, 'COOPERATE'],
];

export function actFromVerb(verb: string | null | undefined): Act {
  const v = (verb ?? '').toLowerCase();
  return BY_VERB.find(([pattern]) => pattern.test(v))?.[1] ?? 'COMMENT';
}
