// Mention → actor. Tried from the surest to the loosest: the same name once normalised, the same name
// under any romanisation, a surname or an office the article ties to one person; otherwise a proposal for a
// new actor, with the office the text gives.
import { readArticle } from './context.ts';
import { ALLEGIANCE, DETERMINERS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import { foldText, normalizeName, transliterationKey } from './normalize.ts';
import { canonicalTitleWord } from './name-words.ts';

export interface ActorRecord {
  id: string;
  name: string;
  aliases: string[];
  /** Titles of the actor's offices: "Defence Minister". */
  roles?: string[];
}

export type ResolveMethod = 'exact' | 'transliteration' | 'surname' | 'title';

export type ActorResolution = { actorId: string; score: number; method: ResolveMethod } | { proposal: { name: string; role?: string } };

/** People the article names, at their fullest, with their office (as extractQuotes' mention table sees them). */
export interface ArticleContext {
  people: { name: string; role?: string }[];
}

/** Builds the context resolveActor reads from an article's text. */
export function articleContext(text: string): ArticleContext {
  const { table } = readArticle(text);
  return { people: table.people.map((p) => (p.role ? { name: p.fullest, role: p.role } : { name: p.fullest })) };
}

const compact = (k: string): string => k.replace(/ /g, '');

interface Entry {
  id: string;
  folded: string;
  norm: string;
  key: string;
  keys: string[];
}

function entries(actors: readonly ActorRecord[]): Entry[] {
  const out: Entry[] = [];
  for (const a of actors) {
    for (const n of [a.name, ...a.aliases]) {
      const key = transliterationKey(n);
      out.push({ id: a.id, folded: foldText(n), norm: normalizeName(n), key, keys: key.split(' ').filter(Boolean) });
    }
  }
  return out;
}

/** One actor id, or null when none or several match. */
function single(ids: Iterable<string>): string | null {
  const set = new Set(ids);
  return set.size === 1 ? [...set][0]! : null;
}

/** Splits "Pakistan’s Defence Minister Khawaja Asif" into its office and its name. */
export function splitTitle(mention: string): { name: string; role?: string } {
  const words = mention.trim().split(/\s+/).filter(Boolean);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const f = foldText(words[i]!);
    if ((HONORIFICS.has(f) && !TITLE_MODIFIERS.has(f)) || TITLE_HEADS.has(f)) cut = i;
  }
  if (cut < 0) {
    const head = foldText(words.at(-1) ?? '');
    const stripped = words.filter((w, i) => !(i === 0 && DETERMINERS.has(w.toLowerCase()))).join(' ');
    return TITLE_HEADS.has(head) || TITLE_HEADS.has(canonicalTitleWord(head)) ? { name: stripped, role: stripped } : { name: stripped };
  }
  let from = 0;
  while (from < cut && (DETERMINERS.has(words[from]!.toLowerCase()) || /[’']s$/.test(words[from]!))) from++;
  const roleWords = words.slice(from, cut + 1).filter((w) => !ALLEGIANCE.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase()));
  const role = roleWords.join(' ');
  const name = words.slice(cut + 1).join(' ');
  return role && TITLE_HEADS.has(foldText(words[cut]!)) ? { name, role } : { name };
}

function byName(mention: string, list: Entry[]): { actorId: string; score: number; method: ResolveMethod } | null {
  const folded = foldText(mention);
  const norm = normalizeName(mention);
  if (!norm) return null;
  const exact = single(list.filter((e) => e.folded === folded).map((e) => e.id)) ?? single(list.filter((e) => e.norm === norm).map((e) => e.id));
  if (exact) return { actorId: exact, score: 1, method: 'exact' };
  const key = transliterationKey(mention);
  const tl = single(list.filter((e) => e.key === key || compact(e.key) === compact(key)).map((e) => e.id));
  if (tl) return { actorId: tl, score: 0.9, method: 'transliteration' };
  // A middle name left out or added ("Khawaja Asif" / "Khawaja Muhammad Asif"): same first and last, one inside the other.
  const keys = key.split(' ').filter(Boolean);
  if (keys.length >= 2) {
    const partial = single(
      list
        .filter((e) => {
          if (e.keys.length < 2 || e.keys[0] !== keys[0] || e.keys.at(-1) !== keys.at(-1)) return false;
          const [small, big] = e.keys.length < keys.length ? [e.keys, keys] : [keys, e.keys];
          return small.every((k) => big.includes(k));
        })
        .map((e) => e.id),
    );
    if (partial) return { actorId: partial, score: 0.85, method: 'transliteration' };
  }
  return null;
}

/**
 * Resolve a speaker mention to a known actor, or propose a new one. With an article context, surnames and
 * offices alone ("Asif", "the defence minister") resolve through the person the article names.
 */
export function resolveActor(mention: string, actors: readonly ActorRecord[], context?: ArticleContext | string): ActorResolution {
  const ctx = typeof context === 'string' ? articleContext(context) : context;
  const list = entries(actors);
  const direct = byName(mention, list);
  if (direct) return direct;

  const { name, role } = splitTitle(mention);
  const norm = normalizeName(mention);
  const words = norm.split(' ').filter(Boolean);

  // A surname alone: the article's person of that surname, else the one actor with it.
  if (words.length === 1 && !role) {
    const key = transliterationKey(words[0]!);
    const person = ctx?.people.findLast((p) => transliterationKey(p.name).split(' ').at(-1) === key);
    if (person) {
      const r = byName(person.name, list);
      if (r) return { actorId: r.actorId, score: 0.8 * r.score, method: 'surname' };
      return { proposal: person.role ? { name: person.name, role: person.role } : { name: person.name } };
    }
    const bySurname = single(list.filter((e) => e.keys.length >= 2 && e.keys.at(-1) === key).map((e) => e.id));
    if (bySurname) return { actorId: bySurname, score: 0.7, method: 'surname' };
  }

  // An office alone: the article's holder of it, else the one actor holding it.
  if (role && role === name) {
    const want = foldText(role)
      .split(' ')
      .map(canonicalTitleWord)
      .filter((w) => !ALLEGIANCE.has(w) && !DETERMINERS.has(w));
    const fits = (title: string): boolean => {
      const have = new Set(foldText(title).split(' ').map(canonicalTitleWord));
      return want.length > 0 && want.every((w) => have.has(w));
    };
    const holder = ctx?.people.findLast((p) => p.role && fits(p.role));
    if (holder) {
      const r = byName(holder.name, list);
      if (r) return { actorId: r.actorId, score: 0.75 * r.score, method: 'title' };
      return { proposal: { name: holder.name, role: holder.role! } };
    }
    const byRole = single(actors.filter((a) => a.roles?.some(fits)).map((a) => a.id));
    if (byRole) return { actorId: byRole, score: 0.6, method: 'title' };
  }

  const key = transliterationKey(name);
  const known = ctx?.people.find((p) => transliterationKey(p.name) === key);
  const proposedRole = role && role !== name ? role : known?.role;
  return { proposal: proposedRole ? { name, role: proposedRole } : { name } };
}
