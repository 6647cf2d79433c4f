// The article's mention table: who is named, with what office, and where. Attributions ("he", "the minister",
// "Asif") resolve against it, so a quote is credited to the person at their fullest name in the article.
import {
  ALLEGIANCE,
  AUXILIARIES,
  DETERMINERS,
  NAME_PARTICLES,
  NON_PERSONS,
  NOT_NAMES,
  REPORTING_VERBS,
  SPEECH_LEMMAS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { countryOf } from './countries.ts';
import { foldText, wordTransliterationKey } from './normalize.ts';
import type { Token } from './text.ts';

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

/** Offices spelled differently by outlets fold together: defense/defence, spokesman/spokesperson. */
export function canonicalTitleWord(w: string): string {
  const f = foldText(w);
  if (f === 'defense') return 'defence';
  if (f === 'spokesman' || f === 'spokeswoman') return 'spokesperson';
  if (f === 'advisor') return 'adviser';
  if (f === 'mulla') return 'mullah';
  return f;
}

export const baseWord = (s: string): string => s.replace(/[’']s?$/, '');

/** Index of the first token starting at or after pos (tokens.length when none): binary search. */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key of a surname as written alone: "Al-Ansari" and "al-Ansari" → the key of "Ansari". */
export function surnameKey(word: string): string {
  return wordTransliterationKey(foldText(baseWord(word)).split(' ').filter(Boolean).at(-1) ?? '');
}
const isPossessive = (t: Token): boolean => /[’']s?$/.test(t.text) && t.text.length > 2;

/** "al-Thani", "bin-Salman", "el-Sisi": a surname led by a lower-case particle, written as one word. */
const PARTICLE_NAME = /^(?:al|el|ul|ud|ur|bin|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}/u;

export function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.word || t.q >= 0) return false;
  if (!t.cap) return PARTICLE_NAME.test(t.text);
  const l = baseWord(t.lower);
  return !NOT_NAMES.has(l) && !TITLE_HEADS.has(l) && !REPORTING_VERBS.has(l) && !(TITLE_MODIFIERS.has(l) && !NAME_PARTICLES.has(l));
}

/** A run of capitalised words from token i, particles allowed inside ("Abdul Ghani bin …"). Returns the end index. */
export function nameRunFrom(tokens: readonly Token[], i: number, max = 5): number {
  let j = i;
  let n = 0;
  while (j < tokens.length && n < max) {
    const t = tokens[j]!;
    if (isNameWord(t) && (j === i || t.start - tokens[j - 1]!.end <= 1)) {
      n++;
      j++;
      if (isPossessive(t)) break;
      continue;
    }
    if (j > i && NAME_PARTICLES.has(t.lower) && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    // An initial: "S. Jaishankar" ("S" then ".").
    if (j > i && t.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && t.start === tokens[j - 1]!.end && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A name run is a person unless its last word (or its only word) names a place, state, body or outlet. */
function looksLikePerson(tokens: readonly Token[], from: number, to: number): boolean {
  const last = baseWord(tokens[to - 1]!.lower);
  if (NON_PERSONS.has(last) || countryOf(last)) return false;
  // An acronym alone ("IEA", "RSF", "ISPR") is a body.
  if (to - from === 1 && /^\p{Lu}{2,}$/u.test(baseWord(tokens[from]!.text))) return false;
  if (to - from === 1) return true;
  return !tokens.slice(from, to).every((t) => NON_PERSONS.has(baseWord(t.lower)));
}

const nameText = (text: string, tokens: readonly Token[], from: number, to: number): string => baseWord(text.slice(tokens[from]!.start, tokens[to - 1]!.end));

export class MentionTable {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly sentenceOf: (tok: number) => number,
  ) {
    this.build();
  }

  private personFor(name: string, role: string | undefined, pos: number): Person {
    const words = foldText(name).split(' ').filter(Boolean);
    const keys = words.map(wordTransliterationKey);
    const last = keys.at(-1)!;
    // The same person: same surname key and compatible given names (one a subset of the other).
    let found: Person | undefined;
    for (let k = this.people.length - 1; k >= 0; k--) {
      const p = this.people[k]!;
      if (p.keys.at(-1) !== last) continue;
      const [small, big] = keys.length <= p.keys.length ? [keys, p.keys] : [p.keys, keys];
      if (small.every((x) => big.includes(x))) {
        found = p;
        break;
      }
    }
    if (!found && keys.length === 1) found = this.bySurname(keys[0]!, pos);
    if (!found) {
      found = { id: this.people.length, fullest: name, titleWords: new Set(), keys };
      this.people.push(found);
    } else if (words.length > found.keys.length) {
      found.fullest = name;
      found.keys = keys;
    }
    if (role) {
      found.role ??= role;
      for (const w of role.split(/\s+/)) found.titleWords.add(canonicalTitleWord(w));
    }
    return found;
  }

  private addMention(from: number, to: number, person: Person): void {
    const start = this.tokens[from]!.start;
    if (this.mentions.some((m) => m.start === start)) return;
    this.mentions.push({ start, end: this.tokens[to - 1]!.end, person: person.id, sentence: this.sentenceOf(from) });
  }

  private build(): void {
    const { tokens, text } = this;
    const pending: { from: number; to: number; role?: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.q >= 0 || !t.word) continue;
      // (a) An office followed by a name: "Defence Minister Khawaja Asif", "spokesperson Zabihullah Mujahid".
      if (TITLE_HEADS.has(t.lower) && !isPossessive(t)) {
        // Ranks and further office words between the office and the name: "Director General Lt Gen Ahmed …".
        let n = i + 1;
        while (
          n < tokens.length &&
          n - i <= 4 &&
          tokens[n]!.cap &&
          tokens[n]!.q < 0 &&
          (TITLE_HEADS.has(tokens[n]!.lower) || (TITLE_MODIFIERS.has(tokens[n]!.lower) && !NAME_PARTICLES.has(tokens[n]!.lower)) || tokens[n]!.text === '.')
        )
          n++;
        const end = nameRunFrom(tokens, n);
        if (end > n && looksLikePerson(tokens, n, end)) {
          const role = n > i + 1 ? `${this.roleBefore(i)} ${text.slice(tokens[i + 1]!.start, tokens[n - 1]!.end)}` : this.roleBefore(i);
          pending.push({ from: n, to: end, role });
          i = end - 1;
          continue;
        }
      }
      // (b) A name with its office in apposition: "Mustaghfir Gurbuz, a spokesman for the governor of Khost,".
      if (isNameWord(t) && !isNameWord(tokens[i - 1])) {
        const end = nameRunFrom(tokens, i);
        if (end - i >= 2 && looksLikePerson(tokens, i, end) && tokens[end]?.text === ',') {
          const role = this.appositiveRole(end + 1);
          if (role || this.describedThenSpeaks(end + 1)) {
            pending.push(role ? { from: i, to: end, role } : { from: i, to: end });
            i = end - 1;
            continue;
          }
        }
        // (b') An office, then the name set off by commas: "Qatar’s Minister of State, Mohammed … Al-Khulaifi, announced".
        if (end - i >= 2 && tokens[i - 1]?.text === ',' && tokens[end]?.text === ',' && looksLikePerson(tokens, i, end)) {
          let h = i - 2;
          while (h >= 0 && i - 2 - h < 6 && tokens[h]!.word && tokens[h]!.q < 0 && !TITLE_HEADS.has(tokens[h]!.lower)) h--;
          if (h >= 0 && TITLE_HEADS.has(tokens[h]!.lower) && tokens[h]!.q < 0) {
            pending.push({ from: i, to: end, role: this.text.slice(tokens[h]!.start, tokens[i - 2]!.end) });
            i = end - 1;
            continue;
          }
        }
        // (c) A name that speaks: "Asif said", "Mujahid wrote" — not the object of a preposition ("residents of Spin Boldak told").
        const before = tokens[i - 1];
        const governed = before && before.word && !before.cap && /^(of|in|from|at|for|with|near|outside|across)$/.test(before.lower);
        if (end > i && !governed && looksLikePerson(tokens, i, end) && this.speaksAfter(end)) pending.push({ from: i, to: end });
      }
    }
    // Full names first so surnames attach to them, then the rest in text order.
    pending.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const people = pending.map((p) => ({ p, person: this.personFor(nameText(text, tokens, p.from, p.to), p.role, tokens[p.from]!.start) }));
    for (const { p, person } of people) this.addMention(p.from, p.to, person);
    // (d) Later bare surnames or full names of people already known: "Asif was speaking to reporters".
    const surnames = new Map<string, Person>();
    for (const p of this.people) if (p.keys.length > 1) surnames.set(p.keys.at(-1)!, p);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!isNameWord(t)) continue;
      const key = surnameKey(t.text);
      if (surnames.has(key) && !this.mentions.some((m) => m.start <= t.start && t.start < m.end)) {
        const person = this.bySurname(key, t.start) ?? surnames.get(key)!;
        this.addMention(i, i + 1, person);
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
    // (e) Offices alone, resolved in order: "the minister", "the defence minister" become mentions of their holder.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.q >= 0 || !TITLE_HEADS.has(t.lower) || isNameWord(tokens[i + 1])) continue;
      const phrase = this.titlePhraseEndingAt(i);
      if (!phrase) continue;
      const at = tokens[phrase.from]!.start;
      const person = this.byTitle(phrase.words, at);
      // An office named nearer without a person ("Pakistan’s Foreign Office spokesperson said") is the antecedent.
      if (person && this.officeOnlyBefore(t.lower, at) > this.lastMentionBefore(person, at)) continue;
      if (person) this.insertMention(phrase.from, i + 1, person);
    }
  }

  private insertMention(from: number, to: number, person: Person): void {
    const m: Mention = { start: this.tokens[from]!.start, end: this.tokens[to - 1]!.end, person: person.id, sentence: this.sentenceOf(from) };
    if (this.mentions.some((x) => x.start < m.end && m.start < x.end)) return;
    let k = this.mentions.length;
    while (k > 0 && this.mentions[k - 1]!.start > m.start) k--;
    this.mentions.splice(k, 0, m);
  }

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

  /** The office words right before a title-led name: "Pakistan’s Defence Minister" → "Defence Minister". */
  private roleBefore(head: number): string {
    const { tokens } = this;
    let j = head;
    while (j > 0) {
      const p = tokens[j - 1]!;
      if (p.q >= 0 || !p.word || isPossessive(p)) break;
      const l = p.lower;
      // "Prime Minister and Minister of Foreign Affairs Sheikh …": "and"/"of" inside an office are part of it.
      const inner =
        (l === 'of' || l === 'and') &&
        j - 2 >= 0 &&
        (TITLE_MODIFIERS.has(tokens[j - 2]!.lower) || TITLE_HEADS.has(tokens[j - 2]!.lower)) &&
        tokens[j - 2]!.lower !== 'the' &&
        tokens[j - 2]!.cap;
      if (!inner && (!(TITLE_MODIFIERS.has(l) || TITLE_HEADS.has(l)) || l === 'the' || l === 'of' || l === 'and' || l === 'for')) break;
      j--;
    }
    // The body the office belongs to stays with it when written before it: "Afghan Taliban spokesperson".
    let k = j;
    while (k > 0) {
      const p = tokens[k - 1]!;
      if (p.q >= 0 || !p.word || !p.cap || isPossessive(p) || NOT_NAMES.has(p.lower)) break;
      if (!(NON_PERSONS.has(p.lower) || ALLEGIANCE.has(p.lower))) break;
      k--;
    }
    return this.text.slice(tokens[k]!.start, tokens[head]!.end);
  }

  private appositiveRole(from: number): string | undefined {
    const { tokens } = this;
    let j = from;
    let head = -1;
    while (j < tokens.length && j - from < 10) {
      const t = tokens[j]!;
      if (t.q >= 0 || (!t.word && t.text !== '’s')) break;
      if (TITLE_HEADS.has(canonicalTitleWord(t.lower)) || TITLE_HEADS.has(t.lower)) head = j;
      j++;
    }
    if (head < 0 || tokens[j]?.text !== ',') return undefined;
    let s = from;
    if (DETERMINERS.has(tokens[s]!.lower)) s++;
    return this.text.slice(tokens[s]!.start, tokens[j - 1]!.end);
  }

  /** "Ahmad Wali Khan, a trader in Chaman, said": a described name that speaks is a person, office or not. */
  private describedThenSpeaks(from: number): boolean {
    const { tokens } = this;
    if (!/^(a|an|the)$/.test(tokens[from]?.lower ?? '')) return false;
    for (let j = from + 1; j < tokens.length && j - from < 12; j++) {
      const t = tokens[j]!;
      if (t.q >= 0) return false;
      if (t.text === ',') return this.speaksAfter(j + 1);
      if (!t.word && t.text !== '’s' && t.text !== "'s" && t.text !== '-') return false;
    }
    return false;
  }

  private speaksAfter(end: number): boolean {
    let j = end;
    while (j < this.tokens.length && AUXILIARIES.has(this.tokens[j]!.lower)) j++;
    const t = this.tokens[j];
    const lemma = t ? REPORTING_VERBS.get(t.lower) : undefined;
    return lemma !== undefined && SPEECH_LEMMAS.has(lemma);
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
