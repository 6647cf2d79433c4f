// One normaliser for storage, resolution and ingestion: @parley/extract owns it, so the key an alias is
// stored under is the key ingestion matches with.
import { foldText, normalizeName, transliterationKey } from '@parley/extract';

export { normalizeName };

/** Lowercase, diacritics and punctuation gone: "Türkiye" → "turkiye". */
export const foldName = foldText;

/** The spelling-independent key stored beside each alias (Khawaja/Khwaja/Khawja alike). */
export const phoneticKey = transliterationKey;
