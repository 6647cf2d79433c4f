// PLOVER speech acts of a reported statement, from its reporting verb and its content. The verb decides when it
// carries an act of its own ("denied", "urged", "condemned"); a neutral verb ("said", "added", "according to")
// leaves it to the content's cues; with no cue the act is COMMENT. Intensity is not decided here: the core
// derives it from the act.
import { countryIn } from './countries.ts';
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
  // Requests, invitations and proposals put something to the other side: APPEAL.
  urge: 'APPEAL', appeal: 'APPEAL', ask: 'APPEAL', request: 'APPEAL', propose: 'APPEAL', invite: 'APPEAL', suggest: 'APPEAL',
  agree: 'AGREE', accept: 'AGREE',
  welcome: 'SUPPORT', praise: 'SUPPORT', thank: 'SUPPORT', hail: 'SUPPORT', commend: 'SUPPORT', appreciate: 'SUPPORT',
  condemn: 'PROTEST', criticise: 'PROTEST', criticize: 'PROTEST', slam: 'PROTEST', denounce: 'PROTEST', protest: 'PROTEST',
  complain: 'PROTEST',
  admit: 'CONCEDE', acknowledge: 'CONCEDE', concede: 'CONCEDE',
};

/** Verbs whose act depends on what is said: "warned of retaliation" threatens, "warned that talks may fail" comments. */
const LEANING: Readonly<Record<string, Act>> = { warn: 'THREATEN', caution: 'THREATEN', vow: 'THREATEN', pledge: 'AGREE', promise: 'AGREE' };

// Word classes the cues share.
const TALKS = String.raw`(?:talks|negotiations?|discussions|consultations|dialogue|contacts|meetings?)`;
const DEAL = String.raw`(?:deal|agreement|accord|truce|ceasefire|cease-fire|understanding|declaration)`;
const FORCE = String.raw`(?:forces|troops|military|army|soldiers|militias?|rebels|jets|drones|artillery|operations)`;
const ATTACK = String.raw`(?:attack(?:s|ed|ing)?|shell(?:s|ed|ing)|strikes|struck|fir(?:ed|ing)|bomb(?:s|ed|ing|ardment)|target(?:s|ed|ing)?|invad\w+|incursions?|offensive|opened up)`;

/**
 * Content cues, tried in this order (the first act with a cue wins). Strong, explicit cues come first; the
 * vocabulary that merely accompanies an act ("violations" in a call to address them) comes after.
 */
const CUES: readonly [Act, RegExp][] = [
  ['DENY', /\b(?:deni(?:ed|es)|deny|baseless|unfounded|fabricated|no truth|not involved|no involvement|false (?:claims?|allegations?|propaganda))\b/i],
  ['REJECT', /\b(?:reject\w*|will not accept|won[’']t accept|unacceptable|refus\w+|rules? out|ruled out|no (?:talks|dialogue|negotiations?)|not a question of|be (?:immediately )?burned)\b/i],
  ['THREATEN', new RegExp(String.raw`\b(?:retaliat\w*|will fight|at (?:any|all) costs?|open war|consequences|will not hesitate|playing with fire|befitting (?:response|reply)|(?:would|will) be (?:answered|met|responded to)|lay down (?:our|their) (?:guns|arms|weapons)|will (?:defend|respond|strike|hit back)|defend\w* (?:the |our |its |their )?(?:territory|sovereignty|homeland|country|borders?|soil)|(?:de)?feat(?:ing)? the|destroy\w*|no intention of stopping|(?:no longer|not anymore|no more) (?:tolerate|bear|accept)|(?:tolerate|bear)\w* .{0,40}(?:but )?(?:not anymore|no more|no longer)|will (?:definitely |surely |certainly )?(?:conduct|carry out|launch) (?:\w+ )?(?:strikes|attacks|operations)|teach .{0,25}a lesson|(?:pay|paying) (?:a |the )?(?:heavy |high )?price|wants? to fight|so be it|will (?:crush|punish|eliminate|wipe out)|(?:give|deliver) (?:you |them )?(?:a |an )?(?:\w+ )?(?:response|reply|answer) (?:that|which)|bitter taste)\b`, 'i')],
  // Explicit demands, agreements, proposals, thanks and joint work outrank the incidental words around them
  // ("we call upon Pakistan to address these violations", "all parties have agreed to penalise the violating party").
  ['DEMAND', /\b(?:call(?:s|ed|ing)? (?:up)?on|demand(?:s|ed)? that|insist(?:s|ed)? (?:that|on))\b/i],
  ['AGREE', new RegExp(String.raw`\b(?:(?:have|has|had) (?:\w+ )?agreed|agreed (?:to|on|that|between)|(?:it|this) was agreed|(?:reached|struck|signed|sealed|finali[sz]ed|concluded|secured|brokered|worked out) (?:a |an |the )?(?:\w+ )?${DEAL}|agreements? (?:on|to|that)|(?:succeeded in|have) (?:establishing|established|achieving|achieved) (?:a |lasting )?peace|${DEAL} (?:will|would) (?:take effect|come into (?:force|effect)|lead to|provide for|include|see)|with effect from|(?:maintain|extend|observe|continu|keep)\w* (?:a |the )?(?:ceasefire|truce)|give (?:peace|diplomacy|talks) (?:another|a) chance|in (?:exchange|return) for)\b`, 'i')],
  ['APPEAL', /\b(?:propos(?:e|es|ed|ing) (?:to|a|an|that|the|holding)|handed .{0,40}(?:memorandum|proposal|plan|draft)|offers? (?:several |various |two |three )?(?:options|proposals)|invit(?:e|es|ed|ing) (?:\w+ ){1,4}?to|importance of (?:concluding|reaching|ending|holding|resolving)|taking advantage of this opportunity)\b/i],
  ['COOPERATE', /\b(?:work(?:ing)? (?:together|closely|jointly)|cooperat\w+ with|(?:continue|expand|deepen|strengthen)\w* (?:\w+ )?cooperation|ready to (?:\w+ )?(?:cooperat\w+|help|assist|support)|(?:offer(?:ed|s)?|ready|willing) to (?:assist|help|mediate)|seek (?:good|constructive|friendly) relations)\b/i],
  ['SUPPORT', /\b(?:thank\w*|welcom\w+|appreciat\w+|pleased|grateful|gratitude|confidence that)\b/i],
  ['ACCUSE', new RegExp(String.raw`\b(?:accus\w+|blam\w+|behind (?:it|the|this|these)|responsible for|violat\w+|provocations?|harbou?r\w*|sponsor\w*|targeting (?:women|children|civilians|innocent)|intrusion|killed .{0,40}(?:civilians|children|women)|unreasonable demands|not sincere|insinceri\w+|lack of (?:commitment|seriousness|sincerity)|playing in(?:to)? the hands|involved in the (?:killings?|attacks?)|(?:pushing|dragging) .{0,30}(?:towards?|into) (?:a |another |new )*(?:war|conflict|crisis)|(?:mines|explosives|bombs) (?:were|was|had been|have been) (?:laid|planted))\b`, 'i')],
  // The state of negotiations: under way, close to a deal, considering proposals.
  ['CONSULT', new RegExp(String.raw`\b(?:${TALKS} (?:\w+ ){0,12}?(?:(?:are|is|were|was|remain|remained|have been|has been) (?:still )?(?:under ?way|ongoing|in progress|continuing|being held)|began|begun|entered|continu(?:e|es|ed|ing)|resum\w+|will (?:be )?(?:co-)?(?:hosted|held|take place|resume|continue)|set to take place|have not ended)|still (?:in progress|ongoing|under ?way)|close to (?:being )?(?:finali[sz]ed|agreed|a deal|an agreement)|progress (?:towards?|on) (?:an? |the )?(?:agreement|deal|truce|ceasefire)|${DEAL} (?:may|could|might) be (?:announced|reached|signed)|(?:are|were|is|was) considering|at an? ["“]?(?:advanced|early|final) stage|open to (?:talks|dialogue|negotiations|offers|proposals))\b`, 'i')],
  ['DEMAND', /\b(?:must|demands?|(?:has|have) to (?!be\b)|precondition|non-negotiable|require[sd]?)\b/i],
  ['APPEAL', /\b(?:urg\w+|call(?:s|ed|ing)? for|appeal(?:s|ed|ing)? (?:to|for|on)|restraint|(?<!at the )request(?:s|ed|ing)?\b(?! of)|cease all|refrain from)\b/i],
  ['PROTEST', /\b(?:condemn\w*|denounc\w+|deplor\w+|outrage\w*)\b/i],
  ['SUPPORT', /\b(?:prais\w+|commend\w*|hail\w*|very good (?:meeting|results)|(?:a|an important) step (?:toward|towards)|new chapter|brotherly|will encourage|(?:remove|removes|removing) (?:the )?(?:barriers|obstacles))\b/i],
  ['COOPERATE', /\b(?:jointly|(?:resolve|solve|settle)[sd]? (?:the|this|their) (?:crisis|conflict|dispute|differences)|get (?:that|it) solved)\b/i],
  ['AGREE', /\b(?:agree[ds]?|agreeing|agreement (?:that|to)|accept\w*|understanding on|secured a|will (?:resolve|get (?:that|it) solved)|give effect to)\b/i],
  ['CONSULT', new RegExp(String.raw`\b(?:will (?:hold|meet|discuss)|hold (?:the |a |another )?(?:\w+ )?(?:round|meeting|talks)|discuss\w*|for (?:talks|consultations|negotiations)|will talk again|talks with .{0,30}mediators|with (?:the )?(?:international )?mediators|engag\w+ in (?:dialogue|talks|negotiations)|negotiating (?:delegation|team)|decided to sen[dt] a delegation|contacted|(?:tele)?phone (?:call|conversations?)|contacts with)\b`, 'i')],
  ['CONCEDE', /\b(?:admit\w*|mistakes?|conced\w+)\b/i],
];

/** A state named as the agent of an attack ("Thai forces carried out strikes", "Pakistan's target was …"). */
function foreignAttacker(text: string, speakerCountry: string | undefined): boolean {
  const re = new RegExp(String.raw`\b([A-Z][\w-]+)(?:[’']s)? (?:[\w-]+ ){0,6}?(?:${ATTACK}|target\b)`, 'g');
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
  const known = REPORTING_VERBS.get(v);
  if (known) return known;
  for (const lemma of [...Object.keys(VERB_ACTS), ...Object.keys(LEANING)]) {
    if (v === lemma || v.startsWith(lemma.replace(/e$/, '')) || v.startsWith(lemma.replace(/y$/, 'i'))) return lemma;
  }
  return v;
}

/** The act of a statement: its verb's when the verb carries one, else the first content cue, else COMMENT. */
export function classifyAct(verb: string | null, text: string, ctx: ActContext = {}): ActReading {
  const lemma = verbLemma(verb);
  // Rejecting an accusation denies it: "dismissed the allegations that …".
  if (lemma && VERB_ACTS[lemma] === 'REJECT' && /^(?:the |these |those |such |all )?(?:\S+ ){0,5}?(?:accusations?|allegations?|charges)\b/i.test(text)) {
    return { act: 'DENY', confidence: 0.85 };
  }
  if (lemma && VERB_ACTS[lemma]) return { act: VERB_ACTS[lemma]!, confidence: 0.9 };
  const lead = ctx.lead && ctx.lead.length <= 60 && !/[.!?]/.test(ctx.lead) ? `${ctx.lead} ` : '';
  const content = lead + text;
  let cue: Act | undefined = CUES.find(([, re]) => re.test(content))?.[0];
  // An attack by another state, with no stronger cue: the speaker accuses it.
  const weak = !cue || CUES.findIndex(([a]) => a === cue) > CUES.findIndex(([a]) => a === 'ACCUSE');
  if (weak && foreignAttacker(text, ctx.speakerCountry)) cue = 'ACCUSE';
  if (lemma && LEANING[lemma]) {
    const leaning = LEANING[lemma]!;
    if (!cue || cue === leaning) return { act: leaning, confidence: cue ? 0.85 : 0.6 };
    return { act: cue, confidence: 0.6 };
  }
  // An if/then about force with no other cue is a conditional threat ("if they choose confrontation, we will respond").
  if ((!cue || cue === 'COMMENT') && isConditional(text) && /\b(?:fight\w*|war|attack\w*|strike\w*|respon\w+|force|confrontation|retaliat\w*)\b/i.test(text)) {
    return { act: 'THREATEN', confidence: 0.6 };
  }
  if (cue) return { act: cue, confidence: 0.7 };
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
