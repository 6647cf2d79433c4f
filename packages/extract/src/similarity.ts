// How likely two wordings are one utterance. Outlets paraphrase and translate, so exact matching fails:
// "We have borne your treachery and mockery for too long, but no more" and "We will no longer tolerate your
// mockery and betrayal" share almost no words. Each text becomes a bag of concepts (stemmed content words,
// mapped through a hand-built synonym lexicon, with multi-word expressions folded first); two bags are
// aligned softly (a word without a concept may still match a similar spelling), and the result is blended
// with character n-gram overlap, which catches near-verbatim renderings and morphology the stemmer misses.
import { COMMON_CONCEPTS, GROUPS, PHRASES, STOPWORDS } from './concepts.ts';
import { stem } from './stem.ts';

interface Item {
  stem: string;
  concepts: readonly string[];
  weight: number;
  /** The stem's trigrams, for words without a concept. */
  grams: ReadonlySet<string>;
}

interface Features {
  items: Item[];
  weight: number;
  grams: Map<string, number>;
  gramCount: number;
}

const CONCEPTS_BY_STEM = new Map<string, string[]>();
for (const [concept, words] of Object.entries(GROUPS)) {
  for (const w of words) {
    if (w.includes(' ')) continue;
    const s = stem(w);
    const list = CONCEPTS_BY_STEM.get(s) ?? [];
    if (!list.includes(concept)) list.push(concept);
    CONCEPTS_BY_STEM.set(s, list);
  }
}
/** Multi-word expressions by first word, longest first. */
const PHRASES_BY_FIRST = new Map<string, { words: string[]; concept: string }[]>();
for (const [p, c] of [...PHRASES, ...Object.entries(GROUPS).flatMap(([c, ws]) => ws.filter((w) => w.includes(' ')).map((w): [string, string] => [w, c]))]) {
  const words = p.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, concept: c });
  list.sort((a, b) => b.words.length - a.words.length);
  PHRASES_BY_FIRST.set(words[0]!, list);
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/'d\b/g, ' would')
    .replace(/'m\b/g, ' am')
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

const conceptWeight = (concepts: readonly string[]): number => {
  let w = 1;
  for (const c of concepts) w = Math.min(w, COMMON_CONCEPTS[c] ?? 1);
  return w;
};

function trigrams(s: string, into: Map<string, number>): number {
  const padded = ` ${s} `;
  let n = 0;
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    into.set(g, (into.get(g) ?? 0) + 1);
    n++;
  }
  return n;
}

const NO_GRAMS: ReadonlySet<string> = new Set();
function gramSet(s: string): Set<string> {
  const out = new Set<string>();
  const padded = ` ${s} `;
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

const cache = new Map<string, Features>();

function features(text: string): Features {
  const hit = cache.get(text);
  if (hit) return hit;
  const ws = words(text);
  const byKey = new Map<string, Item>();
  for (let i = 0; i < ws.length; ) {
    const phrase = PHRASES_BY_FIRST.get(ws[i]!)?.find((p) => p.words.every((w, k) => ws[i + k] === w));
    if (phrase) {
      const c = phrase.concept;
      byKey.set(`#${c}`, { stem: `#${c}`, concepts: [c], weight: conceptWeight([c]), grams: NO_GRAMS });
      i += phrase.words.length;
      continue;
    }
    const w = ws[i++]!;
    if (STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    for (const part of w.split('-')) {
      if (!part || STOPWORDS.has(part)) continue;
      const s = stem(part);
      const concepts = CONCEPTS_BY_STEM.get(s) ?? [];
      const key = concepts.length ? `#${concepts[0]}` : s;
      const prev = byKey.get(key);
      const weight = concepts.length ? conceptWeight(concepts) : s.length <= 2 ? 0.3 : 1;
      if (!prev || prev.weight < weight) byKey.set(key, { stem: s, concepts, weight, grams: concepts.length ? NO_GRAMS : gramSet(s) });
    }
  }
  const items = [...byKey.values()];
  const grams = new Map<string, number>();
  let gramCount = 0;
  for (const it of items) if (!it.stem.startsWith('#')) gramCount += trigrams(it.stem, grams);
  const f: Features = { items, weight: items.reduce((s, it) => s + it.weight, 0), grams, gramCount };
  if (cache.size > 4096) cache.clear();
  cache.set(text, f);
  return f;
}

function gramDice(a: Features, b: Features): number {
  if (!a.gramCount || !b.gramCount) return 0;
  let shared = 0;
  const [small, big] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  for (const [g, n] of small) shared += Math.min(n, big.get(g) ?? 0);
  return (2 * shared) / (a.gramCount + b.gramCount);
}

/** Spelling similarity of two stems, for words the lexicon does not know ("misadventure" / "adventure"). */
function stemSimilarity(x: Item, y: Item): number {
  const a = x.stem;
  const b = y.stem;
  if (a.length < 4 || b.length < 4) return 0;
  if (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a)) return Math.min(a.length, b.length) / Math.max(a.length, b.length);
  let shared = 0;
  for (const g of x.grams) if (y.grams.has(g)) shared++;
  return (2 * shared) / (x.grams.size + y.grams.size);
}

function match(x: Item, y: Item): number {
  if (x.stem === y.stem) return 1;
  if (x.concepts.length && y.concepts.length) return x.concepts.some((c) => y.concepts.includes(c)) ? 1 : 0;
  const s = stemSimilarity(x, y);
  return s >= 0.6 ? s * 0.8 : 0;
}

/** Weighted share of a's concepts found in b. */
function coverage(a: Features, b: Features): number {
  if (!a.weight) return 0;
  let got = 0;
  for (const x of a.items) {
    let best = 0;
    for (const y of b.items) {
      const m = match(x, y);
      if (m > best) best = m;
      if (best === 1) break;
    }
    got += best * x.weight;
  }
  return got / a.weight;
}

/**
 * Similarity of two quotations in [0, 1], symmetric. Near 1 for the same utterance in other words or another
 * translation; low for different statements, even by the same speaker on the same crisis.
 */
export function quoteSimilarity(a: string, b: string): number {
  const fa = features(a);
  const fb = features(b);
  if (!fa.items.length || !fb.items.length) return 0;
  const ra = coverage(fa, fb);
  const rb = coverage(fb, fa);
  // Two or three shared words between short texts ("War is not a solution" / "dialogue was the only solution")
  // are weak evidence: agreement counts in full only once there is enough content to agree on.
  const f1 = (ra + rb ? (2 * ra * rb) / (ra + rb) : 0) * Math.min(1, (fa.weight + fb.weight) / 5);
  // A short excerpt of a longer wording is the same utterance when nearly all of it is there — the more
  // content it has, the more that says.
  const [rSmall, wSmall] = fa.weight <= fb.weight ? [ra, fa.weight] : [rb, fb.weight];
  const contained = rSmall * Math.min(1, wSmall / 5) * 0.9;
  const content = Math.max(f1, contained);
  const chars = gramDice(fa, fb);
  return Math.round(Math.min(1, 0.8 * content + 0.2 * Math.max(chars, content)) * 1000) / 1000;
}
