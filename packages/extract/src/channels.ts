// The channel a statement went out on, read from cues near its reporting verb. Outlets name it in a few set
// ways ("in a post on X", "told Geo News", "told reporters", "in a statement"), so patterns suffice.
import type { Channel } from './types.ts';

const TV_OUTLETS =
  '(?:Geo|ARY|Dunya|Samaa|SAMAA|Express|Aaj|GNN|PTV|Hum|Bol|BOL|Tolo|TOLO|TOLOnews|ToloNews|Ariana|Shamshad|Al Jazeera|Al Arabiya|BBC|CNN|Sky|Fox|NDTV|WION|TRT|Channel 4|92 News|24 News|Dawn News|DawnNews|CNBC|France 24|Al-Jazeera)';
const AGENCIES =
  '(?:Reuters|AFP|Agence France-Presse|the Associated Press|AP|Anadolu|Dawn|The Express Tribune|Arab News|The News|Nikkei|Xinhua|The Guardian|The Independent|the BBC|Bloomberg|The New York Times|The Washington Post|Amu TV|Afghanistan International|Voice of America|VOA|RFE/RL|Radio Free Europe|Pajhwok|The Nation)';
const PLATFORMS = '(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|WhatsApp|Threads|Bluesky)';

interface Cue {
  channel: Channel;
  re: RegExp;
}

// Order matters only for ties at equal distance: the more specific cue is listed first.
const CUES: Cue[] = [
  { channel: 'PRESS_CONFERENCE', re: /\b(?:press|news|joint press|media) conference\b|\bpresser\b|\bbriefing\b/gi },
  {
    channel: 'PRESS_REMARKS',
    re: /\b(?:told|telling|tells|speaking to|speaking with|talking to|talking with|spoke to|spoke with|talked to|addressing|briefed|quoted by)\s+(?:the\s+)?(?:reporters|journalists|media ?persons|newsmen|the press|press|media)\b|\bmedia talk\b|\bwhile talking to (?:the )?media\b/gi,
  },
  {
    channel: 'TV_INTERVIEW',
    re: new RegExp(
      `\\b(?:told|telling|tells|speaking (?:to|on|with)|talking (?:to|on|with)|spoke (?:to|on|with)|in an interview (?:with|on|to)|interview with|appearing on|appeared on|on)\\s+(?:the\\s+)?(?:[\\w-]+-based\\s+)?(?:private\\s+|state-run\\s+|state\\s+)?(?:(?:TV|television)\\s+(?:channel\\s+)?|broadcaster\\s+|news channel\\s+)?${TV_OUTLETS}\\b`,
      'g',
    ),
  },
  {
    channel: 'TV_INTERVIEW',
    re: /\b(?:TV|television) (?:programme|program|show|interview|channel|talk show|appearance)\b|\btalk show\b|\b(?:current affairs|prime[- ]time|talk) (?:programme|program)\b|\bon (?:state |national )?(?:TV|television)\b|\bprime[- ]time show\b|\btelevised (?:address|interview|speech)\b|\b(?:private|local|state-run|national) (?:news |TV |television )?channel\b|\b(?:news|TV|television) channel\b/gi,
  },
  {
    channel: 'INTERVIEW',
    re: new RegExp(
      `\\b(?:in an? (?:exclusive |phone |telephone |recent )?interview\\b|\\binterview with\\b|\\b(?:told|telling|speaking to|talking to|spoke to)\\s+${AGENCIES}\\b)`,
      'g',
    ),
  },
  {
    channel: 'SOCIAL_MEDIA_POST',
    re: new RegExp(
      `\\b(?:posted|tweeted|wrote|writing|posting|said|stated|shared|in a post|in posts|in a message|in a video message|in a series of posts|in a thread)\\s+(?:on|to|via)\\s+(?:his|her|their|its|the)?\\s*(?:official\\s+)?(?:social[- ](?:media|networking)\\s+)?(?:platform\\s+|website\\s+|site\\s+|account\\s+|handle\\s+)?[‘'"“]?${PLATFORMS}\\b`,
      'g',
    ),
  },
  {
    channel: 'SOCIAL_MEDIA_POST',
    re: new RegExp(
      `\\bon\\s+(?:the\\s+)?(?:social[- ](?:media|networking)\\s+)?(?:platform\\s+|website\\s+|site\\s+)?[‘'"“]?${PLATFORMS}[’'"”]?(?![\\w-])`,
      'g',
    ),
  },
  {
    channel: 'SOCIAL_MEDIA_POST',
    re: /\b(?:in|on|via|through)\s+(?:a|an|his|her|their|its|the)?\s*(?:series of\s+)?(?:social[- ]media\s+)?(?:post|posts|tweet|tweets|thread)\b|\bsocial (?:media|networking) (?:platform|website|site|account|post)\b|\btweet(?:ed|s)?\b|\bon social media\b/gi,
  },
  {
    channel: 'OFFICIAL_STATEMENT',
    re: /\b(?:in|issued|released|according to|said in|in a|read)\s+(?:a|an|the|its|his|her)?\s*(?:official\s+|written\s+|joint\s+|separate\s+|brief\s+|short\s+|formal\s+)?(?:statement|press release|handout|communiqu[eé]|declaration)\b|\bstatement (?:issued|released)\b|\bpress release\b/gi,
  },
  {
    channel: 'PARLIAMENT',
    re: /\b(?:National Assembly|Senate|in (?:the )?[Pp]arliament\b(?! House)|[Pp]arliament session|floor of the [Hh]ouse|[Uu]pper [Hh]ouse|[Ll]ower [Hh]ouse|joint session|Wolesi Jirga|Meshrano Jirga|[Pp]rovincial [Aa]ssembly|(?:addressing|told|telling) (?:the )?(?:lawmakers|legislators|house|House|assembly|Assembly))/g,
  },
];

export interface ChannelCue {
  channel: Channel;
  start: number;
  end: number;
}

/** Every channel cue in the text. Pass the masked text (quotations blanked) so words inside quotes never count. */
export function findChannelCues(masked: string): ChannelCue[] {
  const out: ChannelCue[] = [];
  for (const { channel, re } of CUES) {
    re.lastIndex = 0;
    for (const m of masked.matchAll(re)) out.push({ channel, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The cue inside [from, to) nearest to anchor; on a tie the one listed first (the more specific) wins. */
export function nearestCue<T extends { start: number; end: number }>(cues: readonly T[], from: number, to: number, anchor: number): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const c of cues) {
    if (c.start < from || c.end > to) continue;
    const d = anchor < c.start ? c.start - anchor : anchor > c.end ? anchor - c.end : 0;
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
