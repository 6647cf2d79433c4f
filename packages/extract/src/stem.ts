// A light English stemmer. Both sides of a comparison pass through it, so consistency matters more than
// linguistic accuracy: "tolerate", "tolerated", "tolerating" and "tolerance"-free forms all land on "tolerat".

const IRREGULAR: Record<string, string> = {
  borne: 'bear', bore: 'bear', born: 'bear', gave: 'give', given: 'give', took: 'take', taken: 'take', fled: 'flee',
  saw: 'see', seen: 'see', knew: 'know', known: 'know', thought: 'think', brought: 'bring', sought: 'seek',
  fought: 'fight', won: 'win', lost: 'lose', told: 'tell', said: 'say', says: 'say', went: 'go', gone: 'go',
  made: 'make', came: 'come', held: 'hold', left: 'leave', meant: 'mean', broke: 'break', broken: 'break',
  chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', wrote: 'write', written: 'write',
  spoke: 'speak', spoken: 'speak', stood: 'stand', led: 'lead', paid: 'pay', sent: 'send', spent: 'spend',
  built: 'build', kept: 'keep', felt: 'feel', began: 'begin', begun: 'begin', got: 'get', gotten: 'get',
  ran: 'run', struck: 'strike', stricken: 'strike', threw: 'throw', thrown: 'throw', sold: 'sell', bought: 'buy',
  caught: 'catch', taught: 'teach', understood: 'understand', withdrew: 'withdraw', withdrawn: 'withdraw',
  forgave: 'forgive', forgiven: 'forgive', forgot: 'forget', forgotten: 'forget', rose: 'rise', risen: 'rise',
  shot: 'shoot', hid: 'hide', hidden: 'hide', bent: 'bend', dealt: 'deal', met: 'meet', slain: 'slay', slew: 'slay',
  children: 'child', people: 'people', men: 'man', women: 'woman', lives: 'life', wives: 'wife', enemies: 'enemy',
  countries: 'country', allies: 'ally', cries: 'cry', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
  madly: 'mad', insanely: 'insane', blindly: 'blind', completely: 'complete', totally: 'total', fully: 'full',
  surely: 'sure', definitely: 'definite', certainly: 'certain', absolutely: 'absolute', entirely: 'entire',
  utterly: 'utter', indiscriminately: 'indiscriminate', repeatedly: 'repeat', again: 'again', news: 'news',
  anymore: 'anymore', always: 'always', series: 'series', species: 'species', analysis: 'analysis', crisis: 'crisis',
  this: 'this', his: 'his', its: 'its', is: 'is', was: 'was', has: 'has', does: 'does', us: 'us', bus: 'bus',
  yes: 'yes', less: 'less', unless: 'unless', across: 'across', afghanistan: 'afghanistan', pakistan: 'pakistan',
  taliban: 'taliban', paktika: 'paktika', kabul: 'kabul', islamabad: 'islamabad',
};

const VOWEL = /[aeiouy]/;

/** Stem of one lowercase word. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irr = IRREGULAR[w];
  if (irr) return trimE(irr);
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ed') && s.length > 4 && VOWEL.test(s.slice(0, -2))) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ing') && s.length > 5 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  if (s.endsWith('ment') && s.length > 7) s = s.slice(0, -4);
  if (s.endsWith('y') && s.length > 4 && !VOWEL.test(s.at(-2)!)) s = `${s.slice(0, -1)}i`;
  return trimE(s);
}

function undouble(s: string): string {
  return /([bdfgklmnprt])\1$/.test(s) && !/(?:ll|ss|zz)$/.test(s) ? s.slice(0, -1) : s;
}

function trimE(s: string): string {
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}
