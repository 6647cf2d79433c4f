// Indirect speech: "X said (that) CLAUSE", "X told reporters that CLAUSE", "according to X, CLAUSE",
// "CLAUSE, according to X" and "CLAUSE, X said". The span is the reported clause alone.
import { subjectOf } from './attribution.ts';
import { clauseEnd, clauseStart, hasFinite, reportedSpan, TAIL_OPENERS } from './clause-bounds.ts';
import type { Article } from './context.ts';
import type { Draft } from './draft.ts';
import { AUXILIARIES, INDIRECT_LEMMAS, OBJECT_SPEECH_LEMMAS, PREPOSITIONS } from './lexicon.ts';
import { allNounish, npForward, type NP } from './noun-phrase.ts';
import { accordingTo } from './post-attribution.ts';
import { objectStart, quotedContent } from './reporting-objects.ts';
import { verbAt } from './reporting-verb.ts';
import { speakerFromNP } from './speaker-ref.ts';
import type { SpeakerRef } from './types.ts';

/** "We believe …" in an unmarked quotation is the speaker's own words, not a report of someone else's. */
const FIRST_PERSON = /^(?:we|i|you|us|me)$/i;
/** Heads of "according to" phrases that cite documents or norms, not speakers. */
const NOT_SOURCES =
  /^(report|reports|law|laws|data|figures|estimates|statistics|survey|agreement|plan|schedule|tradition|sharia|constitution|rules|rule|media|records|documents|reports|sources’)$/;
/** Nouns that report speech and take a "that" clause: "X's announcement that …", "the minister's warning that …". */
const REPORT_NOUNS =
  /^(?:announcement|statement|claim|claims|assertion|warning|insistence|pledge|promise|assurance|declaration|admission|allegation|accusation|denial|remarks|comments|suggestion|proposal|demand|call|threat|vow|message)$/;

function draft(
  a: Article,
  span: { start: number; end: number },
  speaker: SpeakerRef | null,
  verb: string,
  verbTok: number,
  sentence: number,
  how: Draft['how'],
): Draft {
  let confidence = how === 'that' ? 0.75 : how === 'according' ? 0.7 : 0.6;
  if (!speaker?.name) confidence *= 0.6;
  return {
    cand: {
      text: a.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      kind: 'INDIRECT',
      speaker,
      verb,
      channel: 'UNKNOWN',
      saidOn: null,
      datePrecision: 'APPROXIMATE',
      confidence: Math.round(confidence * 100) / 100,
      act: 'COMMENT',
      actConfidence: 0,
      conditional: false,
      canonicalText: '',
    },
    sentence,
    anchor: a.tokens[verbTok]!.start,
    how,
    verbTok,
  };
}

function acceptableSource(a: Article, np: NP): boolean {
  const last = a.tokens[np.to - 1]!;
  if (NOT_SOURCES.test(last.lower)) return false;
  const after = a.tokens[np.to];
  // "according to Islamic law": the phrase ran on past what npForward took; it is no speaker.
  return !after || !after.word || PREPOSITIONS.has(after.lower);
}

/** ", he said." or ", said a spokesman." closing a sentence: the speaker and the comma before it. */
function postReport(a: Article, k: number, floor: number, to: number): { np: NP; before: number } | null {
  const { tokens } = a;
  const endsAt = (i: number): boolean => {
    if (i >= to || tokens[i]!.text === '.' || tokens[i]!.text === '!' || PREPOSITIONS.has(tokens[i]!.lower)) return true;
    // "… confirmed late Thursday." — a short adjunct of time before the sentence ends.
    // "…, sources have told The National." / "…, Egyptian media said, Anadolu reports."
    if (tokens[i]!.cap && tokens[i]!.word) {
      let o = i;
      while (o < to && o - i < 4 && (tokens[o]!.cap || tokens[o]!.lower === 'the')) o++;
      if (o >= to || tokens[o]!.text === '.') return true;
    }
    if (tokens[i]!.lower === 'reporters' && (i + 1 >= to || tokens[i + 1]!.text === '.')) return true;
    if (tokens[i]!.text === ',' && i + 3 >= to - 1) return true;
    // "…, the army said, adding that …" / "…, the army said, but the rebels denied it": another clause follows.
    if (tokens[i]!.text === ',' && tokens[i + 1]?.q === -1 && (TAIL_OPENERS.test(tokens[i + 1]!.lower) || /^(?:but|whereas)$/.test(tokens[i + 1]!.lower)))
      return true;
    let j = i;
    while (
      j < to &&
      j - i < 4 &&
      tokens[j]!.word &&
      /^(?:late|early|earlier|later|on|this|last|yesterday|today|tonight|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
        tokens[j]!.lower,
      )
    )
      j++;
    return j > i && (j >= to || tokens[j]!.text === '.');
  };
  if (tokens[k - 1]?.text === ',') {
    const np = npForward(a, k + 1);
    return np && endsAt(np.to) && k - 1 > floor ? { np, before: k - 1 } : null;
  }
  let c = k - 1;
  while (c >= floor && tokens[c]!.word && !tokens[c]!.cap && AUXILIARIES.has(tokens[c]!.lower)) c--;
  let j = c;
  while (j >= floor && (tokens[j]!.word || tokens[j]!.text === '’s' || tokens[j]!.text === '-') && tokens[j]!.q < 0 && c - j < 12) j--;
  if (j <= floor || tokens[j]!.text !== ',' || tokens[j]!.q >= 0) return null;
  let np = npForward(a, j + 1);
  // "officials from both sides said", "Sudanese authorities and a diplomat said": the whole phrase speaks.
  if (np && np.to !== c + 1 && allNounish(a, { from: j + 1, to: c + 1 })) np = { from: j + 1, to: c + 1 };
  return np && np.to === c + 1 && endsAt(k + 1) ? { np, before: j } : null;
}

export function extractIndirect(a: Article): Draft[] {
  const out: Draft[] = [];
  const { tokens } = a;
  a.sentences.forEach((s, sIdx) => {
    let prior: Draft | undefined;
    // Verbs inside a clause already reported belong to it ("questioned how India concluded that …").
    let insideUntil = -1;
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k]!;
      if (t.q >= 0) continue;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        const np = accordingTo(a, k + 2);
        if (!np || !acceptableSource(a, np)) continue;
        const speaker = speakerFromNP(a, np);
        const after = tokens[np.to];
        let span: { start: number; end: number } | null = null;
        if (after?.text === ',') span = reportedSpan(a, np.to + 1, s.to);
        else if (tokens[k - 1]?.text === ',' && (!after || after.text === '.' || after.q >= 0) && !out.some((o) => o.sentence === sIdx))
          span = reportedSpan(a, s.from, k - 1);
        if (span) {
          prior = draft(a, span, speaker, 'according to', k, sIdx, 'according');
          out.push(prior);
        }
        continue;
      }
      // "X's announcement that CLAUSE": a possessive speaker and a reporting noun with its clause.
      if (REPORT_NOUNS.test(t.lower) && tokens[k + 1]?.lower === 'that' && /[’']s$/.test(tokens[k - 1]?.text ?? '') && t.start >= insideUntil) {
        let from = k - 1;
        while (
          from - 1 >= s.from &&
          tokens[from - 1]!.word &&
          tokens[from - 1]!.q < 0 &&
          (tokens[from - 1]!.cap ||
            /^(?:the|foreign|defence|defense|interior|prime|deputy|ministry|minister|army|government|spokesperson|spokesman)$/i.test(
              tokens[from - 1]!.lower,
            )) &&
          k - from < 8
        )
          from--;
        while (from < k - 1 && tokens[from]!.lower === 'the') from++;
        if (tokens[k - 1]!.cap) {
          const span = reportedSpan(a, k + 2, clauseEnd(a, k + 2, s.to));
          if (span) {
            prior = draft(a, span, speakerFromNP(a, { from, to: k }), t.text.toLowerCase(), k, sIdx, 'possessive');
            out.push(prior);
            insideUntil = span.end;
            continue;
          }
        }
      }
      // ", says Prime Minister X." / ", the ministry confirmed late Thursday.": the report closes the sentence.
      if (t.start < insideUntil) continue;
      if (tokens[k - 1]?.text === ',' && verbAt(a, k, INDIRECT_LEMMAS)) {
        const post = postReport(a, k, s.from, s.to);
        if (post && hasFinite(a, s.from, post.before)) {
          const span = reportedSpan(a, s.from, post.before);
          if (span && !a.top.some((q) => q.start < span.end && span.start < q.end)) {
            prior = draft(a, span, speakerFromNP(a, post.np), t.text.toLowerCase(), k, sIdx, 'bare');
            out.push(prior);
            continue;
          }
        }
      }
      const objLemma = verbAt(a, k, OBJECT_SPEECH_LEMMAS);
      if (objLemma) {
        const from = objectStart(a, k, objLemma);
        if (from >= 0 && !quotedContent(a, from, s.to)) {
          const speaker = subjectOf(a, k, prior);
          const span = speaker && !FIRST_PERSON.test(speaker.text) ? reportedSpan(a, from, clauseEnd(a, from, s.to)) : null;
          if (speaker && span) {
            prior = draft(a, span, speaker, t.text.toLowerCase(), k, sIdx, 'bare');
            out.push(prior);
            insideUntil = span.end;
            continue;
          }
        }
      }
      const lemma = verbAt(a, k, INDIRECT_LEMMAS);
      if (!lemma) continue;
      const c = clauseStart(a, k, lemma);
      if (c >= 0) {
        const speaker = subjectOf(a, k, prior);
        if (!speaker || FIRST_PERSON.test(speaker.text)) continue;
        const span = reportedSpan(a, c, clauseEnd(a, c, s.to));
        if (!span) continue;
        prior = draft(a, span, speaker, t.text.toLowerCase(), k, sIdx, tokens[c - 1]?.lower === 'that' ? 'that' : 'bare');
        out.push(prior);
        insideUntil = span.end;
        continue;
      }
      // "CLAUSE, he said." — the report comes first and its speaker after.
      const post = postReport(a, k, s.from, s.to);
      // "…, Egyptian media said, Anadolu reports.": the outlet relaying a report already read is not another report.
      // But "X reiterated …, Solheim said": reports whose speaker opens the clause are nested in the closing one.
      const same = out.filter((o) => o.sentence === sIdx);
      const nested = same.every((o) => o.cand.speaker && o.cand.speaker.start < o.cand.start && o.cand.speaker.start >= tokens[s.from]!.start);
      if (post && hasFinite(a, s.from, post.before) && nested) {
        const span = reportedSpan(a, s.from, post.before);
        if (span && !a.top.some((q) => q.start < span.end && span.start < q.end)) {
          for (const o of same) out.splice(out.indexOf(o), 1);
          prior = draft(a, span, speakerFromNP(a, post.np), t.text.toLowerCase(), k, sIdx, 'bare');
          out.push(prior);
        }
      }
    }
  });
  // A report nested in another ("Asif said the other side acknowledged that …") is part of the outer one.
  return out.filter(
    (d) => !out.some((o) => o !== d && o.cand.start <= d.cand.start && d.cand.end <= o.cand.end && (o.cand.start < d.cand.start || o.cand.end > d.cand.end)),
  );
}
