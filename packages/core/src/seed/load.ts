import { eq } from 'drizzle-orm';
import type { ParleyDb } from '../db/open.ts';
import * as T from '../db/schema.ts';
import { contentHash } from '../domain/content-hash.ts';
import { ACT_INTENSITY } from '../domain/enums.ts';
import { addAlias } from '../write/aliases.ts';
import type { Tx } from '../write/transaction.ts';
import { readSeedDataset, type LoadedDataset } from './read.ts';
import { recordSync, touch, type Touched } from '../sync/record.ts';
import { validateSeed } from './validate.ts';

export { readSeedDataset } from './read.ts';

export type SeedReport = Record<string, { added: number; kept: number }>;

export interface LoadSeedOptions {
  /** The dataset's folder (one JSON file per entity, article bodies beside them), e.g. @parley/seed's seedDir. */
  dir?: string;
  dataset?: LoadedDataset;
  /** Progress lines, e.g. console.log. */
  onProgress?: (message: string) => void;
}

/**
 * Loads the curated dataset in one transaction. Entries are matched by their stable key (actors by slug,
 * sources also by content hash): what exists is kept as it is, so running it again adds nothing.
 */
export function loadSeed(db: ParleyDb, options: LoadSeedOptions = {}): SeedReport {
  if (!options.dataset && !options.dir) throw new Error('loadSeed: give the dataset or the folder it is in (dir)');
  const loaded = options.dataset ?? readSeedDataset(options.dir!);
  const problems = validateSeed(loaded);
  if (problems.length) throw new Error(`The seed dataset is invalid:\n- ${problems.join('\n- ')}`);
  const { dataset: d, bodies } = loaded;
  const report: SeedReport = {};
  const progress = options.onProgress ?? (() => {});

  db.transaction((tx) => {
    const touched: Touched = new Map();
    const count = (entity: string, added: boolean) => {
      report[entity] ??= { added: 0, kept: 0 };
      report[entity][added ? 'added' : 'kept'] += 1;
    };
    const log = (entity: string, id: number, after: unknown) => {
      tx.insert(T.changes).values({ who: 'seed', entity, entityId: id, action: 'seed', before: null, after }).run();
      touch(touched, entity, id);
    };
    /** Finds by key or inserts; the callback runs only for new rows, so children are never duplicated. */
    const upsert = <R extends { id: number }>(entity: string, found: R | undefined, insert: () => R, children?: (row: R) => void) => {
      count(entity, !found);
      if (found) return found.id;
      const row = insert();
      children?.(row);
      log(entity, row.id, row);
      return row.id;
    };

    const sourceIds = new Map<string, number>();
    for (const s of d.sources) {
      const body = bodies.get(s.key)!;
      const hash = contentHash(body);
      const found = tx.select().from(T.sources).where(eq(T.sources.contentHash, hash)).get();
      sourceIds.set(s.key, upsert('Source', found, () =>
        tx.insert(T.sources).values({
          key: s.key, title: s.title, outlet: s.outlet, kind: s.kind, url: s.url ?? null, publishedOn: s.publishedOn ?? null,
          publishedPrecision: s.publishedPrecision ?? 'DAY', language: s.language, body, contentHash: hash,
        }).returning().get()));
    }
    const src = (key: string | undefined) => (key === undefined ? null : sourceIds.get(key)!);
    progress(`sources: ${d.sources.length}`);

    const actorIds = new Map<string, number>();
    const newActors: typeof d.actors = [];
    for (const a of d.actors) {
      const found = tx.select().from(T.actors).where(eq(T.actors.slug, a.key)).get();
      if (!found) newActors.push(a);
      actorIds.set(a.key, upsert('Actor', found, () =>
        tx.insert(T.actors).values({ slug: a.key, name: a.name, kind: a.kind, country: a.country ?? null, description: a.description ?? null }).returning().get()));
    }
    const actor = (key: string) => actorIds.get(key)!;
    for (const a of newActors) {
      const id = actor(a.key);
      if (a.parent) tx.update(T.actors).set({ parentId: actor(a.parent) }).where(eq(T.actors.id, id)).run();
      addAlias(tx as Tx, id, a.name, 'NAME', null, `actors.${a.key}.name`);
      for (const alias of a.aliases ?? []) addAlias(tx as Tx, id, alias.text, alias.kind ?? 'SPELLING', src(alias.source), `actors.${a.key}.aliases`);
      for (const role of a.roles ?? []) {
        tx.insert(T.actorRoles).values({
          actorId: id, title: role.title, organizationId: role.organization ? actor(role.organization) : null,
          fromOn: role.from ?? null, toOn: role.to ?? null, sourceId: src(role.source),
        }).run();
      }
    }
    progress(`actors: ${d.actors.length}`);

    const processIds = new Map<string, number>();
    for (const p of d.processes) {
      const found = tx.select().from(T.negotiationProcesses).where(eq(T.negotiationProcesses.key, p.key)).get();
      processIds.set(p.key, upsert('NegotiationProcess', found,
        () => tx.insert(T.negotiationProcesses).values({ key: p.key, name: p.name, description: p.description ?? null }).returning().get(),
        (row) => {
          const mediators = (p.mediators ?? []).map((m) => ({ processId: row.id, actorId: actor(m) }));
          if (mediators.length) tx.insert(T.processMediators).values(mediators).run();
        }));
    }
    const roundIds = new Map<string, number>();
    for (const r of d.rounds) {
      const found = tx.select().from(T.negotiationRounds).where(eq(T.negotiationRounds.key, r.key)).get();
      roundIds.set(r.key, upsert('NegotiationRound', found,
        () => tx.insert(T.negotiationRounds).values({
          key: r.key, processId: processIds.get(r.process)!, sequence: r.sequence, title: r.title, venueCity: r.venueCity ?? null,
          venueCountry: r.venueCountry ?? null, startedOn: r.startedOn ?? null, endedOn: r.endedOn ?? null, status: r.status,
          outcome: r.outcome ?? null,
        }).returning().get(),
        (row) => {
          if (r.participants.length) {
            tx.insert(T.roundParticipants).values(r.participants.map((p) => ({ roundId: row.id, actorId: actor(p.actor), role: p.role }))).onConflictDoNothing().run();
          }
          for (const u of r.updates) {
            tx.insert(T.roundUpdates).values({ roundId: row.id, at: u.at, atPrecision: u.atPrecision ?? 'DAY', status: u.status, note: u.note, sourceId: src(u.source) }).run();
          }
        }));
      for (const dm of r.demands ?? []) {
        const foundDemand = tx.select().from(T.demands).where(eq(T.demands.key, dm.key)).get();
        upsert('Demand', foundDemand, () => tx.insert(T.demands).values({
          key: dm.key, roundId: roundIds.get(r.key)!, byId: actor(dm.by), toId: actor(dm.to), text: dm.text, status: dm.status,
          note: dm.note ?? null, sourceId: src(dm.source),
        }).returning().get());
      }
    }
    progress(`rounds: ${d.rounds.length}`);

    const occasionIds = new Map<string, typeof T.occasions.$inferSelect>();
    for (const o of d.occasions) {
      const found = tx.select().from(T.occasions).where(eq(T.occasions.key, o.key)).get();
      const id = upsert('Occasion', found, () => tx.insert(T.occasions).values({
        key: o.key, speakerId: actor(o.speaker), saidOn: o.saidOn, datePrecision: o.datePrecision, channel: o.channel,
        venue: o.venue ?? null, url: o.url ?? null, note: o.note ?? null,
      }).returning().get());
      occasionIds.set(o.key, tx.select().from(T.occasions).where(eq(T.occasions.id, id)).get()!);
    }
    const statementIds = new Map<string, number>();
    for (const s of d.statements) {
      const occasion = occasionIds.get(s.occasion)!;
      const found = tx.select().from(T.statements).where(eq(T.statements.key, s.key)).get();
      statementIds.set(s.key, upsert('Statement', found,
        () => tx.insert(T.statements).values({
          key: s.key, occasionId: occasion.id, speakerId: occasion.speakerId, saidOn: occasion.saidOn, channel: occasion.channel,
          text: s.text, act: s.act, intensity: ACT_INTENSITY[s.act], conditional: s.conditional ?? false,
          roundId: s.round ? roundIds.get(s.round)! : null, note: s.note ?? null,
        }).returning().get(),
        (row) => {
          const targets = [...new Set(s.targets ?? [])].map((t) => ({ statementId: row.id, actorId: actor(t) }));
          if (targets.length) tx.insert(T.statementTargets).values(targets).run();
          const topics = [...new Set(s.topics ?? [])].map((topic) => ({ statementId: row.id, topic }));
          if (topics.length) tx.insert(T.statementTopics).values(topics).run();
          for (const q of s.quotes) {
            tx.insert(T.quotes).values({
              statementId: row.id, sourceId: src(q.source)!, text: q.text, kind: q.kind, start: q.start, end: q.end, link: q.link ?? 'CONFIRMED',
            }).run();
          }
        }));
    }
    progress(`statements: ${d.statements.length}`);

    const eventIds = new Map<string, number>();
    for (const e of d.events) {
      const found = tx.select().from(T.events).where(eq(T.events.key, e.key)).get();
      eventIds.set(e.key, upsert('Event', found,
        () => tx.insert(T.events).values({
          key: e.key, type: e.type, occurredOn: e.occurredOn, datePrecision: e.datePrecision, summary: e.summary, sourceId: src(e.source),
        }).returning().get(),
        (row) => {
          const locations = (e.locations ?? []).map((l) => ({ eventId: row.id, place: l.place ?? null, province: l.province ?? null, country: l.country }));
          if (locations.length) tx.insert(T.eventLocations).values(locations).run();
        }));
    }
    for (const c of d.claims) {
      const found = tx.select().from(T.claims).where(eq(T.claims.key, c.key)).get();
      upsert('Claim', found,
        () => tx.insert(T.claims).values({
          key: c.key, text: c.text, eventId: c.event ? eventIds.get(c.event)! : null, killed: c.killed ?? null,
          civilians: c.civilians ?? null, children: c.children ?? null, sourceId: src(c.source),
        }).returning().get(),
        (row) => {
          for (const s of c.stances) {
            tx.insert(T.claimStances).values({
              claimId: row.id, actorId: actor(s.actor), stance: s.stance, statementId: s.statement ? statementIds.get(s.statement)! : null,
              sourceId: src(s.source), killed: s.killed ?? null, civilians: s.civilians ?? null, children: s.children ?? null,
            }).run();
          }
        });
    }
    for (const x of d.discrepancies) {
      const found = tx.select().from(T.discrepancies).where(eq(T.discrepancies.key, x.key)).get();
      upsert('Discrepancy', found,
        () => tx.insert(T.discrepancies).values({ key: x.key, subject: x.subject, field: x.field, note: x.note ?? null }).returning().get(),
        (row) => {
          tx.insert(T.discrepancyVersions).values(x.versions.map((v) => ({ discrepancyId: row.id, value: v.value, sourceId: src(v.source)!, quote: v.quote ?? null }))).run();
        });
    }
    progress(`events: ${d.events.length}, claims: ${d.claims.length}, discrepancies: ${d.discrepancies.length}`);
    // The seed writes its rows directly (one transaction, no per-row command), so it announces them here.
    recordSync(db.$client, touched);
  });
  return report;
}

/** True when the database holds no actors and no sources yet: the first start. */
export function isEmpty(db: ParleyDb): boolean {
  return db.$count(T.actors).sync() === 0 && db.$count(T.sources).sync() === 0;
}
