#!/usr/bin/env node
// Verifies the curated seed dataset (data/seed/*.json) against the seed format contract
// (packages/core/src/seed/format.ts) and the closed vocabularies (packages/core/src/domain/enums.ts).
// Dependency-free; run with `node data/seed/tools/check.mjs`. Exits 1 and lists every problem found.
//
// Checks: field names and types per entity; keys unique per file (demand keys across all rounds) and kebab-case;
// every enum value in the enums.ts lists; ISO dates; every quote span exact (body.slice(start, end) === text);
// every statement has at least one quote; every reference resolves (actor parent, role organization, alias and
// role sources, occasion speaker, statement occasion/targets/round, quote source, process mediators, round
// process/participants/update sources, demand by/to/source, event source, claim event/source, stance
// actor/statement/source, discrepancy subject and version sources); discrepancy quotes occur in their source;
// no two actors share a normalised alias (names included).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(seedDir, '..', '..');
const enumsPath = join(repoDir, 'packages/core/src/domain/enums.ts');
const namesPath = join(repoDir, 'packages/core/src/domain/names.ts');

const errors = [];
const warnings = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);

// ── enums, read from the contract itself ──
function readEnums() {
  const source = readFileSync(enumsPath, 'utf8');
  const lists = {};
  for (const match of source.matchAll(/export const ([A-Z_]+) = \[([\s\S]*?)\] as const;/g)) {
    lists[match[1]] = [...match[2].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  }
  const needed = [
    'ACTOR_KINDS', 'ALIAS_KINDS', 'SOURCE_KINDS', 'DATE_PRECISIONS', 'CHANNELS', 'ACTS', 'QUOTE_KINDS',
    'QUOTE_LINKS', 'ROUND_STATUSES', 'ROUND_OUTCOMES', 'PARTICIPANT_ROLES', 'DEMAND_STATUSES', 'EVENT_TYPES',
    'STANCES',
  ];
  for (const name of needed) {
    if (!lists[name]?.length) throw new Error(`could not read ${name} from ${enumsPath}`);
  }
  return lists;
}
const E = readEnums();

// ── files ──
const FILES = ['actors', 'sources', 'occasions', 'statements', 'processes', 'rounds', 'events', 'claims', 'discrepancies'];
const data = {};
for (const name of FILES) {
  const path = join(seedDir, `${name}.json`);
  if (!existsSync(path)) {
    fail(`${name}.json`, 'missing');
    data[name] = [];
    continue;
  }
  const text = readFileSync(path, 'utf8');
  try {
    data[name] = JSON.parse(text);
  } catch (error) {
    fail(`${name}.json`, `not valid JSON (${error.message})`);
    data[name] = [];
    continue;
  }
  if (!Array.isArray(data[name])) {
    fail(`${name}.json`, 'must hold an array');
    data[name] = [];
  }
  if (text !== JSON.stringify(data[name], null, 2) + '\n') warnings.push(`${name}.json: not in 2-space JSON layout`);
}

// ── field shapes (the TypeScript interfaces of format.ts, by hand) ──
const isString = (v) => typeof v === 'string' && v.length > 0;
const isInt = (v) => Number.isInteger(v);
const isBool = (v) => typeof v === 'boolean';
const isStrArray = (v) => Array.isArray(v) && v.every(isString);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (v) => {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const isIsoDateOrTime = (v) =>
  isIsoDate(v) ||
  (typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
    isIsoDate(v.slice(0, 10)) &&
    !Number.isNaN(Date.parse(v)));
const oneOf = (list) => (v) => typeof v === 'string' && list.includes(v);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;

/** spec: field → [required, predicate, description] */
function checkShape(where, value, spec) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(where, 'must be an object');
    return false;
  }
  for (const field of Object.keys(value)) {
    if (!(field in spec)) fail(where, `unknown field "${field}"`);
  }
  for (const [field, [required, predicate, description]] of Object.entries(spec)) {
    if (value[field] === undefined) {
      if (required) fail(where, `missing required field "${field}"`);
    } else if (!predicate(value[field])) {
      fail(where, `field "${field}" must be ${description}, got ${JSON.stringify(value[field])}`);
    }
  }
  return true;
}
const req = (predicate, description) => [true, predicate, description];
const opt = (predicate, description) => [false, predicate, description];
const enumOf = (name) => [oneOf(E[name]), `one of ${name} (${E[name].join(', ')})`];
const arrayOf = (where, value, spec, label) => {
  if (value === undefined) return;
  if (!Array.isArray(value)) return fail(where, `${label} must be an array`);
  value.forEach((item, i) => checkShape(`${where} ${label}[${i}]`, item, spec));
};

const SPEC = {
  actors: {
    key: req(isString, 'a string'), name: req(isString, 'a string'), kind: req(...enumOf('ACTOR_KINDS')),
    country: opt((v) => COUNTRY.test(v), 'an ISO-3166 alpha-2 code'), description: opt(isString, 'a string'),
    parent: opt(isString, 'an actor key'), aliases: opt(Array.isArray, 'an array'), roles: opt(Array.isArray, 'an array'),
  },
  alias: { text: req(isString, 'a string'), kind: opt(...enumOf('ALIAS_KINDS')), source: opt(isString, 'a source key') },
  role: {
    title: req(isString, 'a string'), organization: opt(isString, 'an actor key'), from: opt(isIsoDate, 'an ISO date'),
    to: opt(isIsoDate, 'an ISO date'), source: opt(isString, 'a source key'),
  },
  sources: {
    key: req(isString, 'a string'), file: req(isString, 'a path'), title: req(isString, 'a string'),
    outlet: req(isString, 'a string'), kind: req(...enumOf('SOURCE_KINDS')), url: opt(isString, 'a string'),
    publishedOn: opt(isIsoDate, 'an ISO date'), publishedPrecision: opt(...enumOf('DATE_PRECISIONS')),
    language: req((v) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v), 'a BCP-47 tag'),
  },
  occasions: {
    key: req(isString, 'a string'), speaker: req(isString, 'an actor key'), saidOn: req(isIsoDate, 'an ISO date'),
    datePrecision: req(...enumOf('DATE_PRECISIONS')), channel: req(...enumOf('CHANNELS')), venue: opt(isString, 'a string'),
    url: opt(isString, 'a string'), note: opt(isString, 'a string'),
  },
  statements: {
    key: req(isString, 'a string'), occasion: req(isString, 'an occasion key'), text: req(isString, 'a string'),
    act: req(...enumOf('ACTS')), conditional: opt(isBool, 'a boolean'), targets: opt(isStrArray, 'actor keys'),
    topics: opt(isStrArray, 'strings'), round: opt(isString, 'a round key'), note: opt(isString, 'a string'),
    quotes: req(Array.isArray, 'an array'),
  },
  quote: {
    source: req(isString, 'a source key'), text: req(isString, 'a string'), start: req(isInt, 'an integer'),
    end: req(isInt, 'an integer'), kind: req(...enumOf('QUOTE_KINDS')), link: opt(...enumOf('QUOTE_LINKS')),
  },
  processes: {
    key: req(isString, 'a string'), name: req(isString, 'a string'), description: opt(isString, 'a string'),
    mediators: opt(isStrArray, 'actor keys'),
  },
  rounds: {
    key: req(isString, 'a string'), process: req(isString, 'a process key'), sequence: req(isInt, 'an integer'),
    title: req(isString, 'a string'), venueCity: opt(isString, 'a string'),
    venueCountry: opt((v) => COUNTRY.test(v), 'an ISO-3166 alpha-2 code'), startedOn: opt(isIsoDate, 'an ISO date'),
    endedOn: opt(isIsoDate, 'an ISO date'), status: req(...enumOf('ROUND_STATUSES')),
    outcome: opt(...enumOf('ROUND_OUTCOMES')), participants: req(Array.isArray, 'an array'),
    updates: req(Array.isArray, 'an array'), demands: opt(Array.isArray, 'an array'),
  },
  participant: { actor: req(isString, 'an actor key'), role: req(...enumOf('PARTICIPANT_ROLES')) },
  update: {
    at: req(isIsoDateOrTime, 'an ISO date or date-time'), atPrecision: opt(...enumOf('DATE_PRECISIONS')),
    status: req(...enumOf('ROUND_STATUSES')), note: req(isString, 'a string'), source: req(isString, 'a source key'),
  },
  demand: {
    key: req(isString, 'a string'), by: req(isString, 'an actor key'), to: req(isString, 'an actor key'),
    text: req(isString, 'a string'), status: req(...enumOf('DEMAND_STATUSES')), source: req(isString, 'a source key'),
    note: opt(isString, 'a string'),
  },
  events: {
    key: req(isString, 'a string'), type: req(...enumOf('EVENT_TYPES')), occurredOn: req(isIsoDate, 'an ISO date'),
    datePrecision: req(...enumOf('DATE_PRECISIONS')), summary: req(isString, 'a string'),
    source: opt(isString, 'a source key'), locations: opt(Array.isArray, 'an array'),
  },
  location: {
    place: opt(isString, 'a string'), province: opt(isString, 'a string'),
    country: req((v) => COUNTRY.test(v), 'an ISO-3166 alpha-2 code'),
  },
  claims: {
    key: req(isString, 'a string'), text: req(isString, 'a string'), event: opt(isString, 'an event key'),
    killed: opt(isInt, 'an integer'), civilians: opt(isInt, 'an integer'), children: opt(isInt, 'an integer'),
    source: opt(isString, 'a source key'), stances: req(Array.isArray, 'an array'),
  },
  stance: {
    actor: req(isString, 'an actor key'), stance: req(...enumOf('STANCES')), statement: opt(isString, 'a statement key'),
    source: opt(isString, 'a source key'), killed: opt(isInt, 'an integer'), civilians: opt(isInt, 'an integer'),
    children: opt(isInt, 'an integer'),
  },
  discrepancies: {
    key: req(isString, 'a string'), subject: req(isString, 'a string'), field: req(isString, 'a string'),
    note: opt(isString, 'a string'), versions: req(Array.isArray, 'an array'),
  },
  version: { value: req(isString, 'a string'), source: req(isString, 'a source key'), quote: opt(isString, 'a string') },
};

for (const name of FILES) data[name].forEach((item, i) => checkShape(`${name}[${item?.key ?? i}]`, item, SPEC[name]));
for (const a of data.actors) {
  arrayOf(`actor ${a.key}`, a.aliases, SPEC.alias, 'aliases');
  arrayOf(`actor ${a.key}`, a.roles, SPEC.role, 'roles');
}
for (const s of data.statements) arrayOf(`statement ${s.key}`, s.quotes, SPEC.quote, 'quotes');
for (const r of data.rounds) {
  arrayOf(`round ${r.key}`, r.participants, SPEC.participant, 'participants');
  arrayOf(`round ${r.key}`, r.updates, SPEC.update, 'updates');
  arrayOf(`round ${r.key}`, r.demands, SPEC.demand, 'demands');
}
for (const e of data.events) arrayOf(`event ${e.key}`, e.locations, SPEC.location, 'locations');
for (const c of data.claims) arrayOf(`claim ${c.key}`, c.stances, SPEC.stance, 'stances');
for (const d of data.discrepancies) arrayOf(`discrepancy ${d.key}`, d.versions, SPEC.version, 'versions');

// ── keys: unique per file, kebab-case ──
const index = {};
for (const name of FILES) {
  index[name] = new Map();
  for (const item of data[name]) {
    if (typeof item?.key !== 'string') continue;
    if (!KEBAB.test(item.key)) fail(`${name}.json`, `key "${item.key}" is not kebab-case`);
    if (index[name].has(item.key)) fail(`${name}.json`, `duplicate key "${item.key}"`);
    index[name].set(item.key, item);
  }
}
const demandKeys = new Map();
for (const r of data.rounds) {
  for (const d of r.demands ?? []) {
    if (!KEBAB.test(d.key ?? '')) fail(`round ${r.key}`, `demand key "${d.key}" is not kebab-case`);
    if (demandKeys.has(d.key)) fail(`round ${r.key}`, `duplicate demand key "${d.key}" (also in ${demandKeys.get(d.key)})`);
    demandKeys.set(d.key, r.key);
  }
}

// ── references ──
const ref = (where, kind, key) => {
  if (key === undefined) return;
  if (!index[kind].has(key)) fail(where, `unknown ${kind.replace(/s$/, '')} "${key}"`);
};
for (const a of data.actors) {
  ref(`actor ${a.key} parent`, 'actors', a.parent);
  if (a.parent === a.key) fail(`actor ${a.key}`, 'is its own parent');
  for (const alias of a.aliases ?? []) ref(`actor ${a.key} alias "${alias.text}" source`, 'sources', alias.source);
  for (const role of a.roles ?? []) {
    ref(`actor ${a.key} role "${role.title}" organization`, 'actors', role.organization);
    ref(`actor ${a.key} role "${role.title}" source`, 'sources', role.source);
  }
}
// parent chains must not loop
for (const a of data.actors) {
  const seen = new Set([a.key]);
  for (let p = a.parent; p; p = index.actors.get(p)?.parent) {
    if (seen.has(p)) {
      fail(`actor ${a.key}`, `parent chain loops through "${p}"`);
      break;
    }
    seen.add(p);
  }
}
for (const o of data.occasions) ref(`occasion ${o.key} speaker`, 'actors', o.speaker);
for (const s of data.statements) {
  ref(`statement ${s.key} occasion`, 'occasions', s.occasion);
  ref(`statement ${s.key} round`, 'rounds', s.round);
  for (const t of s.targets ?? []) ref(`statement ${s.key} target`, 'actors', t);
  if (new Set(s.targets ?? []).size !== (s.targets ?? []).length) fail(`statement ${s.key}`, 'duplicate target');
  if (new Set(s.topics ?? []).size !== (s.topics ?? []).length) fail(`statement ${s.key}`, 'duplicate topic');
  for (const t of s.topics ?? []) if (!KEBAB.test(t)) fail(`statement ${s.key}`, `topic "${t}" is not lowercase kebab-case`);
  for (const q of s.quotes ?? []) ref(`statement ${s.key} quote source`, 'sources', q.source);
}
for (const p of data.processes) for (const m of p.mediators ?? []) ref(`process ${p.key} mediator`, 'actors', m);
for (const r of data.rounds) {
  ref(`round ${r.key} process`, 'processes', r.process);
  const seen = new Set();
  for (const p of r.participants ?? []) {
    ref(`round ${r.key} participant`, 'actors', p.actor);
    const id = `${p.actor}/${p.role}`;
    if (seen.has(id)) fail(`round ${r.key}`, `duplicate participant ${id}`);
    seen.add(id);
  }
  for (const u of r.updates ?? []) ref(`round ${r.key} update ${u.at} source`, 'sources', u.source);
  for (const d of r.demands ?? []) {
    ref(`round ${r.key} demand ${d.key} by`, 'actors', d.by);
    ref(`round ${r.key} demand ${d.key} to`, 'actors', d.to);
    ref(`round ${r.key} demand ${d.key} source`, 'sources', d.source);
  }
  if (r.startedOn && r.endedOn && r.startedOn > r.endedOn) fail(`round ${r.key}`, 'startedOn is after endedOn');
  if ((r.updates ?? []).length === 0) fail(`round ${r.key}`, 'has no status updates');
  const last = [...(r.updates ?? [])].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).at(-1);
  if (last && last.status !== r.status) fail(`round ${r.key}`, `status ${r.status} differs from its latest update (${last.status})`);
}
const sequences = new Set();
for (const r of data.rounds) {
  const id = `${r.process}#${r.sequence}`;
  if (sequences.has(id)) fail(`round ${r.key}`, `sequence ${r.sequence} repeats in process ${r.process}`);
  sequences.add(id);
}
for (const e of data.events) ref(`event ${e.key} source`, 'sources', e.source);
for (const c of data.claims) {
  ref(`claim ${c.key} event`, 'events', c.event);
  ref(`claim ${c.key} source`, 'sources', c.source);
  const actors = new Set();
  for (const st of c.stances ?? []) {
    ref(`claim ${c.key} stance actor`, 'actors', st.actor);
    ref(`claim ${c.key} stance statement`, 'statements', st.statement);
    ref(`claim ${c.key} stance source`, 'sources', st.source);
    if (actors.has(st.actor)) warnings.push(`claim ${c.key}: actor ${st.actor} has more than one stance`);
    actors.add(st.actor);
    const said = st.statement && index.statements.get(st.statement);
    const speaker = said && index.occasions.get(said.occasion)?.speaker;
    if (speaker && speaker !== st.actor) {
      warnings.push(`claim ${c.key}: stance of ${st.actor} cites statement ${st.statement} spoken by ${speaker}`);
    }
  }
  if ((c.stances ?? []).length === 0) warnings.push(`claim ${c.key}: no stances`);
}
const SUBJECTS = {
  actor: 'actors', source: 'sources', occasion: 'occasions', statement: 'statements', process: 'processes',
  round: 'rounds', event: 'events', claim: 'claims',
};
for (const d of data.discrepancies) {
  const [entity, key, ...extra] = (d.subject ?? '').split(':');
  if (extra.length > 0 || !key) fail(`discrepancy ${d.key}`, `subject "${d.subject}" is not "<entity>:<key>"`);
  else if (entity === 'demand') {
    if (!demandKeys.has(key)) fail(`discrepancy ${d.key}`, `unknown demand "${key}"`);
  } else if (!SUBJECTS[entity]) fail(`discrepancy ${d.key}`, `unknown subject entity "${entity}"`);
  else ref(`discrepancy ${d.key} subject`, SUBJECTS[entity], key);
  for (const v of d.versions ?? []) ref(`discrepancy ${d.key} version source`, 'sources', v.source);
  if ((d.versions ?? []).length < 2) fail(`discrepancy ${d.key}`, 'needs at least two versions');
}

// ── source bodies, spans, discrepancy quotes ──
const bodies = new Map();
for (const s of data.sources) {
  const path = join(seedDir, s.file ?? '');
  if (!s.file || !existsSync(path)) fail(`source ${s.key}`, `file "${s.file}" not found under data/seed/`);
  else bodies.set(s.key, readFileSync(path, 'utf8'));
}
let quoteCount = 0;
for (const s of data.statements) {
  if (!Array.isArray(s.quotes) || s.quotes.length === 0) fail(`statement ${s.key}`, 'has no quotes');
  const spans = new Set();
  for (const [i, q] of (s.quotes ?? []).entries()) {
    quoteCount++;
    const where = `statement ${s.key} quote #${i + 1} (${q.source})`;
    const body = bodies.get(q.source);
    if (body === undefined || !isInt(q.start) || !isInt(q.end)) continue;
    if (q.start < 0 || q.end > body.length || q.end <= q.start) {
      fail(where, `span ${q.start}–${q.end} lies outside the body (0–${body.length})`);
    } else if (body.slice(q.start, q.end) !== q.text) {
      fail(where, `span ${q.start}–${q.end} holds ${JSON.stringify(body.slice(q.start, q.end))}, not ${JSON.stringify(q.text)}`);
    }
    const id = `${q.source}:${q.start}:${q.end}`;
    if (spans.has(id)) fail(where, 'duplicate span within the statement');
    spans.add(id);
  }
}
for (const d of data.discrepancies) {
  for (const v of d.versions ?? []) {
    const body = bodies.get(v.source);
    if (v.quote !== undefined && body !== undefined && !body.includes(v.quote)) {
      fail(`discrepancy ${d.key}`, `quote not found in ${v.source}: ${JSON.stringify(v.quote)}`);
    }
  }
}

// ── aliases: no two actors may share a normalised spelling (names count as aliases) ──
const normalize = (text) =>
  text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// The project's own key (domain/names.ts) also drops honorifics and titles; it is what the unique alias index
// stores, so it is checked too when the file is there. Its word list is read from the source, not copied.
let projectNormalize = null;
if (existsSync(namesPath)) {
  const names = readFileSync(namesPath, 'utf8');
  const block = names.match(/const HONORIFICS = new Set\(\[([\s\S]*?)\]\)/);
  if (block) {
    const honorifics = new Set([...block[1].matchAll(/'([^']+)'/g)].map((m) => m[1]));
    projectNormalize = (text) => {
      const words = text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/ı/g, 'i')
        .toLowerCase()
        .replace(/['’‘`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' ')
        .filter(Boolean);
      const kept = words.filter((w) => !honorifics.has(w));
      return (kept.length > 0 ? kept : words).join(' ');
    };
  } else warnings.push('names.ts: HONORIFICS list not found; project normalisation not checked');
}
for (const [label, fn] of [['normalised', normalize], ['project-normalised', projectNormalize]]) {
  if (!fn) continue;
  const owner = new Map();
  for (const a of data.actors) {
    for (const text of [a.name, ...(a.aliases ?? []).map((x) => x.text)]) {
      if (typeof text !== 'string') continue;
      const n = fn(text);
      if (!n) {
        fail(`actor ${a.key}`, `alias "${text}" is empty once ${label}`);
        continue;
      }
      const other = owner.get(n);
      if (other && other.actor !== a.key) {
        fail(`actor ${a.key}`, `${label} alias "${n}" ("${text}") collides with actor ${other.actor} ("${other.text}")`);
      } else if (!other) owner.set(n, { actor: a.key, text });
    }
  }
}

// ── report ──
const counts = FILES.map((name) => `${name} ${data[name].length}`).join(', ');
for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length > 0) {
  console.error(`check: FAILED with ${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`check: OK — ${counts}; quotes ${quoteCount}; demands ${demandKeys.size}.`);
