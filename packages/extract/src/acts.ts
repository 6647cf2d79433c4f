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
import type { Act } from './types.ts';

export const ACTS: readonly Act[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'RETREAT', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
  'DENY', 'APPEAL', 'COMMENT',
];

type Classed = Exclude<Act, 'COMMENT'>;

/**
 * Reporting verbs (lemmas) that name the act of what they report. A verb listed here decides the act on its own
 * when it is the reporting verb, and counts as an act verb when it appears inside a reported clause.
 */
export const ACT_VERBS: Readonly<Record<Classed, readonly string[]>> = {
  DENY: ['deny', 'refute', 'disavow', 'disown'],
  REJECT: ['reject', 'dismiss', 'refuse', 'rebuff', 'repudiate', 'spurn', 'decline'],
  THREATEN: ['threaten'],
  ACCUSE: ['accuse', 'blame', 'allege', 'charge', 'fault'],
  PROTEST: ['condemn', 'denounce', 'protest', 'object', 'criticise', 'criticize', 'slam', 'deplore', 'decry', 'complain', 'lament', 'censure'],
  DEMAND: ['demand', 'insist', 'require'],
  // Requests, invitations, proposals and exhortations put something to the other side.
  APPEAL: ['urge', 'appeal', 'ask', 'request', 'invite', 'propose', 'suggest', 'implore', 'plead', 'exhort', 'recommend'],
  AGREE: ['agree', 'accept', 'sign', 'consent', 'ratify', 'approve'],
  SUPPORT: ['welcome', 'praise', 'hail', 'commend', 'applaud', 'endorse', 'thank', 'congratulate', 'appreciate', 'salute', 'laud', 'support'],
  CONSULT: ['meet', 'discuss', 'consult', 'negotiate', 'visit', 'host', 'confer', 'contact'],
  CONCEDE: ['admit', 'acknowledge', 'concede', 'confess', 'apologise', 'apologize'],
  COOPERATE: ['cooperate', 'collaborate', 'coordinate', 'mediate', 'facilitate'],
  RETREAT: ['withdraw', 'retreat'],
};

/** Verbs whose act depends on what is said: "warned of retaliation" threatens, "warned that both sides must …" demands. */
const LEANING: Readonly<Record<string, Classed>> = { warn: 'THREATEN', caution: 'THREATEN', vow: 'THREATEN', pledge: 'AGREE', promise: 'AGREE' };

/**
 * Multi-word verbs: the verb and the words right after it (its particle or object noun). Read on the reporting verb
 * with the words between it and its report, and inside a reported clause.
 */
const VERB_PHRASES: Readonly<Record<Classed, readonly string[]>> = {
  DENY: [String.raw`(?:rejected|dismissed|refuted) (?:the |these |those |such |all |any )?(?:\S+ ){0,4}?(?:accusations?|allegations?|charges)`],
  REJECT: [String.raw`rul\w* out`, String.raw`turn\w* down`, String.raw`(?:will|would|can|could|do|does|did) not accept`, String.raw`won[’']t accept`],
  THREATEN: [],
  ACCUSE: [String.raw`h[oe]ld\w* (?:\S+ ){1,4}?responsible`, String.raw`point\w* (?:the |a )?finger`],
  PROTEST: [String.raw`express\w* (?:\w+ )?(?:outrage|dismay|displeasure|indignation|protest)`, String.raw`lodg\w* (?:a |an )?(?:\w+ )?protest`, String.raw`summon\w* (?:the |a )?(?:\w+ )?(?:envoy|ambassador|charg[ée] d[’']affaires|diplomat)`],
  DEMAND: [String.raw`(?:issu|set|gave|give)\w* (?:a |an )?(?:\w+ )?ultimatum`, String.raw`(?:we|i|they|also|strongly|therefore|again) demand`, String.raw`demand\w* that`],
  APPEAL: [String.raw`call\w* (?:for|on|upon)`, String.raw`ask\w* (?:\S+ ){1,4}?to`, String.raw`encourag\w* (?:\S+ ){1,4}?to`,
    // Putting a proposal, plan or memorandum to the other side proposes it.
    String.raw`(?:hand|submit|present|table|put forward|offer|tabl)\w* (?:\S+ ){0,3}?(?:a |an |the |its |their )?(?:\w+ )?(?:proposals?|plans?|memorandum|draft|initiative|roadmap|options)`],
  AGREE: [String.raw`(?:reach|struck|strike|seal|conclud|secur|finali[sz]|broker|work)\w* (?:out )?(?:a |an |the )?(?:\S+ ){0,2}?(?:deal|agreement|accord|truce|ceasefire|cease-fire|understanding)`, String.raw`commit(?:s|ted|ting)? (?:\w+ )?to`, String.raw`(?:implement\w*|give effect to) (?:this |the |an? )?(?:\w+ )?(?:deal|agreement|accord|truce|ceasefire|understanding)`, String.raw`(?:will|would|shall) (?:fully |strictly )?(?:abide|comply|respect|honou?r|implement|observe)`],
  SUPPORT: [String.raw`express\w* (?:\w+ )?(?:gratitude|appreciation|support|confidence|satisfaction|thanks|solidarity)`, String.raw`(?:backs|backed|backing) (?:the|a|an|its|their)`, String.raw`(?:we|i|they|will|would|fully|strongly|firmly|continue to) support`,
    // Predicates of approval and thanks name the act as a verb does ("we are pleased", "grateful for").
    String.raw`pleased`, String.raw`grateful`, String.raw`gratitude`, String.raw`appreciation`],
  CONSULT: [String.raw`h[oe]ld\w* (?:the |a |an |another |further |more |new |direct |\w+ )?(?:\w+ )?(?:talks|round|meeting|negotiations|consultations|discussions|dialogue)`, String.raw`receiv\w* (?:a |an |the )?(?:\w+ )?(?:delegation|envoy|ambassador|minister)`, String.raw`(?:tele)?phone (?:calls?|conversations?)`, String.raw`(?:spoke|speaks|speaking|talked) (?:by phone |on the phone )?with`, String.raw`engag\w* in (?:\w+ )?(?:dialogue|talks|negotiations|consultations)`, String.raw`sen[dt]\w* (?:a |an )?(?:\w+ )?(?:delegation|envoy)`],
  CONCEDE: [String.raw`took (?:full )?responsibility`, String.raw`take (?:full )?responsibility`],
  COOPERATE: [String.raw`work\w* (?:together|closely|jointly|with)`, String.raw`(?:ready|willing|prepared|offer\w*) to (?:\w+ )?(?:help|assist|mediate|cooperate|contribute)`, String.raw`(?:continu|expand|deepen|strengthen|enhanc)\w* (?:\w+ )?(?:cooperation|ties|relations|partnership)`,
    String.raw`seek\w* (?:good|better|friendly|constructive|positive|normal|neighbou?rly) (?:\w+ )?(?:relations|ties)`,
    // Settling a dispute between parties is mediation.
    String.raw`(?:resolv|solv|settl|defus)\w* (?:the|this|their|a) (?:\w+ )?(?:crisis|conflict|dispute|differences|tensions)`],
  RETREAT: [String.raw`pull\w* (?:back|out)`, String.raw`(?:releas|fre)\w* (?:\S+ ){0,3}?(?:prisoners|detainees|hostages|captives)`, String.raw`(?:lift|eas|reopen)\w* (?:the )?(?:\w+ )?(?:restrictions|blockade|border|crossings?|sanctions)`],
};

/** Content words and constructions of a class with no act verb: nouns, modals, the state of talks, threats of force. */
const TALKS = String.raw`(?:talks|negotiations?|discussions|consultations|dialogue|contacts|meetings?)`;
const DEAL = String.raw`(?:deal|agreement|accord|truce|ceasefire|cease-fire|understanding|declaration)`;
const ATTACK = String.raw`(?:attack(?:s|ed|ing)?|shell(?:s|ed|ing)|strikes|struck|fir(?:ed|ing)|bomb(?:s|ed|ing|ardment)|target(?:s|ed|ing)?|invad\w+|incursions?|offensive|opened up)`;

const FORCE = /\b(?:fight\w*|war|attack\w*|strike\w*|respon\w+|force|confrontation|retaliat\w*|offensive|destroy\w*|devastat\w*)\b/i;

/** Marked content, outranking the act verbs: negations of a claim, refusals, threats of force. */
const MARKED: readonly [Classed, RegExp][] = [
  ['DENY', /\b(?:baseless|unfounded|groundless|fabricated|no truth|not involved|no involvement|nothing to do with|false (?:claims?|allegations?|accusations?|reports?|propaganda))\b/i],
  ['REJECT', /\b(?:unacceptable|no (?:talks|dialogue|negotiations?)|(?:will|shall) never (?:accept|agree|negotiate|talk))\b/i],
  ['THREATEN', /\b(?:retaliat\w*|reprisals?|consequences|open war|all-out war|befitting (?:response|reply)|(?:decisive|strong|forceful|crushing|firm|full) (?:response|reply|answer)|(?:will|would|shall) (?:be )?(?:respond\w*|answer\w*|met|hit back|strike back|fight|strike|retaliate)|(?:will|would) not hesitate|at (?:any|all) costs?|(?:pay|paying) (?:a |the )?(?:heavy |high |dear |steep )?price|playing with fire|teach .{0,25}a lesson|defend\w* (?:the |our |its |their )?(?:territory|sovereignty|homeland|country|borders?|soil)|(?:no longer|not anymore|no more) (?:tolerate|bear|accept)|(?:tolerat|bor|bear|endur)\w* .{0,50}(?:not anymore|no more|no longer)|(?:misread|misjudg|underestimat|test)\w* (?:\S+ ){0,4}?resolve|(?:give|show)\w* (?:you|them|him|her) (?:\w+ ){0,2}taste of|(?:defeat|destroy|crush|annihilat|obliterat)\w* (?:the|their|our) (?:\w+ ){0,2}?(?:enemy|enemies|military|army|forces|machine|regime|tyranny)|will (?:\w+ )?(?:crush|punish|eliminate|wipe out|destroy|obliterate)|will (?:\w+ )?(?:conduct|carry out|launch) (?:\w+ )?(?:strikes|attacks|operations))\b/i],
];

/** Content words by class, tried after the act verbs, in this order. */
const CONTENT: readonly [Classed, RegExp][] = [
  ['DEMAND', /\b(?:must|(?:has|have|had) to (?!be\b)|precondition|non-negotiable|ultimatum|our (?:demands?|conditions))\b/i],
  ['ACCUSE', /\b(?:accusations?|(?:was|were|is|are) behind|responsible for|violat\w+|breach\w*|provocations?|aggression|harbou?r\w*|sponsor\w*|(?:targeting|killed|killing) (?:\w+ ){0,4}?(?:civilians|children|women|innocent)|involved in (?:the )?(?:killings?|attacks?|violence|terror\w*|bombings?)|(?:push|drag)\w* .{0,30}(?:towards?|into) (?:a |an |another |new )*(?:war|conflict|crisis)|playing (?:in|into) the hands|not sincere|insinceri\w+|lack of (?:commitment|seriousness|sincerity|good faith)|bad faith|unreasonable)\b/i],
  ['APPEAL', /\b(?:restraint|refrain from|de-?escalat\w+)\b/i],
  ['SUPPORT', /\b(?:gratitude|appreciation|grateful|pleased|thanks to|(?:a|an important|a positive|a major) step (?:toward|towards|forward)|positive (?:step|development|outcome))\b/i],
  ['COOPERATE', /\b(?:jointly|joint (?:mechanism|efforts?|monitoring|committee|working group|patrols?))\b/i],
  ['AGREE', new RegExp(String.raw`\b(?:agreements? (?:on|to|that)|${DEAL} (?:holds|is holding|(?:will|would) (?:take effect|come into (?:force|effect)|include|provide|lead to|see)|provides? for)|with effect from|in (?:exchange|return) for)\b`, 'i')],
  ['CONSULT', new RegExp(String.raw`\b(?:${TALKS} (?:\w+ ){0,12}?(?:(?:are|is|were|was|remain|remained|have been|has been) (?:still )?(?:under ?way|ongoing|in progress|continuing|being held)|began|begun|entered|continu(?:e|es|ed|ing)|resum\w+|will (?:be )?(?:co-)?(?:hosted|held|take place|resume|continue)|set to|have not ended)|(?:still|remain\w*) (?:in progress|ongoing|under ?way)|close to (?:being )?(?:finali[sz]ed|agreed|a deal|an agreement)|progress (?:towards?|on) (?:an? |the )?${DEAL}|${DEAL} (?:may|could|might) be (?:announced|reached|signed)|(?:are|were|is|was) considering|at an? ["“]?(?:advanced|early|final) stage|open to (?:talks|dialogue|negotiations|offers|proposals)|for (?:talks|consultations|negotiations)|next round|round of ${TALKS}|${TALKS} with)\b`, 'i')],
  ['CONCEDE', /\b(?:(?:our|my|a|the) mistakes?|we (?:erred|made mistakes?))\b/i],
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
      if (/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(content.slice(Math.max(0, m.index - 6), m.index)) && !EXPRESSIVE.test(firstWord)) continue;
      if (/^\s+(?:by|upon)\b/i.test(content.slice(m.index + m[0].length, m.index + m[0].length + 6)) && /ed$/i.test(m[0])) continue;
      // A participle used as an adjective ("negotiating parties", "the mediating countries") reports no act.
      if (/ing$/i.test(m[0]) && /^\s+(?:parties|team|teams|delegations?|table|sides?|process|positions?|countries|states)\b/i.test(content.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      let a: Classed = act;
      // An obligation put on someone's act is a demand ("any initiative must invite …").
      if (/\b(?:must|ha(?:s|ve) to|should)\s+(?:\w+,?\s+){0,3}$/i.test(content.slice(Math.max(0, m.index - 30), m.index))) a = 'DEMAND';
      if (act === 'AGREE' && GOAL_BEFORE.test(content.slice(Math.max(0, m.index - 25), m.index))) a = 'CONSULT';
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
