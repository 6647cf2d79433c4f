// The outlets Parley knows from the start: the major wire agencies (whose credits mark copies) and the
// outlets of the seed dataset. Data, not logic: add a row to teach Parley an outlet; ensureKnownOutlets adds
// missing rows on every open and never overwrites what an editor changed.
import type { OutletKind } from '../domain/enums.ts';

export interface KnownOutlet {
  key: string;
  name: string;
  kind: OutletKind;
  country: string | null;
  ownerGroup?: string;
  domains: string[];
  /** Other names it goes by; those marked as credits are searched for in datelines ("(AFP) —"). */
  names?: string[];
  credits?: string[];
}

export const KNOWN_OUTLETS: KnownOutlet[] = [
  {
    key: 'ap',
    name: 'Associated Press',
    kind: 'WIRE_AGENCY',
    country: 'US',
    domains: ['apnews.com', 'ap.org'],
    credits: ['AP', 'Associated Press'],
  },
  {
    key: 'reuters',
    name: 'Reuters',
    kind: 'WIRE_AGENCY',
    country: 'GB',
    ownerGroup: 'Thomson Reuters',
    domains: ['reuters.com'],
    credits: ['Reuters'],
  },
  {
    key: 'afp',
    name: 'Agence France-Presse',
    kind: 'WIRE_AGENCY',
    country: 'FR',
    domains: ['afp.com'],
    credits: ['AFP', 'Agence France-Presse'],
  },
  { key: 'app', name: 'Associated Press of Pakistan', kind: 'WIRE_AGENCY', country: 'PK', domains: ['app.com.pk'], credits: ['APP'] },
  {
    key: 'pti',
    name: 'Press Trust of India',
    kind: 'WIRE_AGENCY',
    country: 'IN',
    domains: ['ptinews.com'],
    credits: ['PTI', 'Press Trust of India'],
  },
  {
    key: 'anadolu',
    name: 'Anadolu Agency',
    kind: 'WIRE_AGENCY',
    country: 'TR',
    domains: ['aa.com.tr'],
    credits: ['Anadolu', 'Anadolu Agency', 'AA'],
  },
  { key: 'xinhua', name: 'Xinhua', kind: 'WIRE_AGENCY', country: 'CN', domains: ['news.cn', 'xinhuanet.com'], credits: ['Xinhua'] },
  { key: 'dpa', name: 'Deutsche Presse-Agentur', kind: 'WIRE_AGENCY', country: 'DE', domains: ['dpa.com'], credits: ['dpa', 'DPA'] },
  { key: 'efe', name: 'EFE', kind: 'WIRE_AGENCY', country: 'ES', domains: ['efe.com'], credits: ['EFE'] },
  { key: 'ani', name: 'Asian News International', kind: 'WIRE_AGENCY', country: 'IN', domains: ['aninews.in'], credits: ['ANI'] },
  { key: 'irna', name: 'Islamic Republic News Agency', kind: 'WIRE_AGENCY', country: 'IR', domains: ['irna.ir'], credits: ['IRNA'] },
  { key: 'bakhtar', name: 'Bakhtar News Agency', kind: 'WIRE_AGENCY', country: 'AF', domains: ['bakhtarnews.af'], credits: ['Bakhtar'] },
  {
    key: 'dawn',
    name: 'Dawn',
    kind: 'NEWSPAPER',
    country: 'PK',
    ownerGroup: 'Dawn Media Group',
    domains: ['dawn.com'],
    names: ['Dawn News', 'DawnNews'],
  },
  { key: 'geo', name: 'Geo News', kind: 'BROADCASTER', country: 'PK', ownerGroup: 'Jang Group', domains: ['geo.tv'], names: ['Geo TV'] },
  {
    key: 'the-news',
    name: 'The News International',
    kind: 'NEWSPAPER',
    country: 'PK',
    ownerGroup: 'Jang Group',
    domains: ['thenews.com.pk'],
    names: ['The News'],
  },
  {
    key: 'express-tribune',
    name: 'The Express Tribune',
    kind: 'NEWSPAPER',
    country: 'PK',
    ownerGroup: 'Lakson Group',
    domains: ['tribune.com.pk'],
    names: ['Express Tribune'],
  },
  {
    key: 'tolo',
    name: 'TOLOnews',
    kind: 'BROADCASTER',
    country: 'AF',
    ownerGroup: 'Moby Group',
    domains: ['tolonews.com'],
    names: ['Tolo News'],
  },
  { key: 'al-jazeera', name: 'Al Jazeera', kind: 'BROADCASTER', country: 'QA', domains: ['aljazeera.com', 'aljazeera.net'] },
  {
    key: 'bbc',
    name: 'BBC News',
    kind: 'BROADCASTER',
    country: 'GB',
    ownerGroup: 'BBC',
    domains: ['bbc.com', 'bbc.co.uk'],
    names: ['BBC', 'BBC Urdu', 'BBC Pashto'],
  },
  { key: 'ispr', name: 'ISPR', kind: 'OFFICIAL', country: 'PK', domains: ['ispr.gov.pk'], names: ['Inter-Services Public Relations'] },
  { key: 'x', name: 'X', kind: 'SOCIAL', country: null, domains: ['x.com', 'twitter.com'], names: ['Twitter'] },
];
