// The public record of each entity, as the sync feed and the replay test see it. One SQL query per entity
// answers for a whole batch of ids (passed as one parameter), so projecting a write costs a few statements.
// Each query is written once and rendered for both engines (json-sql.ts); a record projects to the same JSON on
// either, so the feed's data and hashes do not depend on the engine.
import { engineOf, type Engine } from '../db/engine.ts';
import type { ParleyDb } from '../db/open.ts';
import { globalIdOrNull as gid } from './global-id.ts';
import { forEngines, JSON_SQL, list } from './json-sql.ts';
import { renderCited } from './cited.ts';
import { ask, drive, type Row, type Steps } from './steps.ts';

export interface Projection {
  /** In the public dataset now. */
  public: boolean;
  /** Out of it because an editor retracted it (rather than, say, a confirmation being undone). */
  retracted: string | null;
  data: Record<string, unknown>;
}

type Project = (row: Row) => Projection;

interface EntityProjection {
  /** Its aliases are quoted: PostgreSQL would fold them to lower case. */
  sql: Record<Engine, string>;
  project: Project;
}

const retractedOf = (row: Row) => (row.retractedAt ? String(row.retractionReason ?? '') : null);

const STATEMENT: EntityProjection = {
  sql: forEngines(
    (d) => `SELECT s.*, s.retracted_at AS "retractedAt", s.retraction_reason AS "retractionReason", o.date_precision AS "datePrecision", o.venue,
      ${d.list('actor_id', 'statement_targets WHERE statement_id = s.id', 'actor_id')} AS targets,
      ${d.list('topic', 'statement_topics WHERE statement_id = s.id', 'topic')} AS topics
    FROM statements s JOIN occasions o ON o.id = s.occasion_id WHERE s.id ${d.ids}`,
  ),
  project: (r) => ({
    public: r.status === 'PUBLISHED',
    retracted: r.status === 'RETRACTED' ? retractedOf(r) : null,
    data: {
      key: r.key,
      text: r.text,
      act: r.act,
      intensity: r.intensity,
      conditional: Boolean(r.conditional), // 0/1 on SQLite, a boolean on PostgreSQL
      saidOn: r.said_on,
      datePrecision: r.datePrecision,
      channel: r.channel,
      venue: r.venue,
      note: r.note,
      speaker: gid('Actor', r.speaker_id),
      occasion: gid('Occasion', r.occasion_id),
      round: gid('NegotiationRound', r.round_id),
      targets: list(r.targets).map((id: number) => gid('Actor', id)),
      topics: list(r.topics),
    },
  }),
};

const QUOTE: EntityProjection = {
  sql: forEngines(
    (d) => `SELECT q.*, q.retracted_at AS "retractedAt", q.retraction_reason AS "retractionReason", s.status AS "statementStatus",
      src.retracted_at AS "sourceRetracted"
    FROM quotes q JOIN statements s ON s.id = q.statement_id JOIN sources src ON src.id = q.source_id
    WHERE q.id ${d.ids}`,
  ),
  project: (r) => ({
    public: r.link === 'CONFIRMED' && !r.retractedAt && r.statementStatus === 'PUBLISHED' && !r.sourceRetracted,
    retracted: retractedOf(r),
    data: {
      statement: gid('Statement', r.statement_id),
      source: gid('Source', r.source_id),
      text: r.text,
      kind: r.kind,
      start: r.start,
      end: r.end,
    },
  }),
};

const ACTOR: EntityProjection = {
  sql: forEngines(
    (d) => `SELECT a.*, a.retracted_at AS "retractedAt", a.retraction_reason AS "retractionReason",
      ${d.objects({ text: 'text', kind: 'kind' }, 'actor_aliases WHERE actor_id = a.id', 'id')} AS aliases,
      ${d.objects({ title: 'title', organization: 'organization_id', from: 'from_on', to: 'to_on' }, 'actor_roles WHERE actor_id = a.id', 'id')} AS roles
    FROM actors a WHERE a.id ${d.ids}`,
  ),
  project: (r) => ({
    public: r.status === 'ACTIVE',
    retracted: r.status === 'RETRACTED' ? retractedOf(r) : null,
    data: {
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      country: r.country,
      description: r.description,
      parent: gid('Actor', r.parent_id),
      aliases: list(r.aliases),
      roles: list(r.roles).map((x: Row) => ({ ...x, organization: gid('Actor', x.organization) })),
    },
  }),
};

const SOURCE: EntityProjection = {
  sql: forEngines((d) => `SELECT s.*, s.retracted_at AS "retractedAt", s.retraction_reason AS "retractionReason" FROM sources s WHERE s.id ${d.ids}`),
  project: (r) => ({
    public: !r.retractedAt,
    retracted: retractedOf(r),
    data: {
      key: r.key,
      title: r.title,
      outlet: r.outlet,
      kind: r.kind,
      url: r.url,
      publishedOn: r.published_on,
      publishedPrecision: r.published_precision,
      language: r.language,
      contentHash: r.content_hash,
      body: r.body,
    },
  }),
};

const EVENT: EntityProjection = {
  sql: forEngines(
    (d) => `SELECT e.*, e.retracted_at AS "retractedAt", e.retraction_reason AS "retractionReason",
      ${d.objects({ place: 'place', province: 'province', country: 'country' }, 'event_locations WHERE event_id = e.id', 'id')} AS locations
    FROM events e WHERE e.id ${d.ids}`,
  ),
  project: (r) => ({
    public: !r.retractedAt,
    retracted: retractedOf(r),
    data: {
      key: r.key,
      type: r.type,
      occurredOn: r.occurred_on,
      datePrecision: r.date_precision,
      summary: r.summary,
      source: gid('Source', r.source_id),
      locations: list(r.locations),
    },
  }),
};

// A stance's fields, in the order the feed gives them.
const STANCE = {
  id: 'id',
  actor: 'actor_id',
  stance: 'stance',
  statement: 'statement_id',
  source: 'source_id',
  killed: 'killed',
  civilians: 'civilians',
  children: 'children',
};

const CLAIM: EntityProjection = {
  sql: forEngines(
    (d) => `SELECT c.*, c.retracted_at AS "retractedAt", c.retraction_reason AS "retractionReason",
      ${d.objects(STANCE, 'claim_stances WHERE claim_id = c.id AND retracted_at IS NULL', 'id')} AS stances
    FROM claims c WHERE c.id ${d.ids}`,
  ),
  project: (r) => ({
    public: !r.retractedAt,
    retracted: retractedOf(r),
    data: {
      key: r.key,
      text: r.text,
      event: gid('Event', r.event_id),
      killed: r.killed,
      civilians: r.civilians,
      children: r.children,
      source: gid('Source', r.source_id),
      stances: list(r.stances).map((s: Row) => ({
        ...s,
        id: gid('ClaimStance', s.id),
        actor: gid('Actor', s.actor),
        statement: gid('Statement', s.statement),
        source: gid('Source', s.source),
      })),
    },
  }),
};

const ROUND: EntityProjection = {
  sql: forEngines(
    (d) => `SELECT r.*, r.retracted_at AS "retractedAt", r.retraction_reason AS "retractionReason",
      ${d.objects({ actor: 'actor_id', role: 'role' }, 'round_participants WHERE round_id = r.id', 'role, actor_id')} AS participants,
      ${d.objects(
        { at: 'at', atPrecision: 'at_precision', status: 'status', note: 'note', source: 'source_id' },
        'round_updates WHERE round_id = r.id',
        'at, id',
      )} AS updates
    FROM negotiation_rounds r WHERE r.id ${d.ids}`,
  ),
  project: (r) => ({
    public: !r.retractedAt,
    retracted: retractedOf(r),
    data: {
      key: r.key,
      process: gid('NegotiationProcess', r.process_id),
      sequence: r.sequence,
      title: r.title,
      venueCity: r.venue_city,
      venueCountry: r.venue_country,
      startedOn: r.started_on,
      endedOn: r.ended_on,
      status: r.status,
      outcome: r.outcome,
      participants: list(r.participants).map((p: Row) => ({ ...p, actor: gid('Actor', p.actor) })),
      updates: list(r.updates).map((u: Row) => ({ ...u, source: gid('Source', u.source) })),
    },
  }),
};

const DEMAND: EntityProjection = {
  sql: forEngines(
    (j) => `SELECT d.*, d.retracted_at AS "retractedAt", d.retraction_reason AS "retractionReason", r.retracted_at AS "roundRetracted"
    FROM demands d JOIN negotiation_rounds r ON r.id = d.round_id WHERE d.id ${j.ids}`,
  ),
  project: (r) => ({
    public: !r.retractedAt && !r.roundRetracted,
    retracted: retractedOf(r),
    data: {
      key: r.key,
      round: gid('NegotiationRound', r.round_id),
      by: gid('Actor', r.by_id),
      to: gid('Actor', r.to_id),
      text: r.text,
      status: r.status,
      note: r.note,
      source: gid('Source', r.source_id),
    },
  }),
};

/** The entities of the public dataset, by GraphQL type name. */
export const PROJECTIONS: Record<string, EntityProjection> = {
  Actor: ACTOR,
  Source: SOURCE,
  Statement: STATEMENT,
  Quote: QUOTE,
  Event: EVENT,
  Claim: CLAIM,
  NegotiationRound: ROUND,
  Demand: DEMAND,
};

export const SYNC_ENTITIES = Object.keys(PROJECTIONS);

/** Projects a batch of one entity's rows; ids missing from the answer no longer exist. */
export function project(db: ParleyDb, entity: string, ids: readonly number[]): Promise<Map<number, Projection>> {
  return drive(db, projecting(engineOf(db), entity, ids));
}

/** project() as steps, for recordSync. */
export function* projecting(engine: Engine, entity: string, ids: readonly number[]): Steps<Map<number, Projection>> {
  const spec = PROJECTIONS[entity];
  const out = new Map<number, Projection>();
  if (!spec) return out;
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of yield ask(spec.sql[engine], JSON_SQL[engine].idsParam(ids.slice(i, i + 500)))) {
      const projection = spec.project(row);
      yield* renderCited(projection.data);
      out.set(row.id, projection);
    }
  }
  return out;
}
