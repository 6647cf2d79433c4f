// Events (with locations and claims), claims (with stances) and rounds (with updates and demands): one
// record each, public rows only, filtered as their GraphQL lists are.
import type Database from 'better-sqlite3';
import { addressOf, citationRenderer, gid, joined, list, type ExportQuery, type Row } from './shared.ts';

const SOURCE = (alias: string) =>
  `CASE WHEN ${alias}.source_id IS NULL THEN NULL ELSE json_object('id', ${alias}.source_id, 'url', (SELECT url FROM sources WHERE id = ${alias}.source_id)) END`;

const sourceOf = (json: string | Row | null) => {
  const s = typeof json === 'string' ? JSON.parse(json) : json;
  return s ? { id: gid('Source', s.id), address: addressOf(s) } : null;
};

export function eventExport(
  client: Database.Database,
  f: { type: string | null; country: string | null; from: string | null; to: string | null },
): ExportQuery {
  const cited = citationRenderer(client);
  return {
    sql: `SELECT e.*, ${SOURCE('e')} AS source,
        (SELECT json_group_array(json_object('place', place, 'province', province, 'country', country)) FROM event_locations WHERE event_id = e.id) AS locations,
        (SELECT json_group_array(id) FROM claims WHERE event_id = e.id AND retracted_at IS NULL) AS claims
      FROM events e
      WHERE e.retracted_at IS NULL AND (@type IS NULL OR e.type = @type) AND (@from IS NULL OR e.occurred_on >= @from) AND (@to IS NULL OR e.occurred_on <= @to)
        AND (@country IS NULL OR e.id IN (SELECT event_id FROM event_locations WHERE country = @country))
      ORDER BY e.occurred_on, e.id`,
    params: [f],
    columns: ['id', 'key', 'type', 'occurredOn', 'datePrecision', 'summary', 'locations', 'source', 'claims'],
    record: (r) => ({
      id: gid('Event', r.id),
      key: r.key,
      type: r.type,
      occurredOn: r.occurred_on,
      datePrecision: r.date_precision,
      summary: cited(r.summary),
      locations: list(r.locations),
      source: sourceOf(r.source),
      claims: list(r.claims).map((c) => gid('Claim', c as unknown as number)),
    }),
    flat: (e) => ({
      ...e,
      locations: joined(e.locations.map((l: Row) => [l.place, l.province, l.country].filter(Boolean).join(', '))),
      source: e.source?.address ?? '',
      claims: joined(e.claims),
    }),
  };
}

export function claimExport(client: Database.Database, f: { eventId: number | null }): ExportQuery {
  const cited = citationRenderer(client);
  return {
    sql: `SELECT c.*, ${SOURCE('c')} AS source,
        (SELECT json_group_array(json_object('id', s.id, 'actorId', s.actor_id, 'actor', a.name, 'stance', s.stance, 'statementId', s.statement_id,
                  'source', ${SOURCE('s')}, 'killed', s.killed, 'civilians', s.civilians, 'children', s.children))
           FROM claim_stances s JOIN actors a ON a.id = s.actor_id WHERE s.claim_id = c.id AND s.retracted_at IS NULL) AS stances
      FROM claims c WHERE c.retracted_at IS NULL AND (@eventId IS NULL OR c.event_id = @eventId) ORDER BY c.id`,
    params: [f],
    columns: ['id', 'key', 'text', 'eventId', 'killed', 'civilians', 'children', 'source', 'stances'],
    record: (r) => ({
      id: gid('Claim', r.id),
      key: r.key,
      text: cited(r.text),
      eventId: gid('Event', r.event_id),
      killed: r.killed,
      civilians: r.civilians,
      children: r.children,
      source: sourceOf(r.source),
      stances: list(r.stances).map((s) => ({
        id: gid('ClaimStance', s.id),
        actor: { id: gid('Actor', s.actorId), name: s.actor },
        stance: s.stance,
        statement: gid('Statement', s.statementId),
        source: sourceOf(s.source),
        killed: s.killed,
        civilians: s.civilians,
        children: s.children,
      })),
    }),
    flat: (c) => ({
      ...c,
      source: c.source?.address ?? '',
      stances: joined(c.stances.map((s: Row) => `${s.actor.name}: ${s.stance}${s.killed != null ? ` (killed ${s.killed})` : ''}`)),
    }),
  };
}

export function roundExport(client: Database.Database, f: { status: string | null; processId: number | null }): ExportQuery {
  const cited = citationRenderer(client);
  return {
    sql: `SELECT r.*,
        (SELECT json_group_array(json_object('actorId', p.actor_id, 'actor', a.name, 'role', p.role)) FROM round_participants p JOIN actors a ON a.id = p.actor_id WHERE p.round_id = r.id) AS participants,
        (SELECT json_group_array(json_object('at', at, 'status', status, 'note', note, 'source', ${SOURCE('u')}))
           FROM (SELECT * FROM round_updates WHERE round_id = r.id ORDER BY at, id) u) AS updates,
        (SELECT json_group_array(json_object('id', d.id, 'by', b.name, 'to', t.name, 'text', d.text, 'status', d.status, 'source', ${SOURCE('d')}))
           FROM demands d JOIN actors b ON b.id = d.by_id JOIN actors t ON t.id = d.to_id WHERE d.round_id = r.id AND d.retracted_at IS NULL) AS demands
      FROM negotiation_rounds r WHERE r.retracted_at IS NULL AND (@status IS NULL OR r.status = @status) AND (@processId IS NULL OR r.process_id = @processId)
      ORDER BY r.started_on, r.id`,
    params: [f],
    columns: ['id', 'key', 'title', 'sequence', 'venueCity', 'venueCountry', 'startedOn', 'endedOn', 'status', 'outcome', 'participants', 'updates', 'demands'],
    record: (r) => ({
      id: gid('NegotiationRound', r.id),
      key: r.key,
      title: r.title,
      sequence: r.sequence,
      venueCity: r.venue_city,
      venueCountry: r.venue_country,
      startedOn: r.started_on,
      endedOn: r.ended_on,
      status: r.status,
      outcome: r.outcome,
      participants: list(r.participants).map((p) => ({ actor: { id: gid('Actor', p.actorId), name: p.actor }, role: p.role })),
      updates: list(r.updates).map((u) => ({ at: u.at, status: u.status, note: cited(u.note), source: sourceOf(u.source) })),
      demands: list(r.demands).map((d) => ({ id: gid('Demand', d.id), by: d.by, to: d.to, text: d.text, status: d.status, source: sourceOf(d.source) })),
    }),
    flat: (r) => ({
      ...r,
      participants: joined(r.participants.map((p: Row) => `${p.actor.name} (${p.role})`)),
      updates: joined(r.updates.map((u: Row) => `${u.at} ${u.status}${u.source ? ` [${u.source.address}]` : ''}`)),
      demands: joined(r.demands.map((d: Row) => `${d.by} → ${d.to}: ${d.text} (${d.status})`)),
    }),
  };
}
