// The deterministic dataset generator: a crisis ledger of any size with Parley's realistic shapes, written
// through @parley/core's own migrations and tables.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { ACTS, CHANNELS, migrationsFolder, normalizeName, openDatabase, phoneticKey, statementRow, tables as T, type Act } from '@parley/core';
import { inserter, restore, setAside } from './bulk.ts';
import { Random } from './random.ts';
import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, OUTLETS, spellingVariants, textMaker, TOPICS, VENUES } from './words.ts';

/** Bump when the generator's output changes, so cached datasets are rebuilt. */
export const GENERATOR_VERSION = 5;
const SEED = 20251029;

export interface ScaleConfig {
  statements: number;
  actors: number;
  days: number;
  rounds: number;
}

export function parseScale(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(raw.trim());
  if (!m) throw new Error(`--scale must look like 10k, 100k or 1M, got "${raw}"`);
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1);
  if (!Number.isInteger(n) || n < 100) throw new Error(`--scale must be at least 100 statements, got "${raw}"`);
  return n;
}

export function formatScale(n: number): string {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}

export function scaleConfig(statements: number): ScaleConfig {
  return {
    statements,
    // 100k statements ↔ 2,000 actors as in the prototype measurement; grows sub-linearly.
    actors: Math.max(60, Math.round(2000 * (statements / 1e5) ** 0.4)),
    days: Math.min(3650, Math.max(60, Math.round(statements / 200))),
    rounds: Math.max(6, Math.round(statements / 2000)),
  };
}

/** Identifies a dataset: the same key means byte-for-byte the same rows (schema migrations included). */
export function datasetKey(statements: number): string {
  const migrations = readdirSync(migrationsFolder).sort().join(',');
  const h = createHash('sha256').update(`${GENERATOR_VERSION}|${SEED}|${statements}|${migrations}`).digest('hex').slice(0, 10);
  return `${formatScale(statements)}-${h}`;
}

export interface GenerateReport {
  path: string;
  seconds: number;
  counts: Record<string, number>;
  bytes: number;
}

const ACT_WEIGHTS: readonly (readonly [Act, number])[] = ACTS.map((a) => [
  a,
  a === 'COMMENT' ? 6 : a === 'ACCUSE' || a === 'DEMAND' || a === 'THREATEN' || a === 'REJECT' ? 4 : 2,
]);
const QUOTES_PER_STATEMENT = [
  [1, 45],
  [2, 40],
  [3, 15],
] as const; // mean 1.70
const ROUND_STATUS_PATH = [
  ['SCHEDULED', 'IN_SESSION', 'CONCLUDED'],
  ['SCHEDULED', 'IN_SESSION', 'SUSPENDED', 'IN_SESSION', 'CONCLUDED'],
  ['SCHEDULED', 'IN_SESSION', 'COLLAPSED'],
  ['SCHEDULED'],
] as const;

function day(start: number, offset: number): string {
  return new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
}

function contentHash(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/**
 * Writes a fresh SQLite file at `path` with `statements` statements. Tables are created by Parley's own
 * migrations; rows go in through prepared INSERTs in large transactions with the full-text triggers and the
 * secondary indexes set aside, which are then rebuilt set-wise (same rows, same index, a fraction of the time).
 */
export function generateDataset(path: string, statements: number, progress: (m: string) => void = () => {}): GenerateReport {
  const started = performance.now();
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
  const cfg = scaleConfig(statements);
  const random = new Random(SEED);
  const words = textMaker(random, Math.max(200, Math.round(Math.sqrt(statements) * 8)));
  const db = openDatabase(path);
  const sqlite = db.$client;
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  const aside = setAside(sqlite, ['statements', 'quotes', 'occasions', 'statement_targets', 'statement_topics', 'sources']);

  const counts: Record<string, number> = {};
  const count = (k: string, n = 1) => {
    counts[k] = (counts[k] ?? 0) + n;
  };
  const startDay = Date.UTC(2025, 9, 1) - Math.max(0, cfg.days - 61) * 86_400_000;
  const ts = (d: string, seq: number) =>
    `${d}T${String(6 + ((seq >> 12) % 14)).padStart(2, '0')}:${String((seq >> 6) % 60).padStart(2, '0')}:${String(seq % 60).padStart(2, '0')}.000Z`;

  // ── actors, aliases, roles ──────────────────────────────────────────────────────────────────────────
  const insActor = inserter(sqlite, T.actors, ['id', 'slug', 'name', 'kind', 'country', 'description', 'parentId', 'createdAt']);
  const insAlias = inserter(sqlite, T.actorAliases, ['actorId', 'text', 'kind', 'normalized', 'phonetic']);
  const insRole = inserter(sqlite, T.actorRoles, ['actorId', 'title', 'organizationId', 'fromOn']);
  const taken = new Set<string>();
  const orgIds: number[] = [];
  const personIds: number[] = [];
  const names: string[] = [''];
  const fixedOrgs = [
    ['Pakistan', 'STATE', 'PK'],
    ['Afghanistan', 'STATE', 'AF'],
    ['Government of Pakistan', 'GOVERNMENT', 'PK'],
    ['Islamic Emirate of Afghanistan', 'GOVERNMENT', 'AF'],
    ['Pakistan Army', 'MILITARY', 'PK'],
    ['Inter-Services Public Relations', 'MILITARY', 'PK'],
    ['Tehreek-e-Taliban Pakistan', 'ARMED_GROUP', 'PK'],
    ['Qatar', 'STATE', 'QA'],
    ['Türkiye', 'STATE', 'TR'],
    ['United Nations', 'INTERNATIONAL_ORGANIZATION', null],
    ['Saudi Arabia', 'STATE', 'SA'],
    ['China', 'STATE', 'CN'],
  ] as const;
  const orgCount = Math.max(fixedOrgs.length + 4, Math.round(cfg.actors * 0.1));
  const addAliases = (id: number, name: string, kind: string) => {
    const n = normalizeName(name);
    insAlias(id, name, 'NAME', n, phoneticKey(name));
    taken.add(n);
    count('actorAliases');
    for (const v of spellingVariants(name).slice(0, kind === 'PERSON' ? 2 : 1)) {
      const nv = normalizeName(v);
      if (!nv || taken.has(nv)) continue;
      taken.add(nv);
      insAlias(id, v, 'SPELLING', nv, phoneticKey(v));
      count('actorAliases');
    }
    if (kind !== 'PERSON') {
      const abbr = name
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('');
      const na = normalizeName(abbr);
      if (abbr.length >= 2 && na && !taken.has(na)) {
        taken.add(na);
        insAlias(id, abbr, 'ABBREVIATION', na, phoneticKey(abbr));
        count('actorAliases');
      }
    }
  };
  const uniqueName = (base: string) => {
    let name = base;
    for (let n = 2; !normalizeName(name) || taken.has(normalizeName(name)); n++) name = `${base} ${words.rare[n % words.rare.length]}`;
    return name;
  };
  sqlite.transaction(() => {
    for (let id = 1; id <= cfg.actors; id++) {
      const isOrg = id <= orgCount;
      let name: string;
      let kind: string;
      let country: string | null;
      let parentId: number | null = null;
      if (id <= fixedOrgs.length) {
        [name, kind, country] = fixedOrgs[id - 1]! as unknown as [string, string, string | null];
        if (id === 3 || id === 5 || id === 6) parentId = 1;
        if (id === 4) parentId = 2;
      } else if (isOrg) {
        kind = random.weighted([
          ['GOVERNMENT', 3],
          ['MILITARY', 2],
          ['ARMED_GROUP', 2],
          ['MEDIA_OUTLET', 1],
          ['INTERNATIONAL_ORGANIZATION', 1],
          ['OTHER', 1],
        ]);
        name = uniqueName(
          `${random.pick(words.rare)} ${kind === 'ARMED_GROUP' ? random.pick(['Front', 'Shura', 'Lashkar', 'Movement']) : kind === 'MEDIA_OUTLET' ? random.pick(['Times', 'Radio', 'TV']) : random.pick(['Council', 'Ministry', 'Directorate', 'Command', 'Jirga', 'Commission'])}`,
        );
        country = random.pick(COUNTRIES);
      } else {
        const i = id - orgCount - 1;
        const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
        const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
        const middle = i >= FIRST_NAMES.length * LAST_NAMES.length ? `${FIRST_NAMES[(i * 7 + 3) % FIRST_NAMES.length]} ` : '';
        name = uniqueName(`${first} ${middle}${last}`);
        kind = 'PERSON';
        parentId = random.chance(0.6) ? 3 + random.int(orgCount - 3) : null;
        country = parentId
          ? null
          : random.weighted([
              ['PK', 5],
              ['AF', 4],
              ['QA', 1],
              ['TR', 1],
              ['US', 1],
            ]);
      }
      const slug = normalizeName(name).replace(/\s+/g, '-').slice(0, 80);
      insActor(id, slug, name, kind, country, random.chance(0.3) ? `${name}, generated for the benchmark.` : null, parentId, ts(day(startDay, 0), id));
      count('actors');
      names.push(name);
      addAliases(id, name, kind);
      (isOrg ? orgIds : personIds).push(id);
      if (kind === 'PERSON' && random.chance(0.5)) {
        insRole(
          id,
          random.pick([
            'Defence Minister',
            'Spokesperson',
            'Foreign Minister',
            'Chief of Army Staff',
            'Deputy Minister',
            'Governor',
            'Ambassador',
            'Commander',
          ]),
          parentId ?? random.pick(orgIds),
          day(startDay, random.int(cfg.days)),
        );
        count('actorRoles');
      }
    }
  })();
  progress(`actors: ${counts.actors}, aliases: ${counts.actorAliases}`);

  // ── statements, occasions, quotes, sources ──────────────────────────────────────────────────────────
  const insOccasion = inserter(sqlite, T.occasions, ['id', 'speakerId', 'saidOn', 'datePrecision', 'channel', 'venue', 'createdAt']);
  const insStatement = inserter(sqlite, T.statements, [
    'id',
    'occasionId',
    'speakerId',
    'saidOn',
    'channel',
    'text',
    'act',
    'intensity',
    'conditional',
    'roundId',
    'status',
    'createdAt',
  ]);
  const insTarget = inserter(sqlite, T.statementTargets, ['statementId', 'actorId']);
  const insTopic = inserter(sqlite, T.statementTopics, ['statementId', 'topic']);
  const insQuote = inserter(sqlite, T.quotes, ['id', 'statementId', 'sourceId', 'text', 'kind', 'start', 'end', 'link', 'createdAt']);
  const insSource = inserter(sqlite, T.sources, ['id', 'title', 'outlet', 'kind', 'publishedOn', 'language', 'body', 'contentHash', 'createdAt']);
  // Speakers: persons mostly, a few bodies (ISPR, the Emirate); a power law, as a few voices dominate.
  const speakers = [...personIds, 3, 4, 6, 7];
  interface OpenSource {
    id: number;
    outlet: string;
    parts: string[];
    length: number;
    quotes: number;
    closeAt: number;
    publishedOn: string;
  }
  let nextSource = 1;
  const open: OpenSource[] = [];
  const openSource = (outletIndex: number, publishedOn: string): OpenSource => {
    const id = nextSource++;
    const outlet = OUTLETS[outletIndex]!;
    const head = `${outlet.toUpperCase()} — ${publishedOn}, report ${id}. `;
    return { id, outlet, parts: [head], length: head.length, quotes: 0, closeAt: random.between(6, 30), publishedOn };
  };
  const closeSource = (s: OpenSource) => {
    const body = s.parts.join('');
    insSource(
      s.id,
      `${s.outlet}: report ${s.id} on the Pakistan–Afghanistan crisis`,
      s.outlet,
      random.weighted([
        ['NEWS_ARTICLE', 17],
        ['SOCIAL_POST', 1],
        ['TRANSCRIPT', 1],
        ['OFFICIAL_RELEASE', 1],
      ]),
      s.publishedOn,
      'en',
      body,
      contentHash(body),
      ts(s.publishedOn, s.id),
    );
    count('sources');
  };
  for (let o = 0; o < OUTLETS.length; o++) open.push(openSource(o, day(startDay, 0)));

  let statementId = 0;
  let occasionId = 0;
  let quoteId = 0;
  const batch = 20_000;
  while (statementId < cfg.statements) {
    sqlite.transaction(() => {
      const until = Math.min(cfg.statements, statementId + batch);
      while (statementId < until) {
        occasionId++;
        // Occasions arrive in time order (ids follow dates, as in a live ledger), several statements each.
        const d = day(startDay, Math.min(cfg.days - 1, Math.floor((statementId / cfg.statements) * cfg.days + random.next() * 0.5)));
        const speakerId = random.skewed(speakers, 2.2);
        const channel = random.weighted(CHANNELS.map((c) => [c, c === 'SOCIAL_MEDIA_POST' ? 5 : c === 'UNKNOWN' ? 1 : 2] as const));
        insOccasion(occasionId, speakerId, d, random.chance(0.9) ? 'DAY' : 'APPROXIMATE', channel, random.pick(VENUES), ts(d, occasionId));
        count('occasions');
        const n = Math.min(
          until - statementId,
          random.weighted([
            [1, 3],
            [2, 3],
            [3, 2],
            [4, 2],
          ]),
        );
        for (let k = 0; k < n; k++) {
          statementId++;
          const text = words.statement(random);
          const act = random.weighted(ACT_WEIGHTS);
          const roundId = random.chance(0.15) ? 1 + random.int(cfg.rounds) : null;
          const conditional = act === 'THREATEN' && random.chance(0.4);
          const status = random.chance(0.01) ? 'PENDING' : 'PUBLISHED';
          // Core's rule, not a restatement of it: copies from the occasion, intensity from the act.
          const row = statementRow({ id: occasionId, speakerId, saidOn: d, channel }, { text, act, conditional, roundId, status });
          insStatement(
            statementId,
            row.occasionId,
            row.speakerId,
            row.saidOn,
            row.channel,
            row.text,
            row.act,
            row.intensity,
            row.conditional ? 1 : 0,
            row.roundId,
            row.status,
            ts(d, statementId),
          );
          const targets = random.weighted([
            [0, 3],
            [1, 4],
            [2, 3],
          ]);
          for (const t of random.distinct(cfg.actors, targets))
            if (t + 1 !== speakerId) {
              insTarget(statementId, t + 1);
              count('statementTargets');
            }
          const topicCount = random.weighted([
            [1, 5],
            [2, 4],
            [3, 1],
          ]);
          const topics = new Set<string>();
          for (let i = 0; i < topicCount; i++) topics.add(random.skewed(TOPICS, 1.6));
          for (const t of topics) {
            insTopic(statementId, t);
            count('statementTopics');
          }
          const quoteCount = random.weighted(QUOTES_PER_STATEMENT);
          for (const o of random.distinct(OUTLETS.length, quoteCount)) {
            const src = open[o]!;
            const kind = random.weighted([
              ['DIRECT', 60],
              ['INDIRECT', 25],
              ['PARAPHRASE', 15],
            ] as const);
            const quote = kind === 'DIRECT' ? text : kind === 'INDIRECT' ? `that ${text[0]!.toLowerCase()}${text.slice(1)}` : words.paraphrase(text, random);
            const filler = words.filler(random);
            const start = src.length + filler.length;
            src.parts.push(filler, quote, ' ');
            src.length = start + quote.length + 1;
            quoteId++;
            insQuote(
              quoteId,
              statementId,
              src.id,
              quote,
              kind,
              start,
              start + quote.length,
              random.weighted([
                ['CONFIRMED', 90],
                ['SUGGESTED', 8],
                ['REJECTED', 2],
              ]),
              ts(d, quoteId),
            );
            count('quotes');
            if (++src.quotes >= src.closeAt) {
              closeSource(src);
              open[o] = openSource(o, d);
            }
          }
          count('statements');
        }
      }
    })();
    if (statementId % 100_000 === 0 || statementId === cfg.statements) progress(`statements: ${statementId}, quotes: ${quoteId}`);
  }
  sqlite.transaction(() => {
    for (const s of open) if (s.quotes > 0) closeSource(s);
  })();
  const sourceIds = sqlite.prepare('SELECT id FROM sources').pluck().all() as number[];

  // ── negotiation processes and rounds, with their status history ─────────────────────────────────────
  const insProcess = inserter(sqlite, T.negotiationProcesses, ['id', 'name', 'description', 'createdAt']);
  const insMediator = inserter(sqlite, T.processMediators, ['processId', 'actorId']);
  const insRound = inserter(sqlite, T.negotiationRounds, [
    'id',
    'processId',
    'sequence',
    'title',
    'venueCity',
    'venueCountry',
    'startedOn',
    'endedOn',
    'status',
    'outcome',
    'updatedAt',
    'createdAt',
  ]);
  const insParticipant = inserter(sqlite, T.roundParticipants, ['roundId', 'actorId', 'role']);
  const insUpdate = inserter(sqlite, T.roundUpdates, ['roundId', 'at', 'status', 'note', 'sourceId', 'createdAt']);
  const insDemand = inserter(sqlite, T.demands, ['roundId', 'byId', 'toId', 'text', 'status', 'sourceId', 'createdAt']);
  sqlite.transaction(() => {
    const processes = Math.max(2, Math.round(cfg.rounds / 8));
    for (let p = 1; p <= processes; p++) {
      insProcess(p, `${random.pick(CITIES)[0]} process ${p}`, 'Talks between Pakistan and Afghanistan.', ts(day(startDay, 0), p));
      insMediator(p, 8);
      if (random.chance(0.5)) insMediator(p, 9);
      count('negotiationProcesses');
    }
    const sequence = new Map<number, number>();
    for (let r = 1; r <= cfg.rounds; r++) {
      const processId = 1 + ((r - 1) % processes);
      const seq = (sequence.get(processId) ?? 0) + 1;
      sequence.set(processId, seq);
      const [city, country] = random.pick(CITIES);
      const startOffset = Math.floor(((r - 1) / cfg.rounds) * cfg.days);
      const path = random.pick(ROUND_STATUS_PATH);
      const status = path[path.length - 1]!;
      const started = day(startDay, startOffset);
      const ended = status === 'CONCLUDED' || status === 'COLLAPSED' ? day(startDay, Math.min(cfg.days - 1, startOffset + random.between(1, 4))) : null;
      const outcome = status === 'CONCLUDED' ? random.pick(['CEASEFIRE', 'AGREEMENT'] as const) : status === 'COLLAPSED' ? 'NO_AGREEMENT' : null;
      insRound(r, processId, seq, `Round ${seq} in ${city}`, city, country, started, ended, status, outcome, ts(started, r), ts(started, r));
      count('negotiationRounds');
      insParticipant(r, 3, 'PARTY');
      insParticipant(r, 4, 'PARTY');
      insParticipant(r, 8 + random.int(2), 'MEDIATOR');
      for (const id of random.distinct(orgIds.length, 2)) if (orgIds[id]! > 9) insParticipant(r, orgIds[id]!, 'OBSERVER');
      path.forEach((st, i) => {
        const at = `${day(startDay, Math.min(cfg.days - 1, startOffset + i))}T${String(9 + i).padStart(2, '0')}:00:00.000Z`;
        insUpdate(r, at, st, `${st.replace('_', ' ').toLowerCase()}: ${words.statement(random)}`, random.pick(sourceIds), at);
        count('roundUpdates');
      });
      for (let i = random.between(1, 3); i > 0; i--) {
        const [by, to] = random.chance(0.5) ? [3, 4] : [4, 3];
        insDemand(
          r,
          by,
          to,
          words.statement(random),
          random.pick(['TABLED', 'ACCEPTED', 'REJECTED', 'PARTIAL'] as const),
          random.pick(sourceIds),
          ts(started, i),
        );
        count('demands');
      }
    }
  })();
  progress(`sources: ${counts.sources}, rounds: ${counts.negotiationRounds}; rebuilding indexes…`);

  restore(sqlite, aside, progress);
  sqlite.exec(`INSERT INTO search_index(search_index) VALUES ('optimize')`);
  progress('full-text index optimized');
  if (statements <= 200_000) {
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`generated dataset breaks ${broken.length} foreign keys, e.g. ${JSON.stringify(broken[0])}`);
  }
  // What openDatabase's `PRAGMA optimize` would otherwise do on the first start of every server.
  sqlite.exec('ANALYZE');
  progress('analyzed');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return { path, seconds: (performance.now() - started) / 1000, counts, bytes: statSync(path).size };
}
