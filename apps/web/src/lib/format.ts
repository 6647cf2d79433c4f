const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-10-29" → "29 Oct 2025", honouring how precisely the date is known. Never shifted by time zones. */
export function formatDate(day: string | null | undefined, precision: string = 'DAY'): string {
  if (!day) return 'date unknown';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  if (precision === 'MONTH') return `${month} ${m[1]}`;
  const text = `${Number(m[3])} ${month} ${m[1]}`;
  return precision === 'APPROXIMATE' ? `c. ${text}` : text;
}

/** A DateTime that may be a bare date; shows the time only when one was recorded. */
export function formatDateTime(at: string, precision = 'DAY'): string {
  const date = formatDate(at, precision);
  const time = /T(\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(at);
  if (!time) return date;
  return `${date}, ${time[1]}${time[2] && time[2] !== 'Z' ? ` (UTC${time[2]})` : time[2] ? ' UTC' : ''}`;
}

/** SOCIAL_MEDIA_POST → "Social media post". */
const ACRONYMS = new Set(['tv']);

export function label(value: string | null | undefined): string {
  if (!value) return '';
  const words = value
    .toLowerCase()
    .split('_')
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}

export function formatIntensity(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded).replace('-', '−');
}

const SIDE_NAMES: Record<string, string> = { PK: 'Pakistan', AF: 'Afghanistan', MEDIATORS: 'Mediators', OTHERS: 'Others' };
export const sideName = (side: string) => SIDE_NAMES[side] ?? side;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A statement's channel as readers see it; an unknown one says what is unknown. */
export const channelName = (channel: string) => (channel === 'UNKNOWN' ? 'Channel unknown' : label(channel));
