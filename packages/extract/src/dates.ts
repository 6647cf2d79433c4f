// When it was said: date cues near the reporting verb, resolved against the publication date. Weekdays
// resolve to the latest such day on or before publication (news reports the past week by weekday).
import type { DatePrecision } from './types.ts';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Capitalised only: "may" the verb is no month.
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export type CueKind = 'explicit' | 'weekday' | 'month' | 'relative' | 'context';

export interface DateCue {
  start: number;
  end: number;
  kind: CueKind;
  /** For 'context' cues ("hours later") the date comes from the nearest earlier dated cue. */
  date: string | null;
  precision: DatePrecision;
  /** Days added to the context date for 'context' cues. */
  offset?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function parseIso(s: string | undefined): Date | null {
  const m = s?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}
const toIso = (d: Date): string => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
export function addDays(isoDate: string, days: number): string {
  const d = parseIso(isoDate)!;
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The latest given weekday (0 = Sunday) on or before the publication date. */
export function weekdayOnOrBefore(publishedOn: string, weekday: number): string {
  const d = parseIso(publishedOn)!;
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return toIso(d);
}

/** A month and day without a year: the publication year, or the one before if that would be in the future. */
function dayDate(month: number, day: number, year: number | undefined, pub: Date | null): string | null {
  if (year) return iso(year, month, day);
  if (!pub) return null;
  let y = pub.getUTCFullYear();
  if (Date.UTC(y, month - 1, day) > pub.getTime() + 7 * 86_400_000) y--;
  return iso(y, month, day);
}

/** A year far from publication dates history ("Tora Bora in December 2001"), not the statement. */
const historical = (year: number | undefined, pub: Date | null): boolean => !!year && !!pub && Math.abs(year - pub.getUTCFullYear()) > 1;

export function findDateCues(masked: string, publishedOn?: string): DateCue[] {
  const pub = parseIso(publishedOn);
  const out: DateCue[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && a < e);
  const add = (c: DateCue): void => {
    if (!free(c.start, c.end)) return;
    taken.push([c.start, c.end]);
    out.push(c);
  };

  const explicit = [
    new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'),
    new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b\\.?(?:,?\\s+(\\d{4}))?`, 'g'),
  ];
  explicit.forEach((re, k) => {
    for (const m of masked.matchAll(re)) {
      const month = MONTHS[(k === 0 ? m[2] : m[3])!.toLowerCase()]!;
      const day = +(k === 0 ? m[3] : m[2])!;
      const year = m[4] ? +m[4] : undefined;
      if (day < 1 || day > 31) continue;
      const s = m.index!;
      if (historical(year, pub)) {
        taken.push([s, s + m[0].length]);
        continue;
      }
      const date = dayDate(month, day, year, pub);
      add({ start: s, end: s + m[0].length, kind: 'explicit', date, precision: date ? 'DAY' : 'APPROXIMATE' });
    }
  });
  for (const m of masked.matchAll(
    new RegExp(`\\b(?:(?:in|since|during|early|late|mid-?|earlier in|by|this|last|of)\\s+)${MONTH_RE}\\b(?:\\s+(\\d{4}))?`, 'g'),
  )) {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    const year = m[2] ? +m[2] : undefined;
    const s = m.index!;
    if (historical(year, pub)) {
      taken.push([s, s + m[0].length]);
      continue;
    }
    let y = year ?? pub?.getUTCFullYear();
    if (y && !year && pub && month > pub.getUTCMonth() + 1) y--;
    add({ start: s, end: s + m[0].length, kind: 'month', date: y ? iso(y, month, 1) : null, precision: y ? 'MONTH' : 'APPROXIMATE' });
  }
  for (const m of masked.matchAll(new RegExp(`\\b${WEEKDAY_RE}\\b`, 'g'))) {
    const s = m.index!;
    const date = publishedOn && pub ? weekdayOnOrBefore(publishedOn, WEEKDAYS.indexOf(m[1]!.toLowerCase())) : null;
    add({ start: s, end: s + m[0].length, kind: 'weekday', date, precision: date ? 'DAY' : 'APPROXIMATE' });
  }
  const rel = (re: RegExp, f: (m: RegExpMatchArray) => Omit<DateCue, 'start' | 'end'>): void => {
    for (const m of masked.matchAll(re)) add({ start: m.index!, end: m.index! + m[0].length, ...f(m) });
  };
  const fromPub = (days: number, precision: DatePrecision) => (): Omit<DateCue, 'start' | 'end'> => ({
    kind: 'relative',
    date: publishedOn && pub ? addDays(publishedOn, days) : null,
    precision: publishedOn && pub ? precision : 'APPROXIMATE',
  });
  rel(/\b(?:yesterday|last night)\b/gi, fromPub(-1, 'DAY'));
  rel(/\b(?:today|this morning|this afternoon|this evening|tonight|earlier today|earlier in the day)\b/gi, fromPub(0, 'DAY'));
  rel(/\b(?:last|past|previous) week\b|\b(?:a|one) week ago\b/gi, fromPub(-7, 'APPROXIMATE'));
  rel(/\b(?:earlier|later) this week\b|\bthis week\b|\brecently\b|\bthe other day\b/gi, fromPub(0, 'APPROXIMATE'));
  rel(/\b(\d+|two|three|four|five|six) days ago\b/gi, (m) => {
    const n = /^\d+$/.test(m[1]!) ? +m[1]! : ['two', 'three', 'four', 'five', 'six'].indexOf(m[1]!.toLowerCase()) + 2;
    return fromPub(-n, 'APPROXIMATE')();
  });
  rel(/\b(?:earlier this month|this month)\b/gi, () => ({
    kind: 'relative',
    date: pub ? iso(pub.getUTCFullYear(), pub.getUTCMonth() + 1, 1) : null,
    precision: pub ? 'MONTH' : 'APPROXIMATE',
  }));
  rel(/\blast month\b/gi, () => {
    if (!pub) return { kind: 'relative', date: null, precision: 'APPROXIMATE' };
    const m = pub.getUTCMonth();
    return { kind: 'relative', date: m === 0 ? iso(pub.getUTCFullYear() - 1, 12, 1) : iso(pub.getUTCFullYear(), m, 1), precision: 'MONTH' };
  });
  rel(
    /\b(?:(?:a few |several |some |two |three )?hours|minutes|moments|shortly) (?:later|after|afterwards)\b|\blater (?:that|the same) day\b|\bthe same day\b/gi,
    () => ({ kind: 'context', date: null, precision: 'APPROXIMATE', offset: 0 }),
  );
  rel(/\b(?:a|one) day (?:later|after)\b|\bthe (?:next|following) day\b/gi, () => ({ kind: 'context', date: null, precision: 'APPROXIMATE', offset: 1 }));
  rel(/\b(?:a|one) day (?:earlier|before)\b|\bthe (?:previous|day before)\b/gi, () => ({ kind: 'context', date: null, precision: 'APPROXIMATE', offset: -1 }));
  // "Earlier," or "later" marks another occasion without dating it.
  rel(/\b(?:Earlier|earlier|previously|Previously|later|Later|subsequently)\b/g, () => ({ kind: 'relative', date: null, precision: 'APPROXIMATE' }));
  out.sort((a, b) => a.start - b.start);
  // Context cues take the date of the nearest dated cue before them.
  let last: string | null = publishedOn && pub ? publishedOn : null;
  for (const c of out) {
    if (c.kind === 'context') c.date = last ? addDays(last, c.offset ?? 0) : null;
    else if (c.date && c.kind !== 'relative') last = c.date;
  }
  return out;
}
