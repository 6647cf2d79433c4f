/**
 * An alert's evidence arrives as JSON (Alert.evidence). These readers take only the fields the API documents
 * and check each one's type, so an older or odder alert renders what it has instead of breaking the page.
 */

export interface EvidenceQuote {
  id: string;
  text: string;
  kind: string;
  start: number;
  end: number;
  source: { id: string; title: string; outlet: string; url: string | null };
}

export interface EvidenceStatement {
  id: string;
  text: string;
  act: string;
  intensity: number | null;
  saidOn: string;
  speaker: { name: string; side: string };
  quotes: EvidenceQuote[];
  outlets: string[];
  independentOrigins: number | null;
}

export interface Figures {
  statements: number | null;
  meanIntensity: number | null;
}

export interface Evidence {
  statements: EvidenceStatement[];
  threshold?: { side: string; day: string; mode: string; value: number | null; before: Figures; after: Figures; previousDay?: Figures };
  round?: { id: string; title: string; before: string; after: string; note: string | null };
  claim?: { id: string; text: string; stance: string | null };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function quoteOf(v: unknown): EvidenceQuote | null {
  const q = obj(v);
  const source = obj(q.source);
  const start = num(q.start);
  const end = num(q.end);
  if (!str(q.text) || start === null || end === null) return null;
  return {
    id: str(q.id),
    text: str(q.text),
    kind: str(q.kind),
    start,
    end,
    source: { id: str(source.id), title: str(source.title), outlet: str(source.outlet), url: str(source.url) || null },
  };
}

function statementOf(v: unknown): EvidenceStatement | null {
  const s = obj(v);
  if (!str(s.text)) return null;
  const speaker = obj(s.speaker);
  return {
    id: str(s.id),
    text: str(s.text),
    act: str(s.act),
    intensity: num(s.intensity),
    saidOn: str(s.saidOn),
    speaker: { name: str(speaker.name), side: str(speaker.side) },
    quotes: list(s.quotes)
      .map(quoteOf)
      .filter((q): q is EvidenceQuote => q !== null),
    outlets: list(s.outlets).filter((o): o is string => typeof o === 'string'),
    independentOrigins: num(s.independentOrigins),
  };
}

const figures = (v: unknown): Figures => ({ statements: num(obj(v).statements), meanIntensity: num(obj(v).meanIntensity) });

export function readEvidence(raw: unknown): Evidence {
  const e = obj(raw);
  const out: Evidence = {
    statements: list(e.statements)
      .map(statementOf)
      .filter((s): s is EvidenceStatement => s !== null),
  };
  if (str(e.side) && str(e.mode)) {
    out.threshold = {
      side: str(e.side),
      day: str(e.day),
      mode: str(e.mode),
      value: num(e.value),
      before: figures(e.before),
      after: figures(e.after),
      ...(e.previousDay ? { previousDay: figures(e.previousDay) } : {}),
    };
  }
  const round = obj(e.round);
  if (str(round.id)) {
    out.round = {
      id: str(round.id),
      title: str(round.title),
      before: str(obj(e.before).status),
      after: str(obj(e.after).status),
      note: str(obj(e.update).note) || null,
    };
  }
  const claim = obj(e.claim);
  if (str(claim.id)) out.claim = { id: str(claim.id), text: str(claim.text), stance: str(obj(e.stance).stance) || null };
  return out;
}
