// A speaker noun phrase resolved against the article's mention table: the person, office holder or body it names.
import type { Article } from './context.ts';
import { ALLEGIANCE, GROUP_PRONOUNS, PERSON_PRONOUNS, TITLE_HEADS } from './lexicon.ts';
import { baseWord, isNameWord, surnameKey } from './name-words.ts';
import { isPossessive, type NP } from './noun-phrase.ts';
import type { SpeakerRef } from './types.ts';

/** Resolve a speaker noun phrase against the article's mention table. */
export function speakerFromNP(a: Article, np: NP): SpeakerRef {
  const { tokens, table, text } = a;
  const start = tokens[np.from]!.start;
  const end = tokens[np.to - 1]!.end;
  const mention = text.slice(start, end);
  const ref = (name: string | null, role?: string): SpeakerRef => (role ? { name, text: mention, start, end, role } : { name, text: mention, start, end });
  const lastTok = tokens[np.to - 1]!;
  if (np.to - np.from === 1 && (PERSON_PRONOUNS.has(lastTok.lower) || lastTok.lower === 'him' || lastTok.lower === 'her')) {
    const p = table.byPronoun(start);
    return ref(p?.fullest ?? null, p?.role);
  }
  if (np.to - np.from === 1 && GROUP_PRONOUNS.has(lastTok.lower)) return ref(null);
  // A person named inside a prepositional phrase ("a spokesman for Zabihullah Mujahid") is not the speaker.
  const inside = table.within(start, end);
  const governed = inside && tokens.slice(np.from, np.to).some((t) => t.end <= table.mentionStartIn(start, end) && /^(of|for|to|with|from|in)$/.test(t.lower));
  if (inside && !governed) return ref(inside.fullest, inside.role);
  if (!inside && (TITLE_HEADS.has(lastTok.lower) || TITLE_HEADS.has(baseWord(lastTok.lower)))) {
    // "the minister", "Pakistan’s defence minister": an office alone names its holder in the article.
    const phrase = table.titlePhraseEndingAt(np.to - 1, true);
    if (
      phrase &&
      (tokens[np.from]!.lower === 'the' || tokens[phrase.from]?.lower === 'the' || isPossessive(tokens[np.from]) || ALLEGIANCE.has(tokens[np.from]!.lower))
    ) {
      const p = table.byTitle(phrase.words, start);
      // "the spokesperson" after "Pakistan’s Foreign Office spokesperson said": the nearer mention wins, and an
      // office named without a person speaks for its body (resolved in finalize), never for a person named elsewhere.
      const office = table.officeOnlyBefore(lastTok.lower, start);
      if (p && !(office >= 0 && office > table.lastMentionBefore(p, start))) return ref(p.fullest, p.role);
      if (office >= 0) return ref(null);
    }
  }
  if (np.to - np.from === 1 && isNameWord(lastTok)) {
    const p = table.bySurname(surnameKey(lastTok.text), start);
    if (p) return ref(p.fullest, p.role);
  }
  // An unnamed or collective speaker keeps its own words, less article and parenthesis: "Taliban officials".
  const name = mention
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[’']s$/, '')
    .trim();
  return ref(name || null);
}
