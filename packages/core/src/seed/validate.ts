import * as E from '../domain/enums.ts';
import { normalizeName } from '../domain/names.ts';
import type { LoadedDataset } from './read.ts';
import { citationKeys } from '../domain/citations.ts';

/**
 * Curated text cites sources with [[source:KEY]] tokens, which readers see rendered; a bare internal name
 * ("seed 003", "(002)") would reach them as it is, so it is refused, and every token must name a source.
 */
function citations(d: LoadedDataset['dataset'], sources: Set<string>, problems: string[]): void {
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      if (/\bseeds? \d{3}\b|\(\d{3}\b/i.test(value)) problems.push(`${at}: cites a source by an internal name; use [[source:KEY]]`);
      for (const key of citationKeys(value)) if (!sources.has(key)) problems.push(`${at}: cites unknown source "${key}"`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}.${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'text' || !at.includes('quotes')) walk(v, `${at}.${k}`);
  };
  walk(d, 'dataset');
}

/**
 * Everything that must hold before a dataset may be loaded: exact spans, resolvable references, a quote for
 * every statement, one actor per normalized alias, valid enums and unique keys. Returns every problem found.
 */
export function validateSeed({ dataset: d, bodies }: LoadedDataset): string[] {
  const problems: string[] = [];
  const keys = (entity: string, list: { key: string }[]) => {
    const seen = new Set<string>();
    for (const { key } of list) {
      if (!key) problems.push(`${entity}: an entry has no key`);
      else if (seen.has(key)) problems.push(`${entity}: key "${key}" is used twice`);
      seen.add(key);
    }
    return seen;
  };
  const actors = keys('actors', d.actors);
  const sources = keys('sources', d.sources);
  const occasions = keys('occasions', d.occasions);
  const statements = keys('statements', d.statements);
  const processes = keys('processes', d.processes);
  const rounds = keys('rounds', d.rounds);
  const events = keys('events', d.events);
  keys('claims', d.claims);
  keys('discrepancies', d.discrepancies);
  keys('demands', d.rounds.flatMap((r) => r.demands ?? []));

  const ref = (set: Set<string>, value: string | undefined, where: string, what: string) => {
    if (value !== undefined && !set.has(value)) problems.push(`${where}: unknown ${what} "${value}"`);
  };
  const oneOf = (values: readonly string[], value: string | undefined, where: string) => {
    if (value !== undefined && !values.includes(value)) problems.push(`${where}: "${value}" is not one of ${values.join(', ')}`);
  };
  const date = (value: string | undefined, where: string) => {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(value)) problems.push(`${where}: "${value}" is not an ISO date`);
  };

  const aliasOwner = new Map<string, string>();
  for (const a of d.actors) {
    const at = `actors.${a.key}`;
    oneOf(E.ACTOR_KINDS, a.kind, `${at}.kind`);
    ref(actors, a.parent, `${at}.parent`, 'actor');
    if (a.country !== undefined && !/^[A-Z]{2}$/.test(a.country)) problems.push(`${at}.country: "${a.country}" is not ISO alpha-2`);
    for (const alias of [{ text: a.name, kind: undefined, source: undefined }, ...(a.aliases ?? [])]) {
      oneOf(E.ALIAS_KINDS, alias.kind, `${at}.aliases`);
      ref(sources, alias.source, `${at}.aliases`, 'source');
      const n = normalizeName(alias.text);
      const owner = aliasOwner.get(n);
      if (owner && owner !== a.key) problems.push(`${at}: alias "${alias.text}" normalizes to "${n}", which already names ${owner}`);
      aliasOwner.set(n, a.key);
    }
    for (const role of a.roles ?? []) {
      ref(actors, role.organization, `${at}.roles`, 'actor');
      ref(sources, role.source, `${at}.roles`, 'source');
      date(role.from, `${at}.roles.from`);
      date(role.to, `${at}.roles.to`);
    }
  }
  for (const s of d.sources) {
    oneOf(E.SOURCE_KINDS, s.kind, `sources.${s.key}.kind`);
    oneOf(E.DATE_PRECISIONS, s.publishedPrecision, `sources.${s.key}.publishedPrecision`);
    date(s.publishedOn, `sources.${s.key}.publishedOn`);
  }
  for (const o of d.occasions) {
    const at = `occasions.${o.key}`;
    ref(actors, o.speaker, `${at}.speaker`, 'actor');
    oneOf(E.DATE_PRECISIONS, o.datePrecision, `${at}.datePrecision`);
    oneOf(E.CHANNELS, o.channel, `${at}.channel`);
    date(o.saidOn, `${at}.saidOn`);
  }
  for (const s of d.statements) {
    const at = `statements.${s.key}`;
    ref(occasions, s.occasion, `${at}.occasion`, 'occasion');
    ref(rounds, s.round, `${at}.round`, 'round');
    oneOf(E.ACTS, s.act, `${at}.act`);
    for (const t of s.targets ?? []) ref(actors, t, `${at}.targets`, 'actor');
    if (!s.quotes?.length) problems.push(`${at}: has no quote`);
    for (const [i, q] of (s.quotes ?? []).entries()) {
      const qt = `${at}.quotes.${i}`;
      ref(sources, q.source, `${qt}.source`, 'source');
      oneOf(E.QUOTE_KINDS, q.kind, `${qt}.kind`);
      oneOf(E.QUOTE_LINKS, q.link, `${qt}.link`);
      const body = bodies.get(q.source);
      if (body !== undefined && body.slice(q.start, q.end) !== q.text) {
        problems.push(`${qt}: span ${q.start}–${q.end} holds ${JSON.stringify(body.slice(q.start, q.end).slice(0, 50))}, not ${JSON.stringify(q.text.slice(0, 50))}`);
      }
    }
  }
  for (const p of d.processes) for (const m of p.mediators ?? []) ref(actors, m, `processes.${p.key}.mediators`, 'actor');
  for (const r of d.rounds) {
    const at = `rounds.${r.key}`;
    ref(processes, r.process, `${at}.process`, 'process');
    oneOf(E.ROUND_STATUSES, r.status, `${at}.status`);
    oneOf(E.ROUND_OUTCOMES, r.outcome, `${at}.outcome`);
    date(r.startedOn, `${at}.startedOn`);
    date(r.endedOn, `${at}.endedOn`);
    for (const p of r.participants) {
      ref(actors, p.actor, `${at}.participants`, 'actor');
      oneOf(E.PARTICIPANT_ROLES, p.role, `${at}.participants.role`);
    }
    for (const u of r.updates) {
      oneOf(E.ROUND_STATUSES, u.status, `${at}.updates.status`);
      oneOf(E.DATE_PRECISIONS, u.atPrecision, `${at}.updates.atPrecision`);
      ref(sources, u.source, `${at}.updates.source`, 'source');
      date(u.at, `${at}.updates.at`);
    }
    for (const dm of r.demands ?? []) {
      ref(actors, dm.by, `${at}.demands.${dm.key}.by`, 'actor');
      ref(actors, dm.to, `${at}.demands.${dm.key}.to`, 'actor');
      ref(sources, dm.source, `${at}.demands.${dm.key}.source`, 'source');
      oneOf(E.DEMAND_STATUSES, dm.status, `${at}.demands.${dm.key}.status`);
    }
  }
  for (const e of d.events) {
    oneOf(E.EVENT_TYPES, e.type, `events.${e.key}.type`);
    oneOf(E.DATE_PRECISIONS, e.datePrecision, `events.${e.key}.datePrecision`);
    ref(sources, e.source, `events.${e.key}.source`, 'source');
    date(e.occurredOn, `events.${e.key}.occurredOn`);
  }
  for (const c of d.claims) {
    const at = `claims.${c.key}`;
    ref(events, c.event, `${at}.event`, 'event');
    ref(sources, c.source, `${at}.source`, 'source');
    for (const s of c.stances) {
      ref(actors, s.actor, `${at}.stances.actor`, 'actor');
      oneOf(E.STANCES, s.stance, `${at}.stances.stance`);
      ref(statements, s.statement, `${at}.stances.statement`, 'statement');
      ref(sources, s.source, `${at}.stances.source`, 'source');
    }
  }
  for (const x of d.discrepancies) {
    for (const v of x.versions) ref(sources, v.source, `discrepancies.${x.key}.versions`, 'source');
    if (x.versions.length < 2) problems.push(`discrepancies.${x.key}: a disagreement needs at least two versions`);
  }
  citations(d, sources, problems);
  return problems;
}
