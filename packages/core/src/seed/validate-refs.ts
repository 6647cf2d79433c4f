// The checks only the whole dataset can answer. They run even when some entries are malformed (the shape
// problems are reported separately), so every access here tolerates a missing or ill-typed field.
import { normalizeName } from '../domain/names.ts';
import { spanProblem } from '../domain/span.ts';
import type { SeedDataset, SeedEntity } from './format.ts';

/** The entity names a discrepancy's subject may use ("round:istanbul-round-2"), and the file each lives in. */
const SUBJECTS: Record<string, SeedEntity | 'demands'> = {
  actor: 'actors',
  source: 'sources',
  occasion: 'occasions',
  statement: 'statements',
  process: 'processes',
  round: 'rounds',
  event: 'events',
  claim: 'claims',
  demand: 'demands',
};

const entries = <T>(value: unknown): T[] => (Array.isArray(value) ? value : []).filter((x): x is T => x !== null && typeof x === 'object' && !Array.isArray(x));
const listOf = <T>(value: T[] | undefined): T[] => entries<T>(value);

/** Lowercase, marks and punctuation gone, honorifics kept: a second, plainer key than the project's own. */
const plainName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function referenceProblems(raw: Record<string, unknown>, bodies: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const fail = (where: string, message: string): void => {
    problems.push(`${where}: ${message}`);
  };
  const d = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, entries(v)])) as unknown as SeedDataset;
  const all = <K extends SeedEntity>(entity: K): SeedDataset[K] => (d[entity] ?? []) as SeedDataset[K];

  const keyed = (entity: string, list: { key?: string }[]) => {
    const seen = new Set<string>();
    for (const { key } of list) {
      if (typeof key !== 'string' || !key) continue; // the shape check names it
      if (seen.has(key)) fail(entity, `key "${key}" is used twice`);
      seen.add(key);
    }
    return seen;
  };
  const demandList = all('rounds').flatMap((r) => listOf(r.demands));
  const keys: Record<SeedEntity | 'demands', Set<string>> = {
    actors: keyed('actors', all('actors')),
    sources: keyed('sources', all('sources')),
    occasions: keyed('occasions', all('occasions')),
    statements: keyed('statements', all('statements')),
    processes: keyed('processes', all('processes')),
    rounds: keyed('rounds', all('rounds')),
    events: keyed('events', all('events')),
    claims: keyed('claims', all('claims')),
    discrepancies: keyed('discrepancies', all('discrepancies')),
    demands: keyed('demands (across all rounds)', demandList),
  };
  const ref = (entity: SeedEntity | 'demands', value: unknown, where: string) => {
    if (value !== undefined && !keys[entity].has(value as string)) {
      fail(where, `unknown ${entity === 'processes' ? 'process' : entity.replace(/s$/, '')} ${JSON.stringify(value)}`);
    }
  };
  const twice = (values: unknown[] | undefined, where: string, what: string) => {
    const seen = new Set<unknown>();
    for (const v of Array.isArray(values) ? values : []) {
      if (seen.has(v)) fail(where, `${what} ${JSON.stringify(v)} is listed twice`);
      seen.add(v);
    }
  };

  const actorsByKey = new Map(all('actors').map((a) => [a.key, a]));
  for (const a of all('actors')) {
    const at = `actors.${a.key}`;
    ref('actors', a.parent, `${at}.parent`);
    if (a.parent !== undefined && a.parent === a.key) fail(`${at}.parent`, 'an actor cannot belong to itself');
    const chain = new Set([a.key]);
    for (let p = a.parent; p !== undefined && p !== a.key; p = actorsByKey.get(p)?.parent) {
      if (chain.has(p)) {
        fail(`${at}.parent`, `the chain of parents loops through "${p}"`);
        break;
      }
      chain.add(p);
    }
    listOf(a.aliases).forEach((alias, i) => {
      ref('sources', alias.source, `${at}.aliases.${i}.source`);
    });
    listOf(a.roles).forEach((role, i) => {
      ref('actors', role.organization, `${at}.roles.${i}.organization`);
      ref('sources', role.source, `${at}.roles.${i}.source`);
      if (role.from && role.to && role.to < role.from) fail(`${at}.roles.${i}.to`, `must not be before from (${role.from})`);
    });
  }
  // resolveActor must never have two answers: no spelling, names included, may name two actors.
  for (const [label, key] of [
    ['normalizes', normalizeName],
    ['reads plainly', plainName],
  ] as const) {
    const owner = new Map<string, string>();
    for (const a of all('actors')) {
      const spellings = [a.name, ...listOf(a.aliases).map((x) => x.text)].filter((t): t is string => typeof t === 'string');
      for (const text of spellings) {
        const n = key(text);
        if (!n) {
          if (label === 'normalizes') fail(`actors.${a.key}`, `alias "${text}" holds no letters or digits`);
          continue;
        }
        const other = owner.get(n);
        if (other && other !== a.key) fail(`actors.${a.key}`, `alias "${text}" ${label} to "${n}", which already names ${other}`);
        else owner.set(n, a.key);
      }
    }
  }

  for (const o of all('occasions')) ref('actors', o.speaker, `occasions.${o.key}.speaker`);

  for (const s of all('statements')) {
    const at = `statements.${s.key}`;
    ref('occasions', s.occasion, `${at}.occasion`);
    ref('rounds', s.round, `${at}.round`);
    (Array.isArray(s.targets) ? s.targets : []).forEach((t, i) => {
      ref('actors', t, `${at}.targets.${i}`);
    });
    twice(s.targets, `${at}.targets`, 'actor');
    twice(s.topics, `${at}.topics`, 'topic');
    const spans = new Set<string>();
    listOf(s.quotes).forEach((q, i) => {
      const qt = `${at}.quotes.${i}`;
      ref('sources', q.source, `${qt}.source`);
      const body = bodies.get(q.source);
      if (body === undefined || typeof q.text !== 'string' || !Number.isInteger(q.start) || !Number.isInteger(q.end)) return;
      const problem = spanProblem(body, q.text, q.start, q.end);
      if (problem) fail(qt, problem);
      const span = `${q.source}:${q.start}:${q.end}`;
      if (spans.has(span)) fail(qt, `quotes the same span of ${q.source} as an earlier quote of this statement`);
      spans.add(span);
    });
  }

  for (const p of all('processes')) {
    (Array.isArray(p.mediators) ? p.mediators : []).forEach((m, i) => {
      ref('actors', m, `processes.${p.key}.mediators.${i}`);
    });
    twice(p.mediators, `processes.${p.key}.mediators`, 'actor');
  }
  const sequences = new Map<string, string>();
  for (const r of all('rounds')) {
    const at = `rounds.${r.key}`;
    ref('processes', r.process, `${at}.process`);
    const place = `${r.process}#${r.sequence}`;
    if (sequences.has(place)) fail(`${at}.sequence`, `${r.sequence} is also the sequence of ${sequences.get(place)} in process ${r.process}`);
    sequences.set(place, r.key);
    if (r.startedOn && r.endedOn && r.endedOn < r.startedOn) fail(`${at}.endedOn`, `must not be before startedOn (${r.startedOn})`);
    const roles = new Set<string>();
    listOf(r.participants).forEach((p, i) => {
      ref('actors', p.actor, `${at}.participants.${i}.actor`);
      if (roles.has(`${p.actor}/${p.role}`)) fail(`${at}.participants.${i}`, `${p.actor} is listed twice as ${p.role}`);
      roles.add(`${p.actor}/${p.role}`);
    });
    const updates = listOf(r.updates);
    updates.forEach((u, i) => {
      ref('sources', u.source, `${at}.updates.${i}.source`);
    });
    // The loader replays the history through appendRoundUpdate: the round ends with its latest update's status
    // (by time, then by order in the file), so the two must agree.
    const latest = updates.reduce<(typeof updates)[number] | undefined>((last, u) => (!last || !(u.at < last.at) ? u : last), undefined);
    if (latest && r.status !== undefined && latest.status !== r.status) {
      fail(`${at}.status`, `${r.status} differs from the status of its latest update (${latest.status} at ${latest.at})`);
    }
    listOf(r.demands).forEach((dm) => {
      const dt = `${at}.demands.${dm.key}`;
      ref('actors', dm.by, `${dt}.by`);
      ref('actors', dm.to, `${dt}.to`);
      ref('sources', dm.source, `${dt}.source`);
    });
  }

  for (const e of all('events')) ref('sources', e.source, `events.${e.key}.source`);
  for (const c of all('claims')) {
    const at = `claims.${c.key}`;
    ref('events', c.event, `${at}.event`);
    ref('sources', c.source, `${at}.source`);
    listOf(c.stances).forEach((s, i) => {
      ref('actors', s.actor, `${at}.stances.${i}.actor`);
      ref('statements', s.statement, `${at}.stances.${i}.statement`);
      ref('sources', s.source, `${at}.stances.${i}.source`);
    });
  }
  for (const x of all('discrepancies')) {
    const at = `discrepancies.${x.key}`;
    const [entity, key, ...extra] = typeof x.subject === 'string' ? x.subject.split(':') : [];
    if (entity && key && extra.length === 0) {
      const file = SUBJECTS[entity];
      if (!file) fail(`${at}.subject`, `unknown entity "${entity}" (one of ${Object.keys(SUBJECTS).join(', ')})`);
      else ref(file, key, `${at}.subject`);
    }
    listOf(x.versions).forEach((v, i) => {
      ref('sources', v.source, `${at}.versions.${i}.source`);
      const body = bodies.get(v.source);
      if (typeof v.quote === 'string' && body !== undefined && !body.includes(v.quote)) {
        fail(`${at}.versions.${i}.quote`, `does not occur in ${v.source}: ${JSON.stringify(v.quote)}`);
      }
    });
  }
  return problems;
}
