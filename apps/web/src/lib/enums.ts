/** Enum values the dashboard offers as filters; checked against the schema by the typed documents. */
export const ACTOR_KINDS = ['PERSON', 'STATE', 'GOVERNMENT', 'MILITARY', 'ARMED_GROUP', 'INTERNATIONAL_ORGANIZATION', 'MEDIA_OUTLET', 'OTHER'] as const;
export const EVENT_TYPES = ['AIRSTRIKE', 'ARMED_CLASH', 'ATTACK', 'CEASEFIRE', 'DEPLOYMENT', 'MILITARY_OPERATION', 'POLICY'] as const;
export const SEARCH_KINDS = ['STATEMENT', 'QUOTE', 'SOURCE'] as const;

const COUNTRIES: Record<string, string> = {
  PK: 'Pakistan',
  AF: 'Afghanistan',
  QA: 'Qatar',
  TR: 'Türkiye',
  SA: 'Saudi Arabia',
  IN: 'India',
  IR: 'Iran',
  US: 'United States',
  CN: 'China',
};

export const countryName = (code: string | null | undefined) => (code ? (COUNTRIES[code] ?? code) : 'No country');
