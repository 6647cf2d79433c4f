// A candidate's speaker enriched in text order: kind, affiliation, country and actor proposal; "it", "they",
// "the ministry", "the statement" resolved to the body or group reported just before; a cap on confidence.
import type { Article } from './context.ts';
import { countryIn } from './countries.ts';
import type { Draft } from './draft.ts';
import { foldText } from './normalize.ts';
import {
  actorKind,
  affiliationOf,
  ARMED,
  BODY_HEADS,
  bodyBefore,
  bodyName,
  GROUP_HEADS,
  INTERNATIONAL,
  LONE_PRONOUN,
  MEDIA,
  ROLE_HEADS,
  UNNAMED_HEADS,
} from './speaker-kinds.ts';
import type { SpeakerRef } from './types.ts';

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
