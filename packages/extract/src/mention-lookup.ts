// The mention table's records and the look-ups attributions resolve against: by surname, by office, by pronoun.
import { ALLEGIANCE, DETERMINERS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import { canonicalTitleWord, isNameWord, isPossessive } from './name-words.ts';
import { tokenIndexAt, type Token } from './text.ts';

export interface Person {
  id: number;
  fullest: string;
  /** The office as the article gives it, without allegiance: "Defence Minister", "spokesperson". */
  role?: string;
  titleWords: Set<string>;
  keys: string[];
}

export interface Mention {
  start: number;
  end: number;
  person: number;
  sentence: number;
}

/** Filled by MentionTable as it reads the article. */
export abstract class MentionLookup {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];

  constructor(
    protected readonly text: string,
    protected readonly tokens: readonly Token[],
    protected readonly sentenceOf: (tok: number) => number,
  ) {}

  /**
   * "the (Pakistani) defence minister" ending at head token i: its start and office words, or null. Loose, an
   * office without "the" counts too ("Pakistan’s defence minister said").
   */
  titlePhraseEndingAt(i: number, loose = false): { from: number; words: string[] } | null {
    const { tokens } = this;
    let j = i;
    const words = [canonicalTitleWord(tokens[i]!.lower)];
    while (j > 0) {
      const p = tokens[j - 1]!;
      if (p.q >= 0 || !p.word) break;
      const l = canonicalTitleWord(p.lower);
      if (DETERMINERS.has(p.lower)) {
        return p.lower === 'the' || p.lower === 'this' ? { from: j - 1, words } : null;
      }
      if (TITLE_MODIFIERS.has(l) || TITLE_HEADS.has(l)) words.unshift(l);
      else if (!ALLEGIANCE.has(p.lower) && !ALLEGIANCE.has(l) && !(loose && isPossessive(p) && p.cap)) break;
      j--;
    }
    return loose ? { from: j, words } : null;
  }

  /** Start of the last mention inside [start, end), or end when none. */
  mentionStartIn(start: number, end: number): number {
    let at = end;
    for (const m of this.mentions) if (m.start >= start && m.end <= end) at = m.start;
    return at;
  }

  /** The most recent person with this surname key before pos (any, if none before). */
  bySurname(key: string, pos: number): Person | undefined {
    let best: Person | undefined;
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      const p = this.people[m.person]!;
      if (p.keys.at(-1) === key || p.keys.includes(key)) best = p;
    }
    return best ?? this.people.find((p) => p.keys.at(-1) === key) ?? this.people.find((p) => p.keys.includes(key));
  }

  /** The most recent person before pos whose office holds every office word of the mention. */
  byTitle(words: readonly string[], pos: number): Person | undefined {
    const want = words
      .map(canonicalTitleWord)
      .flatMap((w) => (w === 'dg' ? ['director', 'general'] : [w]))
      .filter((w) => !ALLEGIANCE.has(w));
    if (!want.length) return undefined;
    const fits = (p: Person): boolean => want.every((w) => p.titleWords.has(w));
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.start >= pos) continue;
      const p = this.people[m.person]!;
      if (fits(p)) return p;
    }
    // Forward only within the paragraph: "the spokesperson" never names someone introduced paragraphs later.
    const para = this.tokens[tokenIndexAt(this.tokens, pos)]?.para;
    for (const m of this.mentions) {
      if (m.start < pos) continue;
      const p = this.people[m.person]!;
      const mp = this.tokens[tokenIndexAt(this.tokens, m.start)]?.para;
      if (mp !== para) break;
      if (fits(p)) return p;
    }
    return undefined;
  }

  /**
   * The start of the nearest office named before pos without a person after it ("Pakistan’s Foreign Office
   * spokesperson said"), for an office word; -1 when none. Such an office speaks for its body.
   */
  officeOnlyBefore(head: string, pos: number): number {
    const want = canonicalTitleWord(head);
    for (let i = tokenIndexAt(this.tokens, pos) - 1; i >= 0; i--) {
      const t = this.tokens[i]!;
      if (t.end > pos) continue;
      if (t.q >= 0 || !t.word || !TITLE_HEADS.has(t.lower) || canonicalTitleWord(t.lower) !== want) continue;
      if (isNameWord(this.tokens[i + 1]) || this.tokens[i + 1]?.text === ',') continue;
      const before = this.tokens[i - 1];
      // Only a qualified office: "Foreign Office spokesperson", "Pakistan’s army spokesman" — not "the spokesperson".
      if (!before || !before.word || before.q >= 0 || DETERMINERS.has(before.lower)) continue;
      if (!(before.cap || TITLE_MODIFIERS.has(before.lower) || ALLEGIANCE.has(before.lower))) continue;
      return this.tokens[i]!.start;
    }
    return -1;
  }

  /** Start of the latest mention of a person before pos, or -1. */
  lastMentionBefore(person: Person, pos: number): number {
    let at = -1;
    for (const m of this.mentions) if (m.person === person.id && m.start < pos) at = m.start;
    return at;
  }

  /** He/she: the first person named in the latest sentence, before pos, that names one. */
  byPronoun(pos: number): Person | undefined {
    let k = this.mentions.length - 1;
    while (k >= 0 && this.mentions[k]!.start >= pos) k--;
    if (k < 0) return undefined;
    const sentence = this.mentions[k]!.sentence;
    while (k > 0 && this.mentions[k - 1]!.sentence === sentence) k--;
    // "He said the appeal was conveyed … with Prime Minister X": X is no antecedent when "he" leads the sentence.
    const first = this.mentions[k]!;
    const lead = tokenIndexAt(this.tokens, first.start);
    for (let j = lead - 1; j >= 0 && this.sentenceOf(j) === sentence; j--) {
      const t = this.tokens[j]!;
      if (t.q < 0 && /^(he|she)$/.test(t.lower)) {
        const earlier = this.byPronoun(this.tokens[j]!.start);
        if (earlier) return earlier;
        break;
      }
    }
    return this.people[first.person];
  }

  /** The person a mention span names, if the table holds one inside it. */
  within(start: number, end: number): Person | undefined {
    let found: Mention | undefined;
    for (const m of this.mentions) if (m.start >= start && m.end <= end) found = m;
    return found ? this.people[found.person] : undefined;
  }
}
