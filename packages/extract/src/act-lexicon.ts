// The act lexicon: per PLOVER class, the reporting verbs that name it, the multi-word verbs of the class, and the
// content words and constructions that carry it without such a verb. Data only; src/acts.ts reads it by the
// precedence written there. Every entry is general diplomatic or conflict language, never a phrase of one article.
import type { Act } from './types.ts';

export type Classed = Exclude<Act, 'COMMENT'>;

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
export const LEANING: Readonly<Record<string, Classed>> = { warn: 'THREATEN', caution: 'THREATEN', vow: 'THREATEN', pledge: 'AGREE', promise: 'AGREE' };

/**
 * Multi-word verbs: the verb and the words right after it (its particle or object noun). Read on the reporting verb
 * with the words between it and its report, and inside a reported clause.
 */
export const VERB_PHRASES: Readonly<Record<Classed, readonly string[]>> = {
  DENY: [String.raw`(?:rejected|dismissed|refuted) (?:the |these |those |such |all |any )?(?:\S+ ){0,4}?(?:accusations?|allegations?|charges|reports?)`],
  REJECT: [String.raw`rul\w* out`,
    // Walking away from a truce or from talks refuses them.
    String.raw`(?:abandon|suspend|postpon|withdr[ae]w\w* from|pull\w* out of|walk\w* (?:out of|away from)|quit)\w* (?:\S+ ){0,3}?(?:truce|ceasefire|cease-fire|talks|negotiations|deal|agreement|accord|participation|dialogue)`, String.raw`turn\w* down`, String.raw`(?:will|would|can|could|do|does|did) not accept`, String.raw`won[’']t accept`],
  THREATEN: [],
  ACCUSE: [String.raw`h[oe]ld\w* (?:\S+ ){1,4}?responsible`,
    // Breaking a deal is an act one side charges the other with: "the army repeatedly broke the agreements".
    String.raw`(?:violat(?:ed|es|ing)|broke|breaks|breaking|breached|breaching) (?:the |a |an |its |their |our |all |several |repeated )?(?:\w+ ){0,2}?(?:agreements?|ceasefire|truce|deal|accords?|consensus|commitments?|terms|promises?|understanding)`,
    String.raw`(?:responsibility|blame) (?:lies|rests|lay|rested) (?:\w+ ){0,2}?(?:with|on)`, String.raw`bears? (?:the )?(?:\w+ )?responsibility`, String.raw`point\w* (?:the |a )?finger`],
  PROTEST: [String.raw`express\w* (?:\w+ )?(?:outrage|dismay|displeasure|indignation|protest)`, String.raw`lodg\w* (?:a |an )?(?:\w+ )?protest`, String.raw`summon\w* (?:the |a )?(?:\w+ )?(?:envoy|ambassador|charg[ée] d[’']affaires|diplomat)`],
  DEMAND: [String.raw`(?:issu|set|gave|give)\w* (?:a |an )?(?:\w+ )?ultimatum`, String.raw`(?:we|i|they|also|strongly|therefore|again) demand`, String.raw`demand\w* that`],
  APPEAL: [String.raw`call\w* (?:for|on|upon)`, String.raw`ask\w* (?:\S+ ){1,4}?to`, String.raw`encourag\w* (?:\S+ ){1,4}?to`,
    // Putting a proposal, plan or memorandum to the other side proposes it.
    String.raw`(?:hand|submit|present|table|put forward|offer|tabl)\w* (?:\S+ ){0,3}?(?:a |an |the |its |their )?(?:\w+ )?(?:proposals?|plans?|memorandum|draft|initiative|roadmap|options)`],
  AGREE: [String.raw`(?:reach|struck|strike|seal|conclud|secur|finali[sz]|broker|work)\w* (?:out )?(?:a |an |the )?(?:\S+ ){0,2}?(?:deal|agreement|accord|truce|ceasefire|cease-fire|understanding)`, String.raw`commit(?:s|ted|ting)? (?:\w+ )?to`, String.raw`(?:implement\w*|give effect to) (?:this |the |an? )?(?:\w+ )?(?:deal|agreement|accord|truce|ceasefire|understanding)`, String.raw`(?:will|would|shall) (?:fully |strictly )?(?:abide|comply|respect|honou?r|implement|observe)`,
    // Compliance with a deal or an order to keep it is keeping one's word.
    String.raw`(?:abid(?:e|es|ed|ing) by|adher(?:e|es|ed|ing) to|compl(?:y|ies|ied|ying) with)`],
  SUPPORT: [String.raw`express\w* (?:\w+ )?(?:gratitude|appreciation|support|confidence|satisfaction|thanks|solidarity)`, String.raw`(?:backs|backed|backing) (?:the|a|an|its|their)`, String.raw`(?:we|i|they|will|would|fully|strongly|firmly|continue to) support`,
    // Predicates of approval and thanks name the act as a verb does ("we are pleased", "grateful for").
    String.raw`pleased`, String.raw`grateful`, String.raw`gratitude`, String.raw`appreciation`],
  CONSULT: [String.raw`h[oe]ld\w* (?:the |a |an |another |further |more |new |direct |\w+ )?(?:\w+ )?(?:talks|round|meeting|negotiations|consultations|discussions|dialogue)`, String.raw`receiv\w* (?:a |an |the )?(?:\w+ )?(?:delegation|envoy|ambassador|minister)`, String.raw`(?:tele)?phone (?:calls?|conversations?)`, String.raw`(?:spoke|spoken|speaks|speaking|talked) (?:by phone |on the phone )?(?:with|to) (?!reporters|journalists|the (?:media|press)|media|press|state\b|a (?:news|press)|[\w-]+ (?:news|television|tv|radio|newspaper|daily))`, String.raw`engag\w* in (?:\w+ )?(?:dialogue|talks|negotiations|consultations)`, String.raw`sen[dt]\w* (?:a |an )?(?:\w+ )?(?:delegation|envoy)`],
  CONCEDE: [String.raw`took (?:full )?responsibility`, String.raw`take (?:full )?responsibility`],
  COOPERATE: [String.raw`work\w* (?:together|closely|jointly|with)`, String.raw`(?:ready|willing|prepared|offer\w*) to (?:\w+ )?(?:help|assist|mediate|cooperate|contribute)`, String.raw`(?:continu|expand|deepen|strengthen|enhanc)\w* (?:\w+ )?(?:cooperation|ties|relations|partnership)`,
    String.raw`seek\w* (?:good|better|friendly|constructive|positive|normal|neighbou?rly) (?:\w+ )?(?:relations|ties)`,
    // Settling a dispute between parties is mediation.
    String.raw`(?:resolv|solv|settl|defus)\w* (?:the|this|their|a) (?:\w+ )?(?:crisis|conflict|dispute|differences|tensions)`],
  RETREAT: [String.raw`pull\w* (?:back|out)`, String.raw`(?:releas|fre)\w* (?:\S+ ){0,3}?(?:prisoners|detainees|hostages|captives)`, String.raw`(?:lift|eas|reopen)\w* (?:the )?(?:\w+ )?(?:restrictions|blockade|border|crossings?|sanctions)`],
};

/** Content words and constructions of a class with no act verb: nouns, modals, the state of talks, threats of force. */
export const TALKS = String.raw`(?:talks|negotiations?|discussions|consultations|dialogue|contacts|meetings?)`;
export const DEAL = String.raw`(?:deal|agreement|accord|truce|ceasefire|cease-fire|understanding|declaration)`;
export const ATTACK = String.raw`(?:attack(?:s|ed|ing)?|shell(?:s|ed|ing)|strikes|struck|fir(?:ed|ing)|bomb(?:s|ed|ing|ardment)|target(?:s|ed|ing)?|invad\w+|incursions?|offensive|opened up)`;

export const FORCE = /\b(?:fight\w*|war|attack\w*|strike\w*|respon\w+|force|confrontation|retaliat\w*|offensive|destroy\w*|devastat\w*)\b/i;

/** Marked content, outranking the act verbs: negations of a claim, refusals, threats of force. */
export const MARKED: readonly [Classed, RegExp][] = [
  ['DENY', /\b(?:(?:claims?|allegations?|accusations?|charges|reports?) (?:\S+ ){0,4}?(?:is|are|was|were) (?:\S+ ){0,4}?(?:false|lies|untrue|fake|propaganda|provocation|disinformation|fabricat\w+|misleading|slander\w*)|(?:are|were|is|was|nothing but|pack of|spread\w*|tell\w*|full of) (?:\w+ )?lies|untrue|not true|fake news|baseless|unfounded|groundless|fabricated|no truth|not involved|no involvement|nothing to do with|false (?:claims?|allegations?|accusations?|reports?|propaganda))\b/i],
  // Refusing talks, a signature or the table until a condition is met sets a condition: "would not negotiate unless …".
  ['DEMAND', /\b(?:not|never|no)\b (?:\w+ ){0,3}?(?:negotiat\w*|talk\w*|dialogue|sign\w*|sit|go|return|join|attend|participate|engage|consider|accept|agree)\b(?:(?![.;!?]).){0,100}\b(?:until|unless|before|as long as)\b/i],
  ['REJECT', /\b(?:(?:truce|ceasefire|cease-fire|deal|agreement) (?:no longer exists|is over|is dead)|farce|charade|sham|non-starter|absurd|ridiculous|nonsense|not (?:practical|realistic|feasible|viable|an option|acceptable)|(?:(?:will|would|shall|must|can|could) (?:not|never)|cannot|won[’']t)(?: and (?:will|shall|would) (?:not|never))? (?:\w+ )?(?:allow|engage in|give in|bow|yield|succumb|surrender|recogni[sz]e|be (?:blackmailed|intimidated|dictated|coerced))|unacceptable|no (?:talks|dialogue|negotiations?)|(?:will|shall) never (?:accept|agree|negotiate|talk))\b/i],
  // A failure blamed on the other side accuses it: "… because the government refused to respond".
  ['ACCUSE', /\b(?:because|due to)\b (?:of )?(?:\S+ ){0,6}?(?:refus\w+|fail\w+|(?:has|had|have|did|does|do) (?:not|never)|violat\w+|obstruct\w+|sabotag\w+|intransigen\w+)/i],
  ['THREATEN', /\b(?:retaliat\w*|reprisals?|consequences|open war|all-out war|befitting (?:response|reply)|(?:decisive|strong|forceful|crushing|firm|full) (?:response|reply|answer)|(?:will|would|shall) (?:be )?(?:respond\w*|answer\w*|met|hit back|strike back|fight|strike|retaliate)|(?:will|would) not hesitate|(?:pay|paying) (?:a |the )?(?:heavy |high |dear |steep )?price|playing with fire|teach .{0,25}a lesson|defend\w* (?:the |our |its |their )?(?:territory|sovereignty|homeland|country|borders?|soil)|(?:no longer|not anymore|no more) (?:tolerate|bear|accept)|(?:tolerat|bor|bear|endur)\w* .{0,50}(?:not anymore|no more|no longer)|(?:misread|misjudg|underestimat|test)\w* (?:\S+ ){0,4}?resolve|(?:give|show)\w* (?:you|them|him|her) (?:\w+ ){0,2}taste of|(?:defeat|destroy|crush|annihilat|obliterat)\w* (?:the|their|our) (?:\w+ ){0,2}?(?:enemy|enemies|military|army|forces|machine|regime|tyranny)|will (?:\w+ )?(?:crush|punish|eliminate|wipe out|destroy|obliterate)|will (?:\w+ )?(?:conduct|carry out|launch) (?:\w+ )?(?:strikes|attacks|operations)|(?:fight|strike|hit)\w* back|(?:will|shall) (?:\w+ )?attack|(?:order|instruct|direct)\w* (?:the )?(?:\w+ )?(?:army|armed forces|military|troops|forces) to (?:\w+ ){0,3}?(?:fight|attack|strike|resume|take|respond|retaliate|launch|destroy|act)|(?:will|would|shall|to) (?:\w+ )?(?:renew|resume|intensify|step up|launch|continue) (?:\w+ ){0,2}?(?:offensive|military (?:operations|actions?)|attacks|strikes|hostilities|fighting)|(?:military (?:actions?|operations)|the offensive|fighting) (?:will|would) (?:continue|go on|resume))\b/i],
];

/** Content words by class, tried after the act verbs, in this order. */
export const CONTENT: readonly [Classed, RegExp][] = [
  ['DEMAND', /\b(?:only (?:if|when|after)|on (?:the )?condition that|expects? (?:\S+ ){1,6}?to (?!be\b)|must|(?:has|have|had) to (?!be\b)|precondition|non-negotiable|ultimatum|our (?:demands?|conditions))\b/i],
  ['ACCUSE', /\b(?:accusations?|(?:was|were|is|are) behind|responsible for|violat\w+|breach\w*|provocations?|provok\w+|provocative|aggression|harbou?r\w*|sponsor\w*|(?:targeting|killed|killing) (?:\w+ ){0,4}?(?:civilians|children|women|innocent)|involved in (?:the )?(?:\w+ )?(?:killings?|attacks?|violence|terror\w*|bombings?|trafficking|smuggling|crimes?)|(?:push|drag)\w* .{0,30}(?:towards?|into) (?:a |an |another |new )*(?:war|conflict|crisis)|playing (?:in|into) the hands|not sincere|insinceri\w+|lack of (?:commitment|seriousness|sincerity|good faith)|bad faith|unreasonable)\b/i],
  ['APPEAL', /\b(?:restraint|refrain from|de-?escalat\w+|it (?:is|will be|would be|was) (?:\w+ )?(?:important|essential|vital|crucial|necessary|imperative) (?:for (?:\S+ ){1,4}?)?to|(?:we|i) (?:\w+ )?hope (?:that )?(?:\S+ ){1,3}?(?:will|would|can)|should (?:\w+ )?(?:adhere|abide|respect|refrain|stop|end|cease|halt|return|resume|engage|exercise|show|pursue|seek|avoid|choose|work|negotiate|sit|come|be given priority|give priority|prioriti[sz]e))\b/i],
  ['PROTEST', /\b(?:regrettabl\w*|deplorabl\w*|(?:we|i) (?:deeply |strongly )?regret|(?:deeply|gravely|seriously) (?:concerned|troubled|disturbed)|condemnable|outrageous)\b/i],
  ['SUPPORT', /\b(?:gratitude|appreciation|grateful|pleased|thanks to|(?:a|an) (?:\w+ ){0,2}?(?:step|milestone) (?:toward|towards|forward|in the right direction)|(?:positive|encouraging|welcome|important|significant|historic|major) (?:step|development|outcome|signal|milestone|achievement|breakthrough)|new chapter|(?:our|their|its|full|continued|unwavering|strong) support (?:to|for)|(?:very )?(?:good|productive|fruitful|constructive) (?:meeting|talks|discussions?))\b/i],
  ['COOPERATE', /\b(?:jointly|joint (?:mechanism|efforts?|monitoring|committee|working group|patrols?))\b/i],
  ['AGREE', new RegExp(String.raw`\b(?:agreements? (?:on|to|that)|${DEAL} (?:holds|is holding|(?:will|would) (?:take effect|come into (?:force|effect)|include|provide|lead to|see)|provides? for)|with effect from|in (?:exchange|return) for)\b`, 'i')],
  ['CONSULT', new RegExp(String.raw`\b(?:${TALKS} (?:\w+ ){0,12}?(?:(?:are|is|were|was|remain|remained|have been|has been) (?:still )?(?:under ?way|ongoing|in progress|continuing|being held)|began|begun|entered|continu(?:e|es|ed|ing)|resum\w+|will (?:be )?(?:co-)?(?:hosted|held|take place|resume|continue)|set to|have not ended)|(?:still|remain\w*) (?:in progress|ongoing|under ?way)|close to (?:being )?(?:finali[sz]ed|agreed|a deal|an agreement)|progress (?:towards?|on) (?:an? |the )?${DEAL}|${DEAL} (?:may|could|might) be (?:announced|reached|signed)|(?:are|were|is|was) considering|at an? ["“]?(?:advanced|early|final) stage|open to (?:talks|dialogue|negotiations|offers|proposals)|(?:ready|prepared|willing) (?:for|to) (?:\w+ ){0,2}?(?:dialogue|talks|negotiat\w+|meet|discuss)|for (?:talks|consultations|negotiations)|next round|round of ${TALKS}|${TALKS} with)\b`, 'i')],
  ['CONCEDE', /\b(?:(?:our|my|a|the) mistakes?|we (?:erred|made mistakes?))\b/i],
];
