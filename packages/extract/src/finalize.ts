// The last pass over an article's candidates, in text order: what kind of speaker each is (a person, a body, a
// collective, an anonymous source), whose it is (affiliation, country), the actor it would be if new; "it",
// "they", "the ministry", "the statement" resolved to the body or group reported just before; the act, the
// conditional flag and the canonical text; and confidence capped where the speaker came from a weak rule or
// another paragraph.
import { classifyAct, isConditional } from './acts.ts';
import type { Article } from './context.ts';
import { countryIn, countryName } from './countries.ts';
import type { Draft } from './direct.ts';
import { foldText } from './normalize.ts';
import type { ActorKind, SpeakerKind, SpeakerRef } from './types.ts';

/** Heads of an anonymous source: "a senior security source", "diplomats", "residents". */
const UNNAMED_HEADS = /^(?:source|sources|diplomat|diplomats|residents|witnesses|insiders|aide|aides|observers|analysts|person|people|officer|officers)$/;
/** Heads of a collective: "Taliban officials", "Pakistani officials", "the mediators". */
const GROUP_HEADS =
  /^(?:officials|leaders|negotiators|mediators|commanders|fighters|militants|rebels|lawmakers|ministers|representatives|authorities|sides|parties|neighbours|neighbors|delegations)$/;
/** Heads of a body: "the Turkish foreign ministry", "Pakistan’s army", "state-run media". */
const BODY_HEADS =
  /^(?:ministry|ministries|office|government|administration|army|military|forces|police|embassy|mission|council|cabinet|parliament|presidency|kremlin|media|broadcaster|channel|agency|emirate|regime|side|delegation|movement|group|statement|spokesperson|spokesman|spokeswoman|department|command|court|commission|secretariat|authority|committee|team|bureau|service|union|organisation|organization|nations)$/;
/** Offices held by someone: with "a", "an" or "one" before them ("a senior Taliban commander") nobody is named. */
const ROLE_HEADS =
  /^(?:official|spokesperson|spokesman|spokeswoman|commander|negotiator|member|representative|envoy|adviser|advisor|officer|leader|minister|mediator|lawmaker|diplomat)$/;
const OFFICE_TAIL = /\s+(?:spokesperson|spokesman|spokeswoman|official|officials|statement|source|sources)$/i;
const INTERNATIONAL = /\b(?:united nations|un|eu|european union|asean|african union|au|nato|oic|sco|arab league|icrc|red cross|unama|who|imf|world bank)\b/i;
const ARMED = /\b(?:taliban|ttp|m23|hamas|hezbollah|rsf|rapid support forces|rebels?|militants?|militias?|isis|isil|daesh|is-k|iskp|al-qaeda|houthis?)\b/i;
const MILITARY = /\b(?:army|military|forces|ispr|air force|navy|defence force|command)\b/i;
const MEDIA =
  /\b(?:media|broadcaster|news|tv|television|radio|agency|press|channel|newspaper|ptv|rta|kan|interfax|tass|xinhua|reuters|afp|ap|anadolu|bernama)\b/i;
const GOVERNMENT =
  /\b(?:ministry|office|government|administration|authorities|presidency|cabinet|embassy|mission|emirate|regime|kremlin|white house|state department|foreign office)\b/i;
const LONE_PRONOUN = /^(?:it|they|them|its|their)$/i;

export interface Enriched {
  ref: SpeakerRef;
  /** How much to trust this speaker (multiplies nothing; caps the candidate's confidence). */
  cap: number;
}

/** The sentence holding the character at pos (the last sentence starting at or before it). */
function sentenceAt(a: Article, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.tokens[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return a.sentenceOfToken[lo] ?? 0;
}

function paraAt(a: Article, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.tokens[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return a.tokens[lo]?.para ?? 0;
}

/** "Pakistan’s Foreign Office spokesperson" → "Pakistan Foreign Office"; "the Turkish foreign ministry" → "Turkish foreign ministry". */
export function bodyName(mention: string): string {
  let s = mention.replace(/\s*\([^)]*\)/g, '').trim();
  s = s.replace(/^(?:the|a|an|one|some|several|two|three)\s+/i, '');
  s = s.replace(/[’']s\b/g, '');
  if (s.split(/\s+/).length > 1) s = s.replace(OFFICE_TAIL, '');
  // "state-affiliated Al-Qahera News channel" → "Al-Qahera News"; "broadcaster RTA" → "RTA": descriptors around a proper name go.
  const words = s.split(/\s+/);
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (first > 0) words.splice(0, first);
  while (words.length > 1 && /^(?:channel|broadcaster|agency|newspaper|outlet|network|television|radio)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').trim();
}

/** Words that qualify an anonymous or collective head: "a senior Pakistani security source" → "Pakistani security". */
function affiliationOf(words: string[]): string | undefined {
  const keep = words.filter(
    (w) =>
      !/^(?:a|an|the|one|two|three|some|several|many|other|senior|top|high-ranking|junior|local|unnamed|anonymous|informed|also|both|all|his|her|their|its)$/i.test(
        w,
      ),
  );
  const s = keep
    .join(' ')
    .replace(/[’']s\b/g, '')
    .trim();
  return s || undefined;
}

function actorKind(name: string, kind: SpeakerKind): ActorKind {
  if (kind === 'PERSON') return 'PERSON';
  if (INTERNATIONAL.test(name)) return 'INTERNATIONAL_ORGANIZATION';
  if (ARMED.test(name) && !GOVERNMENT.test(name)) return 'ARMED_GROUP';
  if (MILITARY.test(name)) return 'MILITARY';
  if (MEDIA.test(name)) return 'MEDIA_OUTLET';
  if (GOVERNMENT.test(name)) return 'GOVERNMENT';
  if (countryIn(name) && name.split(/\s+/).length <= 2) return 'STATE';
  return 'OTHER';
}

/** A body named in the text before pos whose name ends in head ("Türkiye's Foreign Ministry" for "the ministry"). */
function bodyBefore(a: Article, pos: number, head: string): string | undefined {
  const before = a.masked.slice(0, pos);
  const re = new RegExp(`((?:[A-ZÀ-Ý][\\p{L}’'-]*\\s+){1,4})${head}\\b`, 'giu');
  let last: string | undefined;
  for (const m of before.matchAll(re)) {
    const words = m[1]!.trim().split(/\s+/);
    // "Foreign Office Spokesperson Tahir Andrabi" is a person's office, not a body speaking.
    if (/^(?:The|A|An|In|On|At|But|And)$/.test(words[0]!)) words.shift();
    // "an unnamed spokesman" is nobody's name: a body's name starts with a capital.
    if (words.length && /^\p{Ll}/u.test(words[0]!)) continue;
    if (words.length) last = `${words.join(' ')} ${m[0].slice(m[1]!.length)}`;
  }
  if (!last) {
    const re2 = new RegExp(`\\b((?:[\\p{L}’'-]+\\s+){1,3})${head}\\b`, 'giu');
    for (const m of before.matchAll(re2)) {
      const words = m[1]!.trim().split(/\s+/);
      if (words.some((w) => countryIn(w))) last = `${words.slice(words.findIndex((w) => countryIn(w))).join(' ')} ${head}`;
    }
  }
  return last;
}

export function enrichSpeaker(a: Article, d: Draft, earlier: readonly Draft[]): Enriched {
  const ref = d.cand.speaker;
  if (!ref) return { ref: { name: null, text: '', start: d.cand.start, end: d.cand.start, kind: 'UNNAMED' }, cap: 0.5 };
  const out: SpeakerRef = { ...ref };
  const text = ref.text.trim();
  const folded = foldText(text);
  const words = text.split(/\s+/).filter(Boolean);
  const head = foldText(words.at(-1) ?? '');
  const quotePara = paraAt(a, d.cand.start);
  const _mentionPara = paraAt(a, ref.start);
  let cap = 1;
  const person = ref.name ? a.table.people.find((p) => p.fullest === ref.name) : undefined;

  // "it", "they": the body or group reported just before, in this paragraph or the one before.
  if (!ref.name && LONE_PRONOUN.test(text)) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const e = earlier[i]!;
      const s = e.cand.speaker;
      if (!s || quotePara - paraAt(a, e.cand.start) > 4) break;
      if (s.kind && s.kind !== 'PERSON' && s.name) {
        Object.assign(out, { name: s.name, kind: s.kind, affiliation: s.affiliation, country: s.country, proposal: s.proposal });
        if (!s.affiliation) delete out.affiliation;
        if (!s.country) delete out.country;
        if (!s.proposal) delete out.proposal;
        return { ref: out, cap: 0.75 };
      }
    }
    out.kind = 'GROUP';
    return { ref: out, cap: 0.5 };
  }

  // "She insisted …" after "An Israeli government spokeswoman said …": the anonymous source reported just before.
  if (!ref.name && /^(?:he|she)$/i.test(text)) {
    const e = earlier.at(-1);
    const s = e?.cand.speaker;
    if (e && s && s.kind !== 'PERSON' && quotePara - paraAt(a, e.cand.start) <= 1 && /(?:spokes\w+|official|source|diplomat|envoy)$/i.test(s.text)) {
      return { ref: { ...s, text: ref.text, start: ref.start, end: ref.end }, cap: 0.75 };
    }
  }
  if (person) {
    out.kind = 'PERSON';
    // The state the office belongs to, also when written as a possessive before it ("Qatar's foreign ministry spokesman X").
    const first = a.table.mentions.find((m) => m.person === person.id);
    const lead = first ? /([\p{L}-]+)[’']s\s+(?:[\p{L}-]+\s+){0,4}$/u.exec(a.text.slice(Math.max(0, first.start - 60), first.start))?.[1] : undefined;
    const c = countryIn(`${ref.role ?? ''} ${text}`) ?? (lead ? countryIn(lead) : undefined);
    if (c) {
      out.country = c.code;
      out.affiliation = c.name;
    }
    out.proposal = { name: person.fullest, kind: 'PERSON', country: c?.code ?? null, ...(person.role ? { role: person.role } : {}) };
    // Resolved by a pronoun or an office: the antecedent must be near, else the link is weak.
    const nearest = [...a.table.mentions].reverse().find((m) => m.person === person.id && m.start < Math.max(ref.end, ref.start + 1));
    const named = nearest && nearest.start >= ref.start;
    // Only a name at the attribution, or one in the same sentence, is sure: a pronoun or an office resolved to a name
    // in another sentence (the same paragraph or not) may have picked the wrong person.
    if (!named && nearest && sentenceAt(a, nearest.start) !== sentenceAt(a, ref.start)) cap = 0.75;
    if (!named && !nearest) cap = 0.75;
    // "a security source, PTV and RTA said": a list of speakers is credited to one of them, a guess.
    if (LIST_OF_SPEAKERS.test(text)) cap = Math.min(cap, 0.75);
    return { ref: out, cap };
  }

  // Generic heads resolve to the body named before: "the ministry", "the statement", "the spokesperson", "the sources".
  const generic = (words.length <= 2 && /^(?:the|this|that)$/i.test(words[0] ?? '')) || (words.length === 1 && !/^[A-Z]/.test(text));
  if (
    generic &&
    /^(?:ministry|office|army|military|government|group|movement|statement|spokesperson|spokesman|spokeswoman|side|delegation|emirate|agency|broadcaster)$/.test(
      head,
    )
  ) {
    // "the spokesman" after "an unnamed spokesman for …": the same anonymous source.
    const anon = earlier.findLast(
      (e) =>
        (e.cand.speaker?.kind === 'UNNAMED' || e.cand.speaker?.kind === 'BODY') &&
        /^an? /i.test(e.cand.speaker.text) &&
        foldText(e.cand.speaker.text).endsWith(head),
    );
    if (anon && quotePara - paraAt(a, anon.cand.start) <= 4) {
      return { ref: { ...anon.cand.speaker!, text: ref.text, start: ref.start, end: ref.end }, cap: 0.75 };
    }
    // A statement speaks for whoever was reported just before.
    if (head === 'statement') {
      const prev = earlier.at(-1)?.cand.speaker;
      if (prev?.name && quotePara - paraAt(a, earlier.at(-1)!.cand.start) <= 4) {
        return { ref: { ...prev, text: ref.text, start: ref.start, end: ref.end }, cap: 0.75 };
      }
    }
    const body = bodyBefore(a, ref.start, head === 'spokesman' || head === 'spokeswoman' ? '(?:spokesperson|spokesman|spokeswoman)' : head);
    if (body) {
      const name = bodyName(body);
      const c = countryIn(name);
      out.name = name;
      out.kind = 'BODY';
      if (c) {
        out.country = c.code;
        out.affiliation = c.name;
      }
      out.proposal = { name, kind: actorKind(name, 'BODY'), country: c?.code ?? null };
      // "the spokesperson", "the ministry" without a name at the attribution: resolved to a body named elsewhere.
      return { ref: out, cap: 0.75 };
    }
    // "the ministry" with no ministry named before: nobody the article makes clear.
    out.kind = 'BODY';
    return { ref: out, cap: 0.5 };
  }

  const c = countryIn(text);
  if (UNNAMED_HEADS.test(head) || /^(?:unnamed|anonymous)$/i.test(words[1] ?? '') || (ROLE_HEADS.test(head) && /^(?:a|an|one)$/i.test(words[0] ?? ''))) {
    out.kind = 'UNNAMED';
    // "an unnamed spokesman for the North Korean Foreign Ministry": whose the source is follows the mention.
    const forWhom = /^\s+(?:for|of|from|at) (?:the )?((?:\p{Lu}[\p{L}’'.-]*\s?){1,5})/u.exec(a.text.slice(ref.end, ref.end + 80))?.[1]?.trim();
    // "a spokesman for the Armenian Defence Ministry": the body speaks through its unnamed spokesman.
    if (forWhom && /^(?:spokesperson|spokesman|spokeswoman|official)$/.test(head) && BODY_HEADS.test(foldText(forWhom.split(/\s+/).at(-1) ?? ''))) {
      const name = bodyName(forWhom);
      const bc = countryIn(name);
      Object.assign(out, { name, kind: 'BODY' as const, ...(bc ? { country: bc.code, affiliation: bc.name } : {}) });
      out.proposal = { name, kind: actorKind(name, 'BODY'), country: bc?.code ?? null };
      return { ref: out, cap: 0.75 };
    }
    let aff = affiliationOf(words.slice(0, -1)) ?? forWhom;
    // "the sources" / "they": the affiliation given to such sources earlier ("Egyptian sources").
    if (!aff) {
      for (let i = earlier.length - 1; i >= 0; i--) {
        const s = earlier[i]!.cand.speaker;
        if (s?.kind === 'UNNAMED' && s.affiliation) {
          aff = s.affiliation;
          break;
        }
      }
      if (!aff) {
        const m = [...a.masked.slice(0, ref.start).matchAll(new RegExp(`\\b([A-Z][\\p{L}-]+)\\s+(?:[a-z]+\\s+)?${head}\\b`, 'gu'))].at(-1);
        if (m && countryIn(m[1]!)) aff = m[1]!;
      }
    }
    if (aff) out.affiliation = aff;
    const cc = countryIn(aff ?? '');
    if (cc) out.country = cc.code;
    // The name stays the mention's own words ("senior Pakistani official"): no actor to resolve to.
    out.name =
      text
        .replace(/\s*\([^)]*\)/g, '')
        .replace(/^(?:the|a|an)\s+/i, '')
        .replace(/[’']s$/, '')
        .trim() || null;
    return { ref: out, cap: 0.75 };
  }
  if (GROUP_HEADS.test(head)) {
    out.kind = 'GROUP';
    const aff = affiliationOf(words.slice(0, -1).filter((w) => !/^(?:from|of)$/i.test(w)));
    if (aff) out.affiliation = aff;
    if (c) out.country = c.code;
    const name = bodyName(text);
    out.name = name;
    out.proposal = { name: aff ?? name, kind: actorKind(aff ?? name, 'BODY'), country: c?.code ?? null };
    return { ref: out, cap: 0.75 };
  }
  const proper = words.some((w) => /^\p{Lu}/u.test(w));
  if (BODY_HEADS.test(head) || c || (proper && words.length >= 1 && (INTERNATIONAL.test(text) || ARMED.test(text) || MEDIA.test(text)))) {
    const name = ref.name && ref.name !== text ? bodyName(ref.name) : bodyName(text);
    out.name = name;
    out.kind = 'BODY';
    if (c) {
      out.country = c.code;
      out.affiliation = c.name;
    } else if (ARMED.test(name)) out.affiliation = name.match(ARMED)![0];
    out.proposal = { name, kind: actorKind(name, 'BODY'), country: c?.code ?? null };
    return { ref: out, cap: LIST_OF_SPEAKERS.test(text) ? 0.75 : 1 };
  }
  // A capitalised word the mention table does not know as a person ("Peace", "November"): a guess.
  if (ref.name && /^\p{Lu}/u.test(ref.name)) {
    out.kind = 'PERSON';
    out.proposal = { name: ref.name, kind: 'PERSON', country: null };
    return { ref: out, cap: ref.name.split(/\s+/).length >= 2 ? 0.85 : 0.6 };
  }
  out.kind = folded.endsWith('s') ? 'GROUP' : 'UNNAMED';
  return { ref: out, cap: 0.5 };
}

/** Two or more speakers in one mention: "X and Y", "X, Y and Z". */
const LIST_OF_SPEAKERS = /,\s*\S[^,]*\band\b|\b(?:and|as well as)\s+(?:the\s+)?\p{Lu}/u;

const REFERENTS = /\b(?:the country|the state)\b/gi;

/** The reported clause as a sentence: capitalised, closed by a full stop, "the country"/"it" put for the speaker's state or body. */
export function canonicalOf(d: Draft): string {
  const c = d.cand;
  if (c.kind === 'DIRECT') return c.text;
  // Quotation marks go; an apostrophe inside a word (Pakistan’s) stays.
  let s = c.text
    .replace(/[“”"«»]/g, '')
    .replace(/‘|(?<!\p{L})[’']|[’'](?!\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sp = c.speaker;
  const spokes = sp?.kind === 'PERSON' && /spokes|ministry|office/i.test(sp.role ?? '');
  const owner = sp && (sp.kind !== 'PERSON' || spokes) ? (sp.country ? countryName(sp.country) : sp.kind === 'BODY' ? sp.name : undefined) : undefined;
  if (owner) {
    s = s.replace(REFERENTS, owner);
    s = s.replace(
      /^(?:it|they)\b(?=\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does|do|remains?|wants?|wanted|seeks?|sought)\b)/i,
      owner,
    );
  }
  s = s.replace(/[,;:\s—–-]+$/, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (!/[.!?…]$/.test(s)) s += '.';
  return s;
}

export function finalize(a: Article, drafts: Draft[]): void {
  const done: Draft[] = [];
  for (const d of drafts) {
    const { ref, cap } = enrichSpeaker(a, d, done);
    const c = d.cand;
    c.speaker = ref;
    let conf = Math.min(c.confidence, cap);
    // Attributed by a weak rule (continuation, possessive, embedded): never as sure as a verb next to the quote.
    if (d.how === 'inherited' || d.how === 'possessive' || d.how === 'embedded') conf = Math.min(conf, 0.75);
    c.confidence = Math.round(conf * 100) / 100;
    // The words between a reporting verb and its report ("expressed [confidence that] …") belong to the act.
    const vt = d.verbTok >= 0 ? a.tokens[d.verbTok] : undefined;
    const lead = vt && vt.end <= c.start && c.start - vt.end <= 60 ? a.text.slice(vt.end, c.start).trim() : undefined;
    const reading = classifyAct(c.verb, c.text, { ...(lead ? { lead } : {}), ...(ref?.country ? { speakerCountry: ref.country } : {}) });
    c.act = reading.act;
    c.actConfidence = reading.confidence;
    c.conditional = isConditional(c.text);
    c.canonicalText = canonicalOf(d);
    done.push(d);
  }
}
