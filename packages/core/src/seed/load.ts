import type { Viewer } from '../auth/viewer.ts';
import { insertActor, insertActorRole } from '../commands/actors.ts';
import { insertClaim } from '../commands/claims.ts';
import { insertDemand } from '../commands/demands.ts';
import { insertDiscrepancy } from '../commands/discrepancies.ts';
import { insertEvent } from '../commands/events.ts';
import { insertOccasion, type OccasionRow } from '../commands/occasions.ts';
import { insertProcess } from '../commands/processes.ts';
import { insertQuote } from '../commands/quotes.ts';
import { appendRoundUpdate, insertRound } from '../commands/rounds.ts';
import { insertSource } from '../commands/sources.ts';
import { insertStatement } from '../commands/statements.ts';
import type { ParleyDb } from '../db/open.ts';
import * as T from '../db/schema.ts';
import { mustFind, write, type WriteScope } from '../write/transaction.ts';
import type { SeedActor } from './format.ts';
import { readSeedDataset, type LoadedDataset } from './read.ts';
import { parentsFirst, type SeedReport, seedTally } from './tally.ts';
import { validateSeed } from './validate.ts';

export { readSeedDataset } from './read.ts';

export type { SeedReport } from './tally.ts';

export interface LoadSeedOptions {
  /** The dataset's folder (one JSON file per entity, article bodies beside them), e.g. @parley/seed's seedDir. */
  dir?: string;
  dataset?: LoadedDataset;
  /** Progress lines, e.g. console.log. */
  onProgress?: (message: string) => void;
}

/** The change log names the seed as the writer of everything it adds, with the action 'seed'. */
const SEED_VIEWER: Viewer = { tokenId: null, name: 'seed', role: 'ADMIN' };
const SEED = 'seed';

/**
 * Loads the curated dataset in one transaction, through the same commands as every other write. Entries are
 * matched by their stable key (actors by slug, sources also by content hash): what exists is kept as it is and
 * its children are left alone, so running it again adds nothing.
 */
export async function loadSeed(db: ParleyDb, options: LoadSeedOptions = {}): Promise<SeedReport> {
  if (!options.dataset && !options.dir) throw new Error('loadSeed: give the dataset or the folder it is in (dir)');
  const loaded = options.dataset ?? readSeedDataset(options.dir!);
  const problems = validateSeed(loaded);
  if (problems.length) throw new Error(`The seed dataset is invalid:\n- ${problems.join('\n- ')}`);
  // No pubsub: nothing is announced while seeding.
  return write({ db, viewer: SEED_VIEWER }, (scope) => loadInto(scope, loaded, options.onProgress ?? (() => {})), SEED);
}

async function loadInto(scope: WriteScope, { dataset: d, bodies }: LoadedDataset, progress: (message: string) => void): Promise<SeedReport> {
  const { report, count, existing, added } = seedTally(scope.tx);

  const sourceIds = new Map<string, number>();
  for (const s of d.sources) {
    let id = await existing('Source', T.sources, s.key);
    if (id === undefined) {
      const { key, title, outlet, kind, url, publishedOn, publishedPrecision, language } = s;
      const input = { key, title, outlet, kind, url, publishedOn, publishedPrecision, language, body: bodies.get(key)! };
      const stored = await insertSource(scope, input, SEED);
      count('Source', stored.created); // the same text already stored (e.g. ingested) is kept
      id = stored.id;
    }
    sourceIds.set(s.key, id);
  }
  const src = (key: string | undefined) => (key === undefined ? null : sourceIds.get(key)!);
  progress(`sources: ${d.sources.length}`);

  const actorIds = new Map<string, number>();
  const actor = (key: string) => actorIds.get(key)!;
  const newActors: SeedActor[] = [];
  for (const a of parentsFirst(d.actors)) {
    let id = await existing('Actor', T.actors, a.key, T.actors.slug);
    if (id === undefined) {
      const { key: slug, name, kind, country, description } = a;
      const aliases = (a.aliases ?? []).map((x) => ({ text: x.text, kind: x.kind ?? 'SPELLING', sourceId: src(x.source) }));
      const input = { slug, name, kind, country, description, parentId: a.parent === undefined ? null : actor(a.parent), aliases };
      id = added('Actor', await insertActor(scope, input, `actors.${slug}`, SEED)).id;
      newActors.push(a);
    }
    actorIds.set(a.key, id);
  }
  // Roles name organizations, which may come later in the file: they follow once every actor is there.
  for (const a of newActors) {
    for (const [i, r] of (a.roles ?? []).entries()) {
      const role = { title: r.title, from: r.from, to: r.to, sourceId: src(r.source) };
      await insertActorRole(
        scope,
        actor(a.key),
        { ...role, organizationId: r.organization ? actor(r.organization) : null },
        `actors.${a.key}.roles.${i}`,
        SEED,
      );
    }
  }
  progress(`actors: ${d.actors.length}`);

  const processIds = new Map<string, number>();
  for (const p of d.processes) {
    const input = { key: p.key, name: p.name, description: p.description, mediatorIds: (p.mediators ?? []).map(actor) };
    const id = await existing('NegotiationProcess', T.negotiationProcesses, p.key);
    processIds.set(p.key, id ?? added('NegotiationProcess', await insertProcess(scope, input, `processes.${p.key}`, SEED)).id);
  }

  const roundIds = new Map<string, number>();
  for (const r of d.rounds) {
    const at = `rounds.${r.key}`;
    let id = await existing('NegotiationRound', T.negotiationRounds, r.key);
    if (id === undefined) {
      const { key, sequence, title, venueCity, venueCountry, startedOn, endedOn, status, outcome } = r;
      const participants = r.participants.map((p) => ({ actorId: actor(p.actor), role: p.role }));
      const input = {
        key,
        processId: processIds.get(r.process)!,
        sequence,
        title,
        venueCity,
        venueCountry,
        startedOn,
        endedOn,
        status,
        outcome,
        participants,
      };
      id = added('NegotiationRound', await insertRound(scope, input, at, SEED)).id;
      // The history goes through the one command that keeps a round's status in step with its latest update;
      // validateSeed has proved that update carries the status the dataset gives, so the result is the same.
      let now = status;
      for (const [i, u] of r.updates.entries()) {
        const update = { status: u.status, at: u.at, atPrecision: u.atPrecision, note: u.note, sourceId: src(u.source) };
        now = (await appendRoundUpdate(scope, id, update, `${at}.updates.${i}`)).round.status;
      }
      if (now !== status) throw new Error(`${at}: its history ends in ${now}, not the ${status} the dataset gives`);
    }
    roundIds.set(r.key, id);
    for (const dm of r.demands ?? []) {
      if ((await existing('Demand', T.demands, dm.key)) !== undefined) continue;
      const { key, text, status, note } = dm;
      const input = { key, roundId: id, byId: actor(dm.by), toId: actor(dm.to), text, status, note, sourceId: src(dm.source) };
      added('Demand', await insertDemand(scope, input, `${at}.demands.${key}`, SEED));
    }
  }
  progress(`rounds: ${d.rounds.length}`);

  const occasions = new Map<string, OccasionRow>();
  for (const o of d.occasions) {
    const id = await existing('Occasion', T.occasions, o.key);
    const { key, saidOn, datePrecision, channel, venue, url, note } = o;
    const input = { key, speakerId: actor(o.speaker), saidOn, datePrecision, channel, venue, url, note };
    const row =
      id === undefined
        ? added('Occasion', await insertOccasion(scope, input, `occasions.${key}`, SEED))
        : await mustFind(scope.tx, T.occasions, id, `occasions.${key}`, 'occasion');
    occasions.set(key, row);
  }
  const statementIds = new Map<string, number>();
  for (const s of d.statements) {
    const at = `statements.${s.key}`;
    let id = await existing('Statement', T.statements, s.key);
    if (id === undefined) {
      // Speaker, date, channel and intensity are the command's to derive (from the occasion and the act).
      const { key, text, act, conditional, note, topics } = s;
      const input = {
        key,
        text,
        act,
        conditional,
        note,
        topics,
        roundId: s.round ? roundIds.get(s.round)! : null,
        targetIds: (s.targets ?? []).map(actor),
      };
      id = added('Statement', await insertStatement(scope, occasions.get(s.occasion)!, input, at, SEED)).id;
      for (const [i, q] of s.quotes.entries()) {
        const quote = { sourceId: src(q.source)!, text: q.text, start: q.start, end: q.end, kind: q.kind, link: q.link };
        await insertQuote(scope, id, quote, `${at}.quotes.${i}`);
      }
    }
    statementIds.set(s.key, id);
  }
  progress(`statements: ${d.statements.length}`);

  const eventIds = new Map<string, number>();
  for (const e of d.events) {
    const { key, type, occurredOn, datePrecision, summary } = e;
    const locations = (e.locations ?? []).map((l) => ({ place: l.place ?? null, province: l.province ?? null, country: l.country }));
    const input = { key, type, occurredOn, datePrecision, summary, sourceId: src(e.source), locations };
    eventIds.set(key, (await existing('Event', T.events, key)) ?? added('Event', await insertEvent(scope, input, `events.${key}`, SEED)).id);
  }
  for (const c of d.claims) {
    if ((await existing('Claim', T.claims, c.key)) !== undefined) continue;
    const { key, text, killed, civilians, children } = c;
    const stances = c.stances.map(({ actor: by, statement, source, ...s }) => ({
      ...s,
      actorId: actor(by),
      statementId: statement ? statementIds.get(statement)! : null,
      sourceId: src(source),
    }));
    const input = {
      key,
      text,
      eventId: c.event ? eventIds.get(c.event)! : null,
      sourceId: src(c.source),
      killed,
      civilians,
      children,
      stances,
    };
    added('Claim', await insertClaim(scope, input, `claims.${key}`, SEED));
  }
  for (const x of d.discrepancies) {
    if ((await existing('Discrepancy', T.discrepancies, x.key)) !== undefined) continue;
    const versions = x.versions.map((v) => ({ value: v.value, sourceId: src(v.source)!, quote: v.quote }));
    const input = { key: x.key, subject: x.subject, field: x.field, note: x.note, versions };
    added('Discrepancy', await insertDiscrepancy(scope, input, `discrepancies.${x.key}`, SEED));
  }
  progress(`events: ${d.events.length}, claims: ${d.claims.length}, discrepancies: ${d.discrepancies.length}`);
  return report;
}

/** True when the database holds no actors and no sources yet: the first start. */
export async function isEmpty(db: ParleyDb): Promise<boolean> {
  return (await db.$count(T.actors)) === 0 && (await db.$count(T.sources)) === 0;
}
