// PLOVER speech acts of a reported statement, from its reporting verb and its content. The verb decides when it
// carries an act of its own ("denied", "urged", "condemned"); a neutral verb ("said", "added", "according to")
// leaves it to the content's cues; with no cue the act is COMMENT. Intensity is not decided here: the core
// derives it from the act.
import { REPORTING_VERBS } from './lexicon.ts';
import type { Act } from './types.ts';

export const ACTS: readonly Act[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'RETREAT', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
  'DENY', 'APPEAL', 'COMMENT',
];

/** Reporting verbs (lemmas) that carry an act of their own. */
export const VERB_ACTS: Readonly<Record<string, Act>> = {
  threaten: 'THREATEN',
  accuse: 'ACCUSE', allege: 'ACCUSE', charge: 'ACCUSE', blame: 'ACCUSE',
  deny: 'DENY',
  reject: 'REJECT', dismiss: 'REJECT', refuse: 'REJECT',
  demand: 'DEMAND', insist: 'DEMAND',
  urge: 'APPEAL', appeal: 'APPEAL', ask: 'APPEAL', request: 'APPEAL',
  agree: 'AGREE', accept: 'AGREE',
  welcome: 'SUPPORT', praise: 'SUPPORT', thank: 'SUPPORT', hail: 'SUPPORT', commend: 'SUPPORT', appreciate: 'SUPPORT',
  condemn: 'PROTEST', criticise: 'PROTEST', criticize: 'PROTEST', slam: 'PROTEST', denounce: 'PROTEST', protest: 'PROTEST',
  complain: 'PROTEST',
  admit: 'CONCEDE', acknowledge: 'CONCEDE', concede: 'CONCEDE',
  propose: 'CONSULT',
};

/** Verbs whose act depends on what is said: "warned of retaliation" threatens, "warned that talks may fail" comments. */
const LEANING: Readonly<Record<string, Act>> = { warn: 'THREATEN', caution: 'THREATEN', vow: 'THREATEN', pledge: 'AGREE', promise: 'AGREE' };

/** Content cues, tried in this order (the first act with a cue wins). */
const CUES: readonly [Act, RegExp][] = [
  ['DENY', /\b(?:deni(?:ed|es)|deny|baseless|unfounded|fabricated|no truth|not involved|no involvement|false (?:claims?|allegations?|propaganda))\b/i],
  ['REJECT', /\b(?:reject\w*|will not accept|won[’']t accept|unacceptable|refus\w+|rules? out|ruled out|no talks|no dialogue|no negotiations?|not a question of|be (?:immediately )?burned)\b/i],
  ['THREATEN', /\b(?:retaliat\w*|will fight|at (?:any|all) costs?|open war|consequences|will not hesitate|playing with fire|befitting (?:response|reply)|(?:would|will) be (?:answered|met|responded to)|lay down (?:our|their) (?:guns|arms|weapons)|will (?:defend|respond|strike|hit back)|(?:de)?feat(?:ing)? the|destroy\w*|no intention of stopping)\b/i],
  // Explicit demands, agreements, thanks and joint work outrank the incidental words around them
  // ("we call upon Pakistan to address these violations", "all parties have agreed to penalise the violating party").
  ['DEMAND', /\b(?:call(?:s|ed|ing)? (?:up)?on|demand(?:s|ed)? that|insist(?:s|ed)? (?:that|on))\b/i],
  ['AGREE', /\b(?:(?:have|has|had) (?:\w+ )?agreed|agreed (?:to|on|that)|reached an? (?:agreement|deal|understanding))\b/i],
  ['SUPPORT', /\b(?:thank\w*|welcom\w+|appreciat\w+|pleased|grateful|confidence that)\b/i],
  ['COOPERATE', /\b(?:work(?:ing)? (?:together|closely)|cooperat\w+ with|expand cooperation)\b/i],
  ['ACCUSE', /\b(?:accus\w+|blam\w+|behind (?:it|the|this|these)|responsible for|violat\w+|provocations?|harbou?r\w*|sponsor\w*|targeting (?:women|children|civilians|innocent)|intrusion|killed .{0,40}(?:civilians|children|women)|unreasonable demands)\b/i],
  ['DEMAND', /\b(?:must|demands?|has to|have to|call(?:s|ed)? (?:up)?on|insist\w*|precondition|non-negotiable|require[sd]?)\b/i],
  ['APPEAL', /\b(?:urg\w+|call(?:s|ed|ing)? for|appeal\w*|restraint|request\w*|cease all|refrain from|importance of concluding|taking advantage of this opportunity)\b/i],
  ['PROTEST', /\b(?:condemn\w*|denounc\w+|deplor\w+|outrage\w*|what the hell)\b/i],
  ['SUPPORT', /\b(?:thank\w*|welcom\w+|appreciat\w+|pleased|grateful|prais\w+|commend\w*|hail\w*|very good (?:meeting|results)|(?:a|an important) step (?:toward|towards)|new chapter|brotherly|will encourage)\b/i],
  ['COOPERATE', /\b(?:work(?:ing)? (?:together|closely)|cooperat\w+ with|jointly|expand cooperation)\b/i],
  ['AGREE', /\b(?:agree[ds]?|agreeing|agreement (?:that|to)|accept\w*|commit\w*|understanding on|worked out an understanding|secured a|will (?:resolve|get (?:that|it) solved)|give effect to)\b/i],
  ['CONSULT', /\b(?:will (?:hold|meet|discuss)|hold (?:the |a )?(?:meeting|talks)|discussed|proposed (?:a |to hold )?(?:the )?meeting|will talk again|talks with .{0,30}mediators|decided to sen[dt] a delegation|to discuss)\b/i],
  ['CONCEDE', /\b(?:admit\w*|mistakes?|conced\w+)\b/i],
];

export interface ActReading {
  act: Act;
  confidence: number;
}

/** The lemma of a reporting verb as printed ("accused" → "accuse"), or null. */
export function verbLemma(verb: string | null): string | null {
  if (!verb) return null;
  const v = verb.toLowerCase().trim();
  const known = REPORTING_VERBS.get(v);
  if (known) return known;
  for (const lemma of [...Object.keys(VERB_ACTS), ...Object.keys(LEANING)]) {
    if (v === lemma || v.startsWith(lemma.replace(/e$/, '')) || v.startsWith(lemma.replace(/y$/, 'i'))) return lemma;
  }
  return v;
}

/** The act of a statement: its verb's when the verb carries one, else the first content cue, else COMMENT. */
export function classifyAct(verb: string | null, text: string): ActReading {
  const lemma = verbLemma(verb);
  if (lemma && VERB_ACTS[lemma]) return { act: VERB_ACTS[lemma]!, confidence: 0.9 };
  const cue = CUES.find(([, re]) => re.test(text));
  if (lemma && LEANING[lemma]) {
    const leaning = LEANING[lemma]!;
    if (!cue || cue[0] === leaning) return { act: leaning, confidence: cue ? 0.85 : 0.6 };
    return { act: cue[0], confidence: 0.6 };
  }
  if (cue) return { act: cue[0], confidence: 0.7 };
  return { act: 'COMMENT', confidence: 0.6 };
}

/** An if/then threat or promise: "if … we will", "unless …", "any attack … would be answered". */
export function isConditional(text: string): boolean {
  return (
    /\bif\b[^.?!]{0,200}\b(?:will|would|shall)\b/i.test(text) ||
    /\b(?:will|would|shall)\b[^.?!]{0,200}\b(?:if|unless)\b/i.test(text) ||
    /\bunless\b/i.test(text) ||
    /\bany (?:attack|aggression|violation|attempt|incursion|strike|provocation)\b[^.?!]{0,120}\b(?:will|would)\b/i.test(text)
  );
}
