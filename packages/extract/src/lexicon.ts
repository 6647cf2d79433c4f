// Closed word lists the rules read. Kept general to English news prose about states, armed groups and
// diplomacy; nothing here names a person.

/** Reporting verbs: lemma → surface forms. Irregular forms are listed; regular ones are generated. */
const VERB_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  speak: ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
};
const REGULAR_VERBS = [
  'add', 'state', 'warn', 'note', 'claim', 'insist', 'assert', 'declare', 'announce', 'stress', 'emphasize',
  'emphasise', 'affirm', 'reaffirm', 'reiterate', 'explain', 'post', 'tweet', 'remark', 'comment', 'quip', 'respond',
  'reply', 'answer', 'argue', 'allege', 'accuse', 'deny', 'vow', 'pledge', 'promise', 'threaten', 'urge', 'ask',
  'question', 'demand', 'remind', 'complain', 'admit', 'acknowledge', 'confirm', 'maintain', 'observe', 'suggest', 'recall',
  'predict', 'caution', 'conclude', 'charge', 'retort', 'counter', 'contend', 'disclose', 'reveal',
  'lament', 'boast', 'assure', 'inform', 'indicate', 'underline', 'underscore', 'highlight', 'mention', 'exclaim',
  'shout', 'proclaim', 'repeat', 'condemn', 'criticise', 'criticize', 'slam', 'dismiss', 'reject', 'hope', 'clarify',
  'believe', 'blame', 'thank', 'welcome', 'praise', 'hail', 'propose', 'request', 'call', 'describe', 'express', 'report',
];

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e')
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : /^(quip|slam|admit|regret)$/.test(lemma)
        ? `${lemma}${lemma.at(-1)}ed`
        : `${lemma}ed`;
  const ing = /^(quip|slam|admit)$/.test(lemma) ? `${lemma}${lemma.at(-1)}ing` : lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : `${stem}ing`;
  return [lemma, third, past, ing];
}

/** surface form → lemma */
export const REPORTING_VERBS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(VERB_LEMMAS)) for (const f of forms) REPORTING_VERBS.set(f, lemma);
for (const lemma of REGULAR_VERBS) for (const f of regularForms(lemma)) REPORTING_VERBS.set(f, lemma);

/** Verbs that say something was said, strongly enough to attribute a quotation on their own. */
export const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'write', 'add', 'state', 'warn', 'note', 'claim', 'insist', 'assert', 'declare', 'announce', 'stress',
  'emphasize', 'emphasise', 'affirm', 'reaffirm', 'reiterate', 'explain', 'post', 'tweet', 'remark', 'comment', 'quip',
  'respond', 'reply', 'answer', 'argue', 'allege', 'accuse', 'deny', 'vow', 'pledge', 'promise', 'threaten', 'urge',
  'ask', 'question', 'demand', 'remind', 'complain', 'admit', 'acknowledge', 'confirm', 'maintain', 'observe', 'suggest',
  'recall', 'predict', 'caution', 'conclude', 'charge', 'retort', 'counter', 'contend', 'disclose', 'reveal', 'lament',
  'boast', 'assure', 'inform', 'indicate', 'underline', 'underscore', 'highlight', 'mention', 'exclaim', 'shout',
  'proclaim', 'repeat', 'condemn', 'criticise', 'criticize', 'slam', 'dismiss', 'reject', 'hope', 'clarify', 'call',
  'describe',
]);

/**
 * Verbs reporting speech through an object rather than a clause: "accused Kabul of …", "urged them to …",
 * "vowed to …", "denied the allegations", "called for …", "described the deal as …", "expressing appreciation …".
 */
export const OBJECT_SPEECH_LEMMAS = new Set([
  'accuse', 'blame', 'urge', 'ask', 'request', 'call', 'pledge', 'vow', 'promise', 'threaten', 'deny', 'reject', 'dismiss',
  'welcome', 'praise', 'hail', 'thank', 'reaffirm', 'reiterate', 'confirm', 'announce', 'propose', 'demand', 'condemn',
  'describe', 'express', 'question', 'reveal',
]);

/** Verbs whose reported content may follow without "that" ("Asif said the talks failed"). */
export const BARE_CLAUSE_LEMMAS = new Set(['say', 'add', 'claim', 'insist', 'state', 'assert', 'stress', 'write', 'argue', 'believe', 'warn', 'note', 'admit', 'confirm', 'allege', 'suggest', 'contend']);

/** Verbs that take a hearer before their "that" ("told reporters that", "warned Kabul that"). */
export const OBJECT_LEMMAS = new Set(['tell', 'warn', 'assure', 'inform', 'remind', 'urge', 'caution', 'accuse']);

/** Verbs that report content in indirect speech at all (as opposed to merely characterising speech). */
export const INDIRECT_LEMMAS = new Set([
  'say', 'tell', 'write', 'add', 'state', 'warn', 'note', 'claim', 'insist', 'assert', 'declare', 'announce', 'stress',
  'emphasize', 'emphasise', 'affirm', 'reaffirm', 'reiterate', 'explain', 'post', 'tweet', 'remark', 'comment', 'argue',
  'allege', 'deny', 'vow', 'pledge', 'promise', 'threaten', 'complain', 'admit', 'acknowledge', 'confirm', 'maintain',
  'observe', 'suggest', 'recall', 'predict', 'caution', 'conclude', 'charge', 'contend', 'disclose', 'reveal', 'assure',
  'inform', 'indicate', 'underline', 'underscore', 'highlight', 'mention', 'proclaim', 'repeat', 'clarify', 'believe',
  'respond', 'reply', 'answer', 'retort', 'counter', 'report',
]);

/** Words that stand between a subject and its verb without changing who speaks. */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'also', 'further', 'then', 'later', 'once', 'again', 'previously', 'repeatedly', 'reportedly',
  'earlier', 'clearly', 'categorically', 'bluntly', 'firmly', 'flatly', 'strongly', 'openly', 'separately', 'recently',
  'would', 'will', 'had', 'is', 'was', 'were', 'are', 'been', 'be', 'did', 'does', 'do', 'long', 'already', 'not',
  'never', 'just', 'only', 'even', 'still', 'subsequently', 'publicly', 'privately', 'simply', 'explicitly', 'candidly',
  'angrily', 'sternly', 'sharply', 'emphatically', 'pointedly', 'curtly', 'tersely', 'plainly', 'directly', 'had',
  'too', 'himself', 'herself', 'themselves', 'itself', 'however', 'meanwhile', 'moreover', 'both', 'being', 'may',
  'might', 'could', 'should', 'can', 'must', 'shall', 'reportedly', 'allegedly', 'personally', 'now', 'today', 'all',
]);

/** Head nouns of a person's office: "the minister", "Defence Minister X", "X, a spokesman for …". */
export const TITLE_HEADS = new Set([
  'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'premier', 'chancellor', 'general', 'commander',
  'chief', 'governor', 'ambassador', 'envoy', 'representative', 'secretary', 'senator', 'lawmaker', 'legislator',
  'adviser', 'advisor', 'diplomat', 'emir', 'leader', 'mullah', 'mulla', 'maulana', 'mawlana', 'mawlawi', 'maulvi',
  'mufti', 'sheikh', 'cleric', 'director', 'director-general', 'mayor', 'deputy', 'king', 'prince', 'marshal',
  'colonel', 'brigadier', 'lieutenant', 'admiral', 'chairman', 'chairperson', 'chairwoman', 'secretary-general',
  'foreign secretary', 'premier', 'negotiator', 'mediator', 'commissioner', 'attaché', 'consul', 'ruler', 'founder',
  'dg', 'coas', 'mp', 'mna', 'senator', 'cm', 'pm', 'fm', 'head',
]);

/** Modifiers that make part of an office's name ("Defence", "Information", "Prime"). */
export const TITLE_MODIFIERS = new Set([
  'defence', 'defense', 'foreign', 'interior', 'information', 'finance', 'prime', 'deputy', 'acting', 'federal',
  'state', 'chief', 'army', 'special', 'senior', 'vice', 'military', 'home', 'commerce', 'trade', 'planning', 'law',
  'refugees', 'religious', 'affairs', 'higher', 'interim', 'caretaker', 'provincial', 'lt', 'lt.', 'lieutenant',
  'major', 'maj', 'gen', 'gen.', 'brig', 'field', 'de', 'facto', 'acting', 'education', 'health', 'water', 'energy',
  'petroleum', 'economic', 'political', 'national', 'security', 'top', 'former', 'first', 'second', 'assistant',
  'executive', 'general', 'minister', 'of', 'for', 'and', 'the', 'press', 'media', 'public', 'relations',
  'parliamentary', 'ministry', 'office', 'government', 'official', 'de-facto', 'foreign-affairs',
]);

/** Honorifics and ranks stripped before comparing names. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'maulana', 'mawlana', 'mullah', 'mulla', 'mawlawi',
  'maulvi', 'molvi', 'mufti', 'sheikh', 'shaikh', 'hazrat', 'haji', 'hafiz', 'qari', 'general', 'gen', 'lt',
  'lieutenant', 'field', 'marshal', 'major', 'maj', 'brigadier', 'brig', 'colonel', 'col', 'captain', 'capt',
  'admiral', 'president', 'prime', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'ambassador',
  'excellency', 'honourable', 'honorable', 'hon', 'the', 'his', 'her', 'defence', 'defense', 'foreign', 'interior',
  'information', 'finance', 'deputy', 'acting', 'federal', 'chief', 'army', 'governor', 'commander', 'emir', 'envoy',
  'secretary', 'special', 'representative', 'adviser', 'advisor', 'director', 'chairman', 'mr.', 'dr.', 'state',
  'interim', 'caretaker', 'king', 'prince', 'crown',
]);

/** Words that are never a speaker's name though capitalised: sentence openers, days, months, pronouns. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'but', 'or',
  'as', 'if', 'when', 'while', 'after', 'before', 'since', 'meanwhile', 'however', 'earlier', 'later', 'speaking',
  'asked', 'responding', 'referring', 'addressing', 'talking', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'there', 'here', 'both', 'each', 'every', 'some', 'many', 'all',
  'officials', 'sources', 'reports', 'analysts', 'observers', 'experts', 'residents', 'witnesses', 'police',
  'according', 'also', 'yet', 'still', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'hours', 'days', 'also',
  'read', 'more', 'related', 'comments', 'top', 'popular', 'background', 'leave', 'please', 'so', 'what', 'who',
  'which', 'where', 'why', 'how', 'not', 'no', 'yes', 'one', 'two', 'three', 'islamic', 'god', 'allah', 'insha',
]);

/**
 * Places, states, bodies and outlets that speak in this kind of news but are never a person. A single capitalised
 * word before "said" is taken for a person's surname unless it is here.
 */
export const NON_PERSONS = new Set([
  'pakistan', 'afghanistan', 'india', 'iran', 'china', 'qatar', 'turkey', 'türkiye', 'turkiye', 'saudi', 'arabia',
  'russia', 'america', 'us', 'usa', 'uk', 'britain', 'un', 'eu', 'uae', 'islamabad', 'kabul', 'delhi', 'new', 'doha',
  'istanbul', 'ankara', 'tehran', 'beijing', 'washington', 'moscow', 'riyadh', 'kandahar', 'khost', 'kunar',
  'paktika', 'nangarhar', 'helmand', 'herat', 'peshawar', 'quetta', 'lahore', 'karachi', 'rawalpindi', 'torkham',
  'chaman', 'balochistan', 'khyber', 'pakhtunkhwa', 'waziristan', 'kurram', 'bajaur', 'durand', 'taliban', 'ttp',
  'ispr', 'isi', 'pti', 'pml-n', 'ppp', 'tehrik', 'tehreek', 'emirate', 'ministry', 'office', 'government', 'army',
  'military', 'police', 'parliament', 'senate', 'assembly', 'cabinet', 'council', 'nations', 'united', 'states',
  'dawn', 'reuters', 'afp', 'ap', 'geo', 'ary', 'bbc', 'cnn', 'tolo', 'tolonews', 'ariana', 'aljazeera', 'al',
  'jazeera', 'express', 'tribune', 'news', 'x', 'twitter', 'facebook', 'the', 'foreign', 'interior', 'defence',
  'islamic', 'kingdom', 'republic', 'federation', 'union', 'nato', 'sco', 'oic', 'afghan', 'pakistani', 'indian',
  'iranian', 'chinese', 'qatari', 'turkish', 'american', 'kabul’s', 'islamabad’s', 'isil', 'isis', 'daesh', 'is-k',
  'iskp', 'unama', 'white', 'house', 'kremlin', 'fo', 'mofa', 'jui-f', 'jui', 'jamaat', 'tass', 'xinhua', 'anadolu',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const GROUP_PRONOUNS = new Set(['they', 'it']);

/** Adjectives of nationality or allegiance that qualify an office without naming it ("the Pakistani defence minister"). */
export const ALLEGIANCE = new Set([
  'pakistani', 'pakistan', 'pakistan’s', "pakistan's", 'afghan', 'afghanistan’s', "afghanistan's", 'taliban',
  'taliban’s', "taliban's", 'indian', 'iranian', 'chinese', 'qatari', 'turkish', 'saudi', 'american', 'us', 'un',
  'federal', 'interim', 'caretaker', 'former', 'then', 'current', 'country’s', "country's", 'kabul’s', "kabul's",
  'islamabad’s', "islamabad's", 'provincial', 'top', 'senior', 'the', 'a', 'an', 'his', 'her', 'its', 'their',
]);

/** Lowercase nouns that head an unnamed speaker: "a senior security source", "the Afghan side", "officials". */
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'side', 'delegation', 'government', 'regime', 'administration',
  'authorities', 'military', 'army', 'ministry', 'office', 'leadership', 'negotiators', 'negotiator', 'diplomat',
  'diplomats', 'commander', 'commanders', 'fighters', 'militants', 'police', 'residents', 'analysts', 'observers',
  'experts', 'statement', 'group', 'movement', 'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'ministers',
  'leader', 'leaders', 'rulers', 'mediators', 'team', 'embassy', 'mission', 'emirate', 'wing', 'forces', 'officer',
  'officers', 'lawmaker', 'lawmakers', 'envoy', 'council', 'cabinet', 'agency', 'service', 'channel', 'broadcaster',
  'media', 'outlet', 'newspaper', 'sides', 'parties', 'ministries', 'rebels', 'insurgents', 'separatists',
  'representatives',
]);

/** Adjectives that qualify such a noun: "senior", "security", "diplomatic". */
export const SPEAKER_ADJECTIVES = new Set([
  'senior', 'top', 'security', 'military', 'intelligence', 'diplomatic', 'local', 'provincial', 'federal', 'government',
  'foreign', 'defence', 'defense', 'interior', 'information', 'official', 'familiar', 'other', 'several', 'two', 'three',
  'some', 'many', 'interim', 'caretaker', 'border', 'district', 'police', 'army', 'informed', 'unnamed', 'anonymous',
  'former', 'ruling', 'opposition', 'islamic', 'afghan', 'pakistani', 'taliban', 'press', 'media', 'deputy', 'chief',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'some']);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'with', 'from', 'to', 'for', 'after', 'before', 'over', 'through', 'during', 'about',
  'against', 'into', 'via', 'upon', 'amid', 'under', 'since', 'while', 'outside', 'inside', 'near', 'across', 'of',
  'following', 'ahead', 'despite', 'without', 'within', 'toward', 'towards', 'regarding',
]);

/** Words that open a new clause: the subject of a verb is looked for after the last of them. */
export const CLAUSE_BREAKS = new Set([
  'that', 'after', 'before', 'when', 'while', 'because', 'since', 'but', 'which', 'who', 'if', 'although', 'though',
  'where', 'until', 'whereas', 'as', 'and', 'so', 'with', 'hours', 'days', 'whom', 'whose', 'once', 'unless',
]);

export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "it's", 'it’s']);

export const NAME_PARTICLES = new Set(['bin', 'ibn', 'ul', 'al', 'ud', 'ur', 'el', 'de', 'van', 'von', 'da', 'di']);
