// The raw baseline on PostgreSQL: the same JSON answers as Parley's GraphQL API, from node:http and hand-written
// SQL over a node-postgres pool — no GraphQL, no ORM. Each read is one round trip: where the SQLite baseline runs a
// second statement for a page's quotes (cheap in-process), here json_agg(json_build_array(…)) folds them into the
// page's rows, in the column order raw-json.ts builds the answer from. Statements are prepared once per
// connection (named queries).
import { parseArgs } from 'node:util';
import { parseSearchQuery, toTsquery } from '@parley/core';
import pg from 'pg';
import { createRawServer, listenAndAnnounce, type RawHandlers } from './raw-http.ts';
import { actorJson, feedJson, localId, type Row, roundJson, type SearchHit, searchJson, speakerJson } from './raw-json.ts';

const list = (columns: string, from: string, order: string) => `(SELECT coalesce(json_agg(json_build_array(${columns}) ORDER BY ${order}), '[]') ${from})`;
const QUOTES = list(
  'q.statement_id, q.id, q.text, q.kind, src.id, src.title, src.outlet',
  `FROM quotes q JOIN sources src ON src.id = q.source_id WHERE q.statement_id = p.id AND q.link = 'CONFIRMED'`,
  'q.id',
);
const NEWEST_FIRST = 'ORDER BY said_on DESC, id DESC';

// The page first, then its quotes: the subquery's LIMIT keeps the aggregation to the rows shown.
const feedSql = (where: string, limit: string) => `SELECT p.*, ${QUOTES} FROM (
    SELECT s.id, s.text, s.said_on, s.channel, s.act, s.intensity, a.id AS speaker_id, a.name AS speaker_name,
      r.id AS round_id, r.title AS round_title, r.status AS round_status
    FROM statements s JOIN actors a ON a.id = s.speaker_id LEFT JOIN negotiation_rounds r ON r.id = s.round_id
    WHERE s.status = 'PUBLISHED' ${where} ORDER BY s.said_on DESC, s.id DESC LIMIT ${limit}) p ${NEWEST_FIRST}`;
const FEED = {
  none: feedSql('', '$1'),
  to: feedSql('AND s.said_on <= $1', '$2'),
  act: feedSql('AND s.act = $1', '$2'),
  toAct: feedSql('AND s.said_on <= $1 AND s.act = $2', '$3'),
};

const ACTOR = `SELECT a.id, a.slug, a.name, a.kind, a.country, a.description, par.id, par.name,
    ${list('x.text, x.kind', 'FROM actor_aliases x WHERE x.actor_id = a.id', 'x.id')},
    ${list('r.title, o.id, o.name', 'FROM actor_roles r LEFT JOIN actors o ON o.id = r.organization_id WHERE r.actor_id = a.id', 'r.id')},
    (SELECT count(*)::int FROM statements s WHERE s.speaker_id = a.id AND s.status = 'PUBLISHED'),
    ${list(
      `p.id, p.text, p.said_on, p.act, p.intensity, ${QUOTES}`,
      `FROM (SELECT id, text, said_on, act, intensity FROM statements WHERE speaker_id = a.id AND status = 'PUBLISHED' ${NEWEST_FIRST} LIMIT $2) p`,
      'p.said_on DESC, p.id DESC',
    )}
  FROM actors a LEFT JOIN actors par ON par.id = a.parent_id WHERE a.slug = $1`;

const ROUND = `SELECT r.id, r.title, r.status, r.started_on,
    ${list('p.role, a.id, a.name', 'FROM round_participants p JOIN actors a ON a.id = p.actor_id WHERE p.round_id = r.id', 'p.role, p.actor_id')},
    ${list('u.at, u.status', 'FROM round_updates u WHERE u.round_id = r.id', 'u.at, u.id')},
    ${list(
      'd.id, d.text, b.id, b.name, t.id, t.name',
      'FROM demands d JOIN actors b ON b.id = d.by_id JOIN actors t ON t.id = d.to_id WHERE d.round_id = r.id AND d.retracted_at IS NULL',
      'd.id',
    )}
  FROM negotiation_rounds r WHERE r.id = $1`;

const SPEAKER = `SELECT p.id, p.text, p.said_on, p.act,
    ${list('st.statement_id, a.id, a.name', 'FROM statement_targets st JOIN actors a ON a.id = st.actor_id WHERE st.statement_id = p.id', 'a.name')},
    ${list('t.statement_id, t.topic', 'FROM statement_topics t WHERE t.statement_id = p.id', 't.topic')},
    ${list(
      'q.statement_id, q.id, q.text, src.id, src.outlet',
      `FROM quotes q JOIN sources src ON src.id = q.source_id WHERE q.statement_id = p.id AND q.link = 'CONFIRMED' AND q.retracted_at IS NULL`,
      'q.id',
    )}
  FROM (SELECT id, text, said_on, act FROM statements WHERE speaker_id = $1 AND status = 'PUBLISHED' ${NEWEST_FIRST} LIMIT $2) p ${NEWEST_FIRST}`;

// Like the SQLite baseline's search: every public match ranked (ts_rank over the weighted tsvector), the top ones
// given a snippet by ts_headline. Not Parley's bounded ranking, so its answers are not Parley's.
const MARKS = `'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=20, MinWords=10'`;
const SEARCH = `WITH q AS (SELECT to_tsquery('parley_english', parley_unaccent($1)) AS q),
  hits AS (SELECT i.rowid, i.kind, i.ref_id, ts_rank(i.document, q.q) AS score, coalesce(nullif(i.body, ''), i.title) AS text,
      CASE i.kind WHEN 'STATEMENT' THEN i.ref_id WHEN 'QUOTE' THEN (SELECT statement_id FROM quotes WHERE id = i.ref_id) END AS statement_id
    FROM search_index i, q WHERE i.document @@ q.q
      AND CASE i.kind
        WHEN 'SOURCE' THEN true
        WHEN 'STATEMENT' THEN EXISTS (SELECT 1 FROM statements s WHERE s.id = i.ref_id AND s.status = 'PUBLISHED')
        ELSE EXISTS (SELECT 1 FROM quotes x JOIN statements s ON s.id = x.statement_id
                     WHERE x.id = i.ref_id AND x.link = 'CONFIRMED' AND s.status = 'PUBLISHED')
      END
    ORDER BY score DESC, i.rowid DESC LIMIT $2)
  SELECT h.kind, h.ref_id, h.score, ts_headline('parley_english', parley_words(h.text), q.q, ${MARKS}), h.statement_id, s.text, a.id, a.name
  FROM hits h CROSS JOIN q LEFT JOIN statements s ON s.id = h.statement_id LEFT JOIN actors a ON a.id = s.speaker_id
  ORDER BY h.score DESC, h.rowid DESC`;

/** Children folded into a page's rows: column `at` of the row whose id (column 0) is the statement's. */
function childrenAt(rows: Row[], at: number) {
  const byId = new Map(rows.map((r) => [r[0] as number, r]));
  return (id: number) => (byId.get(id)?.[at] as Row[] | undefined) ?? [];
}

export function createRawReadsPg(pool: pg.Pool): RawHandlers {
  const rows = async (name: string, text: string, values: unknown[]) => (await pool.query<Row>({ name, text, values, rowMode: 'array' })).rows;
  return {
    async feed({ first, to, act }) {
      const [name, values] =
        to && act ? (['toAct', [to, act]] as const) : to ? (['to', [to]] as const) : act ? (['act', [act]] as const) : (['none', []] as const);
      const page = await rows(`feed-${name}`, FEED[name], [...values, first + 1]);
      return feedJson(page, first, childrenAt(page, 11));
    },
    async actor({ slug, first }) {
      const [a] = await rows('actor', ACTOR, [slug, first + 1]);
      if (!a) return actorJson(undefined, first, () => []);
      const page = a[11] as Row[];
      return actorJson({ actor: a, aliases: a[8] as Row[], roles: a[9] as Row[], totalCount: a[10], rows: page }, first, childrenAt(page, 5));
    },
    async round({ id }) {
      const [r] = await rows('round', ROUND, [localId(id)]);
      return r ? roundJson(r, r[4] as Row[], r[5] as Row[], r[6] as Row[]) : roundJson(undefined, [], [], []);
    },
    async speaker({ speaker, first }) {
      const page = await rows('speaker', SPEAKER, [localId(speaker), first + 1]);
      return speakerJson(page, first, childrenAt(page, 4), childrenAt(page, 5), childrenAt(page, 6));
    },
    async search({ q, first }) {
      const found = await rows('search', SEARCH, [toTsquery(parseSearchQuery(q, 'query')), first]);
      const hits: SearchHit[] = found.map((h) => ({
        kind: h[0] as string,
        refId: h[1] as number,
        score: h[2] as number,
        snippet: h[3] as string,
        statementId: h[4] as number | null,
      }));
      const statements = new Map<number, Row>(found.filter((h) => h[4] !== null).map((h) => [h[4] as number, [h[4], h[5], h[6], h[7]]]));
      return searchJson(hits, statements);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { url: { type: 'string' }, pool: { type: 'string', default: '10' }, port: { type: 'string', default: '0' } } });
  const pool = new pg.Pool({ connectionString: values.url!, max: Number(values.pool) });
  listenAndAnnounce(createRawServer(createRawReadsPg(pool)), Number(values.port));
}
