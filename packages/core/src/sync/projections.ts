// The public record of each entity, as the sync feed and the replay test see it. One SQL query per entity
// answers for a whole batch of ids (passed as a JSON array), so projecting a write costs a few statements.
import type Database from 'better-sqlite3';
import { citationKeys, renderCitations } from '../domain/citations.ts';
import { globalIdOrNull as gid } from './global-id.ts';

export interface Projection {
  /** In the public dataset now. */
  public: boolean;
  /** Out of it because an editor retracted it (rather than, say, a confirmation being undone). */
  retracted: string | null;
  data: Record<string, unknown>;
}

type Row = Record<string, any>;
type Project = (row: Row) => Projection;

interface EntityProjection {
  sql: string;
  project: Project;
}

const list = (json: string | null): any[] => (json ? JSON.parse(json) : []);
const retractedOf = (row: Row) => (row.retractedAt ? String(row.retractionReason ?? '') : null);

const STATEMENT: EntityProjection = {
  sql: `SELECT s.*, s.retracted_at AS retractedAt, s.retraction_reason AS retractionReason, o.date_precision AS datePrecision, o.venue,
      (SELECT json_group_array(actor_id) FROM (SELECT actor_id FROM statement_targets WHERE statement_id = s.id ORDER BY actor_id)) AS targets,
      (SELECT json_group_array(topic) FROM (SELECT topic FROM statement_topics WHERE statement_id = s.id ORDER BY topic)) AS topics
    FROM statements s JOIN occasions o ON o.id = s.occasion_id WHERE s.id IN (SELECT value FROM json_each(?))`,
  project: (r) => ({
    public: r.status === 'PUBLISHED',
    retracted: r.status === 'RETRACTED' ? retractedOf(r) : null,
    data: {
      key: r.key,
      text: r.text,
      act: r.act,
      intensity: r.intensity,
      conditional: Boolean(r.conditional),
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
  sql: `SELECT q.*, q.retracted_at AS retractedAt, q.retraction_reason AS retractionReason, s.status AS statementStatus,
      src.retracted_at AS sourceRetracted
    FROM quotes q JOIN statements s ON s.id = q.statement_id JOIN sources src ON src.id = q.source_id
    WHERE q.id IN (SELECT value FROM json_each(?))`,
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
  sql: `SELECT a.*, a.retracted_at AS retractedAt, a.retraction_reason AS retractionReason,
      (SELECT json_group_array(json_object('text', text, 'kind', kind)) FROM (SELECT text, kind FROM actor_aliases WHERE actor_id = a.id ORDER BY id)) AS aliases,
      (SELECT json_group_array(json_object('title', title, 'organization', organization_id, 'from', from_on, 'to', to_on))
         FROM (SELECT * FROM actor_roles WHERE actor_id = a.id ORDER BY id)) AS roles
    FROM actors a WHERE a.id IN (SELECT value FROM json_each(?))`,
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
  sql: `SELECT s.*, s.retracted_at AS retractedAt, s.retraction_reason AS retractionReason FROM sources s WHERE s.id IN (SELECT value FROM json_each(?))`,
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
  sql: `SELECT e.*, e.retracted_at AS retractedAt, e.retraction_reason AS retractionReason,
      (SELECT json_group_array(json_object('place', place, 'province', province, 'country', country))
         FROM (SELECT * FROM event_locations WHERE event_id = e.id ORDER BY id)) AS locations
    FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`,
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

const CLAIM: EntityProjection = {
  sql: `SELECT c.*, c.retracted_at AS retractedAt, c.retraction_reason AS retractionReason,
      (SELECT json_group_array(json_object('id', id, 'actor', actor_id, 'stance', stance, 'statement', statement_id, 'source', source_id,
                'killed', killed, 'civilians', civilians, 'children', children))
         FROM (SELECT * FROM claim_stances WHERE claim_id = c.id AND retracted_at IS NULL ORDER BY id)) AS stances
    FROM claims c WHERE c.id IN (SELECT value FROM json_each(?))`,
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
  sql: `SELECT r.*, r.retracted_at AS retractedAt, r.retraction_reason AS retractionReason,
      (SELECT json_group_array(json_object('actor', actor_id, 'role', role)) FROM (SELECT * FROM round_participants WHERE round_id = r.id ORDER BY role, actor_id)) AS participants,
      (SELECT json_group_array(json_object('at', at, 'atPrecision', at_precision, 'status', status, 'note', note, 'source', source_id))
         FROM (SELECT * FROM round_updates WHERE round_id = r.id ORDER BY at, id)) AS updates
    FROM negotiation_rounds r WHERE r.id IN (SELECT value FROM json_each(?))`,
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
  sql: `SELECT d.*, d.retracted_at AS retractedAt, d.retraction_reason AS retractionReason, r.retracted_at AS roundRetracted
    FROM demands d JOIN negotiation_rounds r ON r.id = d.round_id WHERE d.id IN (SELECT value FROM json_each(?))`,
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
export function project(client: Database.Database, entity: string, ids: readonly number[]): Map<number, Projection> {
  const spec = PROJECTIONS[entity];
  const out = new Map<number, Projection>();
  if (!spec) return out;
  const statement = preparedOn(client, spec.sql);
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of statement.all(JSON.stringify(ids.slice(i, i + 500))) as Row[]) {
      const projection = spec.project(row);
      renderCited(client, projection.data);
      out.set(row.id, projection);
    }
  }
  return out;
}

/**
 * Curated text reaches sync readers as it reaches GraphQL readers: citation tokens rendered as labels, and
 * the sources cited listed by global id.
 */
function renderCited(client: Database.Database, data: Record<string, unknown>): void {
  const cited = new Set<string>();
  const lookup = preparedOn(client, 'SELECT id, title, outlet FROM sources WHERE key = ? AND retracted_at IS NULL');
  const render = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(render);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v)]));
    if (typeof value !== 'string' || !value.includes('[[source:')) return value;
    const found = new Map<string, Row | undefined>(citationKeys(value).map((key) => [key, lookup.get(key) as Row | undefined]));
    for (const source of found.values()) if (source) cited.add(gid('Source', source.id)!);
    return renderCitations(value, (key) => found.get(key) as { title: string; outlet: string } | undefined);
  };
  for (const [field, value] of Object.entries(data)) data[field] = render(value);
  if (cited.size) data.citations = [...cited];
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared once per connection: projection runs inside every write. */
export function preparedOn(client: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(client);
  if (!statements) cache.set(client, (statements = new Map()));
  let statement = statements.get(sql);
  // Tagged, so SQL logs (and the tests that count reads) can tell the feed's bookkeeping from other queries.
  if (!statement) statements.set(sql, (statement = client.prepare(`/* sync feed */ ${sql}`)));
  return statement;
}
