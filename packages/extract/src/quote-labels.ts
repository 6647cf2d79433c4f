// Short quoted phrases that are names or labels, not speech: "so-called", "dubbed", "as a “…”", a title-case outlet.
import type { Article } from './context.ts';

/** Words that, right before a short quotation, make it a name or a label rather than speech. */
const LABEL_BEFORE = new Set([
  'called',
  'so-called',
  'dubbed',
  'named',
  'titled',
  'entitled',
  'termed',
  'labelled',
  'labeled',
  'branded',
  'known',
  'programme',
  'program',
  'show',
  'phrase',
  'term',
  'word',
  'words',
  'slogan',
  'narrative',
  'notion',
  'concept',
  'hashtag',
  'website',
  'platform',
  'operation',
  'campaign',
  'book',
  'film',
  'song',
  'motto',
  'mantra',
  'label',
  'nickname',
  'headline',
  'banner',
  'doctrine',
  'as',
  'idea',
  'policy',
  'expression',
  'catchphrase',
  'code-named',
  'codenamed',
  'dub',
  'brand',
  'tagline',
  'theme',
  'title',
  'series',
  'magazine',
  'newspaper',
  'channel',
  'app',
]);
/** Verbs of naming anywhere earlier in the clause ("Calling the Taliban’s threats “just words,”"). */
const NAMING_VERBS =
  /^(call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labelled|labelling|labeled|labeling|brand|branded|branding|term|termed|terming|describe|describes|described|describing|characterised|characterized|characterising|characterizing)$/;
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'of', 'our', 'your', 'that']);

/** "the “Trump Route for International Peace and Prosperity”": a name in title case. */
function titleCase(a: Article, openTok: number): boolean {
  const q = a.tokens[openTok]!.q;
  const ws = a.tokens.filter((t) => t.q === q && t.word);
  return (
    ws.length > 0 &&
    ws.filter((t) => t.cap).length >= Math.ceil(ws.length * 0.6) &&
    ws.filter((t) => !t.cap).every((t) => /^(?:for|of|and|the|in|on|to|a)$/.test(t.lower))
  );
}

export function isLabel(a: Article, openTok: number, floor: number, words: number): boolean {
  const { tokens } = a;
  // A titled work is a label at any length.
  let j = openTok - 1;
  let hops = 0;
  while (j >= floor && hops < 4 && tokens[j]!.q < 0) {
    const l = tokens[j]!.lower;
    if (LABEL_BEFORE.has(l)) return words <= 6 || /^(titled|entitled|programme|program|show|book|film|song|hashtag)$/.test(l) || titleCase(a, openTok);
    // A title-case name after a hearer or source ("told the “Neue Zeitung”", "in an interview with “Al Arabiya”") is an outlet.
    if (/^(told|tells|telling|to|with|in|from|by|on)$/.test(l) && words <= 6 && titleCase(a, openTok)) return true;
    if (!SKIPPABLE.has(l)) break;
    j--;
    hops++;
  }
  if (words > 6) return false;
  for (let k = openTok - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.text === ';' || t.text === ':' || t.text === '.') break;
    if (NAMING_VERBS.test(t.lower)) return true;
  }
  return false;
}
