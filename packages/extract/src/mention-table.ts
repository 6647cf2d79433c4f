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
import { MentionLookup, type Mention, type Person } from './mention-lookup.ts';
import { canonicalTitleWord, isNameWord, isPossessive, looksLikePerson, nameRunFrom, nameText, surnameKey } from './name-words.ts';
import { foldText, wordTransliterationKey } from './normalize.ts';
import type { Token } from './text.ts';

export class MentionTable extends MentionLookup {
  constructor(text: string, tokens: readonly Token[], sentenceOf: (tok: number) => number) {
    super(text, tokens, sentenceOf);
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
}
