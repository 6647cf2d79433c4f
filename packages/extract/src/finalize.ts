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

const PARTICIPLE = /^(?:saying|adding|stressing|noting|insisting|arguing|explaining)$/i;
// Acts a clause names by its verb. Agreement and talks are read from nouns too ("the agreement", "the talks"),
// which a clause mentions without doing them.
const CARRIED = new Set(['APPEAL', 'ACCUSE', 'REJECT', 'DENY', 'DEMAND', 'THREATEN', 'PROTEST']);

/**
 * "Fidan appealed to both sides to show restraint, saying …": a participle's report carries on the act of the
 * clause it hangs on, when that clause names one (appealed, accused, rejected, warned); null otherwise.
 */
function matrixReading(a: Article, vt: Article['tokens'][number] | undefined, verbTok: number) {
  if (!vt || !PARTICIPLE.test(vt.text) || !/,\s*$/.test(a.text.slice(Math.max(0, vt.start - 3), vt.start))) return null;
  const sentence = a.sentences[a.sentenceOfToken[verbTok]!];
  if (!sentence) return null;
  const clause = a.masked.slice(a.tokens[sentence.from]!.start, vt.start).replace(/[,\s]+$/, '');
  const reading = classifyAct('said', clause);
  return CARRIED.has(reading.act) ? reading : null;
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
    const matrix = matrixReading(a, vt, d.verbTok);
    const chosen = matrix && (reading.act === 'COMMENT' || matrix.confidence > reading.confidence) ? matrix : reading;
    c.act = chosen.act;
    c.actConfidence = chosen.confidence;
    c.conditional = isConditional(c.text);
    c.canonicalText = canonicalOf(d);
    done.push(d);
  }
}
