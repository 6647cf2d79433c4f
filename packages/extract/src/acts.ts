// PLOVER speech acts of a reported statement, from its reporting verb and its content.
//
// The principle: a statement's act is named by the verb that reports it ("denied", "urged", "welcomed") or, when
// that verb is neutral ("said", "added", "according to"), by the act-naming verbs and nouns inside what is reported
// ("… said Pakistan welcomed the offer", "… said talks were under way"). The lexicon below is written per act class:
// the English reporting verbs of that class (inflected by rule, so "welcome" covers welcomes/welcomed/welcoming), the
// multi-word verbs of the class ("call for", "hold talks", "express gratitude") and the content words and
// constructions that carry the class without such a verb ("consequences", "must", "talks are under way"). Nothing
// here is a phrase of one article.
//
// Precedence (the first rule that fires decides):
//   1. the reporting verb, when it belongs to an act class (a multi-word verb read from the verb and the words after
//      it); "rejected the accusations" denies;
//   2. a leaning verb (warn, vow, pledge, promise, caution) takes its content's act when the content has a cue of
//      another class, else its own;
//   3. in the content, the marked acts first — DENY, REJECT, THREATEN (a negation or a threat reframes whatever
//      else the clause mentions) — then the act verbs of every other class, the EARLIEST in the clause winning
//      ("welcomed the agreement to hold talks" supports; "agreed to hold talks" agrees); an act verb under negation
//      ("did not agree", "will not accept") rejects;
//   4. content words without an act verb, by class: DEMAND modals and ultimatums, ACCUSE (violations, "was behind"),
//      an attack whose agent is a named state other than the speaker's (ACCUSE), APPEAL (restraint), CONSULT (the
//      state of negotiations), THREATEN conditionals about force;
//   5. otherwise COMMENT.
// Intensity is not decided here: the core derives it from the act.
import { countryIn } from './countries.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import { ACT_VERBS, ATTACK, CONTENT, type Classed, FORCE, LEANING, MARKED, VERB_PHRASES } from './act-lexicon.ts';
import type { Act } from './types.ts';

export { ACT_VERBS } from './act-lexicon.ts';

export const ACTS: readonly Act[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'RETREAT', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
  'DENY', 'APPEAL', 'COMMENT',
];

/** The surface forms of a verb lemma: -s, -ed, -ing, with the usual spelling rules and a few irregular pasts. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  meet: ['met'], withdraw: ['withdrew', 'withdrawn'], hold: ['held'], seek: ['sought'], take: ['took', 'taken'],
};
const DOUBLING = new Set(['admit', 'commit', 'regret', 'slam', 'refer', 'confer', 'rebut', 'submit', 'permit', 'ban', 'plan']);

export function inflect(lemma: string): string[] {
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const base = DOUBLING.has(lemma) ? `${lemma}${lemma.at(-1)}` : lemma;
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${base}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${base}ing`;
  return [lemma, third, past, ing, ...(IRREGULAR[lemma] ?? [])];
}

/** surface form → (lemma, class), for every act verb and leaning verb. */
const FORMS = new Map<string, { lemma: string; act: Classed; leaning: boolean }>();
for (const [act, lemmas] of Object.entries(ACT_VERBS) as [Classed, readonly string[]][]) {
  for (const lemma of lemmas) for (const f of inflect(lemma)) if (!FORMS.has(f)) FORMS.set(f, { lemma, act, leaning: false });
}
for (const [lemma, act] of Object.entries(LEANING)) for (const f of inflect(lemma)) FORMS.set(f, { lemma, act, leaning: true });

/** Regex of the act verbs and multi-word verbs of one class, inside a clause. */
function classPattern(act: Classed): RegExp {
  const forms = [...FORMS].filter(([, v]) => v.act === act && !v.leaning).map(([f]) => f).sort((x, y) => y.length - x.length);
  // Inside a clause a few verbs are too ambiguous alone: "support" and "visit" and "host" are nouns as often as
  // verbs, "charge" is also a price, "ask" a question, "decline" a fall, "object" a thing, "approve" a budget. They
  // count only in their verb forms with an object or particle (the phrases above) or as past/progressive forms.
  const ambiguous = /^(?:support|supports|visit|visits|host|hosts|charge|charges|ask|asks|decline|declines|declined|declining|object|objects|approve|approves|require|requires|meet|meets|sign|signs|demand|demands|request|requests|appeal|appeals|protest|protests|charged|charging|asked|asking|suggest|suggests|suggested|suggesting|hosting|meeting|approved|required|requiring|visiting|supporting)$/;
  const words = forms.filter((f) => !ambiguous.test(f));
  const parts = [...words, ...VERB_PHRASES[act]];
  return new RegExp(String.raw`\b(?:${parts.join('|')})\b`, 'gi');
}
const CLASS_PATTERNS: readonly [Classed, RegExp][] = (Object.keys(ACT_VERBS) as Classed[]).map((act) => [act, classPattern(act)]);

/** A negation governing the words just before position i ("did not agree", "never accepted", "refused to sign"). */
function negatedAt(text: string, i: number): boolean {
  return /\b(?:not|never|no|n[’']t|neither|nor|refus\w+ to|without)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, i - 40), i));
}

const EXPRESSIVE = /^(?:pleased|grateful|gratitude|appreciation)$/i;
/** An aim, not an achievement: "efforts to reach a truce", "progress towards reaching an agreement". */
const GOAL_BEFORE = /\b(?:to|towards?|aim\w* (?:to|at)|efforts? to|seek\w* to|bid to|hop\w* to|in order to|with a view to|so as to)\s+$/i;

/**
 * The earliest act verb in the content, with its class. A negated AGREE/SUPPORT/COOPERATE verb rejects; a verb used
 * as a noun ("the calls for peace") or as a passive participle ("talks mediated by Qatar", "the exchange agreed upon
 * in Istanbul") is nobody's act; an agreement as an aim ("efforts to reach a truce") is negotiation. RETREAT verbs
 * count only when nothing else does: a release or withdrawal reported with other acts is usually a term of them.
 */
function firstActVerb(content: string): { act: Classed; at: number } | null {
  let best: { act: Classed; at: number } | null = null;
  for (const [act, re] of CLASS_PATTERNS) {
    if (act === 'RETREAT') continue;
    re.lastIndex = 0;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      if (best && m.index >= best.at) break;
      const firstWord = m[0].split(/\s+/)[0]!;
      if (/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(content.slice(Math.max(0, m.index - 6), m.index)) && !EXPRESSIVE.test(firstWord) && !/^(?:responsibility|blame)$/i.test(firstWord)) continue;
      if (/^\s+(?:by|upon)\b/i.test(content.slice(m.index + m[0].length, m.index + m[0].length + 6)) && /ed$/i.test(m[0])) continue;
      // A participle used as an adjective ("negotiating parties", "the mediating countries") reports no act.
      if (/ing$/i.test(m[0]) && /^\s+(?:parties|team|teams|delegations?|table|sides?|process|positions?|countries|states)\b/i.test(content.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      let a: Classed = act;
      // An obligation put on someone's act is a demand ("any initiative must invite …").
      if (/\b(?:must|ha(?:s|ve) to|should)\s+(?:\w+,?\s+){0,3}$/i.test(content.slice(Math.max(0, m.index - 30), m.index))) a = 'DEMAND';
      // Something put as important or hoped for is asked of the other side ("it is important for both to abide by …").
      else if (/\b(?:important|essential|vital|crucial|necessary|imperative|hope)\b[^.;]{0,40}\bto\s+(?:\w+\s+){0,2}$/i.test(content.slice(Math.max(0, m.index - 60), m.index))) a = 'APPEAL';
      if (act === 'AGREE' && !/^(?:abid|adher|compl)/i.test(m[0]) && GOAL_BEFORE.test(content.slice(Math.max(0, m.index - 25), m.index))) a = 'CONSULT';
      if (negatedAt(content, m.index)) {
        if (act === 'AGREE' || act === 'SUPPORT' || act === 'COOPERATE') a = 'REJECT';
        else if (act === 'DENY' || act === 'REJECT') continue;
        else continue;
      }
      best = { act: a, at: m.index };
      break;
    }
  }
  return best;
}

/** A state named as the agent of an attack ("Thai forces carried out strikes", "Pakistan's target was …"). */
function foreignAttacker(text: string, speakerCountry: string | undefined): boolean {
  const re = new RegExp(String.raw`\b([A-Z][\w-]+)(?:[’']s)? (?:[\w-]+ ){0,10}?(?:${ATTACK}|target\b)`, 'g');
  for (const m of text.matchAll(re)) {
    const c = countryIn(m[1]!);
    if (c && c.code !== speakerCountry) return true;
  }
  return false;
}

export interface ActReading {
  act: Act;
  confidence: number;
}

export interface ActContext {
  /** The words between the reporting verb and the report ("expressed [confidence that] …", "stressed [the importance of] …"). */
  lead?: string;
  /** The speaker's state (ISO alpha-2): an attack by another state (or by any state, when the speaker's is unknown) is an accusation. */
  speakerCountry?: string;
}

/** The lemma of a reporting verb as printed ("accused" → "accuse"), or null. */
export function verbLemma(verb: string | null): string | null {
  if (!verb) return null;
  const v = verb.toLowerCase().trim();
  return FORMS.get(v)?.lemma ?? REPORTING_VERBS.get(v) ?? v;
}

/** The act of the reporting verb read with the words after it, or null when it names none. */
function verbAct(verb: string, lead: string, text: string): Classed | null {
  const v = verb.toLowerCase().trim();
  const phrase = `${v} ${lead}${text}`.slice(0, 120);
  // A multi-word verb headed by the reporting verb ("called for", "expressed gratitude", "held talks", "rejected the allegations").
  for (const act of ['DENY', ...(Object.keys(VERB_PHRASES) as Classed[])] as Classed[]) {
    for (const p of VERB_PHRASES[act]) if (new RegExp(String.raw`^(?:${p})\b`, 'i').test(phrase)) return act;
  }
  const f = FORMS.get(v);
  return f && !f.leaning ? f.act : null;
}

/** The first act cue in the content by the precedence above, or undefined. */
function contentAct(content: string, text: string, speakerCountry: string | undefined): { act: Classed; strong: boolean } | undefined {
  const marked = MARKED.find(([, re]) => re.test(content));
  if (marked) return { act: marked[0], strong: true };
  const verb = firstActVerb(content);
  const word = verb ? undefined : CONTENT.find(([, re]) => re.test(content))?.[0];
  // An if/then about force is a conditional threat before it is anything milder ("unless they negotiate, the offensive goes on").
  if ((verb ? verb.act === 'CONSULT' : !word || word === 'CONSULT') && isConditional(text) && FORCE.test(text)) return { act: 'THREATEN', strong: false };
  if (verb) return { act: verb.act, strong: true };
  // An attack by another state, with no act verb: the speaker accuses it.
  if ((!word || CONTENT.findIndex(([a]) => a === word) > CONTENT.findIndex(([a]) => a === 'ACCUSE')) && foreignAttacker(text, speakerCountry)) {
    return { act: 'ACCUSE', strong: false };
  }
  if (word) return { act: word, strong: false };
  const retreat = CLASS_PATTERNS.find(([a]) => a === 'RETREAT')![1];
  retreat.lastIndex = 0;
  return retreat.test(content) ? { act: 'RETREAT', strong: false } : undefined;
}

/** The act of a statement: its verb's when the verb carries one, else the content's first cue, else COMMENT. */
export function classifyAct(verb: string | null, text: string, ctx: ActContext = {}): ActReading {
  const lead = ctx.lead && ctx.lead.length <= 60 && !/[.!?]/.test(ctx.lead) ? `${ctx.lead} ` : '';
  const byVerb = verb ? verbAct(verb, lead, text) : null;
  if (byVerb) return { act: byVerb, confidence: 0.9 };
  const lemma = verbLemma(verb);
  const cue = contentAct(lead + text, text, ctx.speakerCountry);
  if (lemma && LEANING[lemma]) {
    const leaning = LEANING[lemma]!;
    if (!cue || cue.act === leaning) return { act: leaning, confidence: cue ? 0.85 : 0.6 };
    return { act: cue.act, confidence: 0.6 };
  }
  if (cue) return { act: cue.act, confidence: cue.strong ? 0.75 : 0.65 };
  // An if/then about force with no other cue is a conditional threat ("if they choose confrontation, we will respond").
  if (isConditional(text) && FORCE.test(text)) {
    return { act: 'THREATEN', confidence: 0.6 };
  }
  return { act: 'COMMENT', confidence: 0.6 };
}

/** An if/then threat or promise: "if … we will", "unless …", "any attack … would be answered". */
export function isConditional(text: string): boolean {
  return (
    /\bif\b[^.?!]{0,200}\b(?:will|would|shall)\b/i.test(text) ||
    /\b(?:will|would|shall)\b[^.?!]{0,200}\b(?:if|unless)\b/i.test(text) ||
    /\bunless\b/i.test(text) ||
    /\bif\b[^.?!]{0,200}\bthen\b/i.test(text) ||
    /\bany (?:attack|aggression|violation|attempt|incursion|strike|provocation)\b[^.?!]{0,120}\b(?:will|would)\b/i.test(text)
  );
}
