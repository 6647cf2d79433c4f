// Events (with locations and claims), claims (with stances) and rounds (with updates and demands): one
// record each, public rows only, filtered as their GraphQL lists are.
import type { ExportJson, ExportQuery, Row } from './shared.ts';
import { gid, joined, list, sourceJson, sourceOf } from './shared.ts';

type Cited = (text: string | null) => string | null;
// A filter that may be absent: CAST gives PostgreSQL the parameter's type, which `? IS NULL` alone does not.
const optional = (type: 'TEXT' | 'INTEGER', test: string) => `(CAST(? AS ${type}) IS NULL OR ${test})`;

export function eventExport(
  json: ExportJson,
  cited: Cited,
  f: { type: string | null; country: string | null; from: string | null; to: string | null },
): ExportQuery {
  const locations = json.array(json.object({ place: 'place', province: 'province', country: 'country' }), 'event_locations WHERE event_id = e.id', 'id');
  const claims = json.array('id', 'claims WHERE event_id = e.id AND retracted_at IS NULL', 'id');
  return {
    sql: `SELECT e.*, ${sourceJson(json, 'e')} AS source, ${locations} AS locations, ${claims} AS claims
      FROM events e
      WHERE e.retracted_at IS NULL AND ${optional('TEXT', 'e.type = ?')} AND ${optional('TEXT', 'e.occurred_on >= ?')}
        AND ${optional('TEXT', 'e.occurred_on <= ?')}
        AND ${optional('TEXT', 'e.id IN (SELECT event_id FROM event_locations WHERE country = ?)')}
      ORDER BY e.occurred_on, e.id`,
    params: [f.type, f.type, f.from, f.from, f.to, f.to, f.country, f.country],
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

export function claimExport(json: ExportJson, cited: Cited, f: { eventId: number | null }): ExportQuery {
  const stance = json.object({
    id: 's.id',
    actorId: 's.actor_id',
    actor: 'a.name',
    stance: 's.stance',
    statementId: 's.statement_id',
    source: sourceJson(json, 's'),
    killed: 's.killed',
    civilians: 's.civilians',
    children: 's.children',
  });
  const stances = json.array(stance, 'claim_stances s JOIN actors a ON a.id = s.actor_id WHERE s.claim_id = c.id AND s.retracted_at IS NULL', 's.id');
  return {
    sql: `SELECT c.*, ${sourceJson(json, 'c')} AS source, ${stances} AS stances
      FROM claims c WHERE c.retracted_at IS NULL AND ${optional('INTEGER', 'c.event_id = ?')} ORDER BY c.id`,
    params: [f.eventId, f.eventId],
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

export function roundExport(json: ExportJson, cited: Cited, f: { status: string | null; processId: number | null }): ExportQuery {
  const participants = json.array(
    json.object({ actorId: 'p.actor_id', actor: 'a.name', role: 'p.role' }),
    'round_participants p JOIN actors a ON a.id = p.actor_id WHERE p.round_id = r.id',
    'p.actor_id',
  );
  const updates = json.array(
    json.object({ at: 'u.at', status: 'u.status', note: 'u.note', source: sourceJson(json, 'u') }),
    'round_updates u WHERE u.round_id = r.id',
    'u.at, u.id',
  );
  const demand = json.object({ id: 'd.id', by: 'b.name', to: 't.name', text: 'd.text', status: 'd.status', source: sourceJson(json, 'd') });
  const demands = json.array(
    demand,
    'demands d JOIN actors b ON b.id = d.by_id JOIN actors t ON t.id = d.to_id WHERE d.round_id = r.id AND d.retracted_at IS NULL',
    'd.id',
  );
  return {
    sql: `SELECT r.*, ${participants} AS participants, ${updates} AS updates, ${demands} AS demands
      FROM negotiation_rounds r
      WHERE r.retracted_at IS NULL AND ${optional('TEXT', 'r.status = ?')} AND ${optional('INTEGER', 'r.process_id = ?')}
      ORDER BY r.started_on, r.id`,
    params: [f.status, f.status, f.processId, f.processId],
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
