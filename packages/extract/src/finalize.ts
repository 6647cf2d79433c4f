// The last pass over an article's candidates, in text order: what kind of speaker each is (a person, a body, a
// collective, an anonymous source), whose it is (affiliation, country), the actor it would be if new; "it",
// "they", "the ministry", "the statement" resolved to the body or group reported just before; the act, the
// conditional flag and the canonical text; and confidence capped where the speaker came from a weak rule or
// another paragraph.
import { classifyAct, isConditional } from './acts.ts';
import type { Article } from './context.ts';
import { countryName } from './countries.ts';
import type { Draft } from './draft.ts';
import { enrichSpeaker } from './enrich-speaker.ts';

const REFERENTS = /\b(?:the country|the state)\b/gi;

/** The reported clause as a sentence: capitalised, closed by a full stop, "the country"/"it" put for the speaker's state or body. */
export function canonicalOf(d: Draft): string {
  const c = d.cand;
  if (c.kind === 'DIRECT') return c.text;
  // Quotation marks go; an apostrophe inside a word (Pakistan’s) stays.
  let s = c.text
    .replace(/[“”"«»]/g, '')
    .replace(/‘|(?<!\p{L})[’']|[’'](?!\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sp = c.speaker;
  const spokes = sp?.kind === 'PERSON' && /spokes|ministry|office/i.test(sp.role ?? '');
  const owner = sp && (sp.kind !== 'PERSON' || spokes) ? (sp.country ? countryName(sp.country) : sp.kind === 'BODY' ? sp.name : undefined) : undefined;
  if (owner) {
    s = s.replace(REFERENTS, owner);
    s = s.replace(
      /^(?:it|they)\b(?=\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does|do|remains?|wants?|wanted|seeks?|sought)\b)/i,
      owner,
    );
  }
  s = s.replace(/[,;:\s—–-]+$/, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (!/[.!?…]$/.test(s)) s += '.';
  return s;
}

export function finalize(a: Article, drafts: Draft[]): void {
  const done: Draft[] = [];
  for (const d of drafts) {
    const { ref, cap } = enrichSpeaker(a, d, done);
    const c = d.cand;
    c.speaker = ref;
    let conf = Math.min(c.confidence, cap);
    // Attributed by a weak rule (continuation, possessive, embedded): never as sure as a verb next to the quote.
    if (d.how === 'inherited' || d.how === 'possessive' || d.how === 'embedded') conf = Math.min(conf, 0.75);
    c.confidence = Math.round(conf * 100) / 100;
    // The words between a reporting verb and its report ("expressed [confidence that] …") belong to the act.
    const vt = d.verbTok >= 0 ? a.tokens[d.verbTok] : undefined;
    const lead = vt && vt.end <= c.start && c.start - vt.end <= 60 ? a.text.slice(vt.end, c.start).trim() : undefined;
    const reading = classifyAct(c.verb, c.text, { ...(lead ? { lead } : {}), ...(ref?.country ? { speakerCountry: ref.country } : {}) });
    c.act = reading.act;
    c.actConfidence = reading.confidence;
    c.conditional = isConditional(c.text);
    c.canonicalText = canonicalOf(d);
    done.push(d);
  }
}
