// The raw baseline: the same JSON answers as Parley's GraphQL API, from node:http and hand-written
// better-sqlite3 prepared statements — no GraphQL, no ORM. The practical limit on this machine.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { type ParleyDb, searchPage } from '@parley/core';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createRawPages, cursor, gid, groupBy, type RawPages } from './raw-pages.ts';

// Search ranks with core's own bounded ranking (searchPage: the newest 1,000 matches per window, BM25 from
// their highlighted text), so the baseline returns Parley's hits and only the GraphQL layer differs.
const NODE_TYPES: Record<string, string> = {
  STATEMENT: 'Statement',
  QUOTE: 'Quote',
  SOURCE: 'Source',
  ROUND: 'NegotiationRound',
  EVENT: 'Event',
  CLAIM: 'Claim',
  ACTOR: 'Actor',
};

export interface RawReads extends RawPages {
  feed(p: { first: number; to?: string; act?: string }): string;
  actor(p: { slug: string; first: number }): string;
  search(p: { q: string; first: number }): string;
}

/** The three reads over one connection, each a few prepared statements and one JSON.stringify. */
export function createRawReads(sqlite: Database.Database): RawReads {
  // `+s.status` keeps the planner on the (said_on, id) indexes, which also deliver the order.
  const feedSql = (where: string) =>
    sqlite
      .prepare(
        `SELECT s.id, s.text, s.said_on, s.channel, s.act, s.intensity, a.id, a.name, r.id, r.title, r.status
         FROM statements s JOIN actors a ON a.id = s.speaker_id LEFT JOIN negotiation_rounds r ON r.id = s.round_id
         WHERE +s.status = 'PUBLISHED' ${where} ORDER BY s.said_on DESC, s.id DESC LIMIT ?`,
      )
      .raw();
  const feedBy = {
    none: feedSql(''),
    to: feedSql('AND s.said_on <= ?'),
    act: feedSql('AND s.act = ?'),
    toAct: feedSql('AND s.said_on <= ? AND s.act = ?'),
  };
  const quotesOf = sqlite
    .prepare(
      `SELECT q.statement_id, q.id, q.text, q.kind, src.id, src.title, src.outlet
       FROM quotes q JOIN sources src ON src.id = q.source_id
       WHERE q.statement_id IN (SELECT value FROM json_each(?)) AND q.link = 'CONFIRMED' ORDER BY q.statement_id, q.id`,
    )
    .raw();
  const actorBySlug = sqlite
    .prepare(
      `SELECT a.id, a.slug, a.name, a.kind, a.country, a.description, p.id, p.name
       FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.slug = ?`,
    )
    .raw();
  const aliasesOf = sqlite.prepare('SELECT text, kind FROM actor_aliases WHERE actor_id = ? ORDER BY id').raw();
  const rolesOf = sqlite
    .prepare('SELECT r.title, o.id, o.name FROM actor_roles r LEFT JOIN actors o ON o.id = r.organization_id WHERE r.actor_id = ? ORDER BY r.id')
    .raw();
  const countBySpeaker = sqlite.prepare(`SELECT count(*) FROM statements WHERE speaker_id = ? AND status = 'PUBLISHED'`).pluck();
  const pageBySpeaker = sqlite
    .prepare(
      `SELECT id, text, said_on, act, intensity FROM statements WHERE speaker_id = ? AND +status = 'PUBLISHED'
       ORDER BY said_on DESC, id DESC LIMIT ?`,
    )
    .raw();
  const db = drizzle({ client: sqlite }) as unknown as ParleyDb;
  const statementsById = sqlite
    .prepare(
      `SELECT s.id, s.text, a.id, a.name FROM statements s JOIN actors a ON a.id = s.speaker_id
       WHERE s.id IN (SELECT value FROM json_each(?))`,
    )
    .raw();

  const quotesByStatement = (ids: number[]) => groupBy(quotesOf, ids);
  const pageInfo = (rows: unknown[][], limit: number, cursorOf: (r: unknown[]) => string) => ({
    hasNextPage: rows.length > limit,
    endCursor: rows.length ? cursorOf(rows[Math.min(rows.length, limit) - 1]!) : null,
  });

  return {
    ...createRawPages(sqlite),
    feed({ first, to, act }) {
      const rows = (
        to && act ? feedBy.toAct.all(to, act, first + 1) : to ? feedBy.to.all(to, first + 1) : act ? feedBy.act.all(act, first + 1) : feedBy.none.all(first + 1)
      ) as unknown[][];
      const page = rows.slice(0, first);
      const quotes = quotesByStatement(page.map((r) => r[0] as number));
      const edges = page.map((r) => ({
        cursor: cursor(r[2] as string, r[0] as number),
        node: {
          id: gid('Statement', r[0] as number),
          text: r[1],
          saidOn: r[2],
          channel: r[3],
          act: r[4],
          intensity: r[5],
          speaker: { id: gid('Actor', r[6] as number), name: r[7] },
          round: r[8] === null ? null : { id: gid('NegotiationRound', r[8] as number), title: r[9], status: r[10] },
          quotes: (quotes.get(r[0] as number) ?? []).map((q) => ({
            id: gid('Quote', q[1] as number),
            text: q[2],
            kind: q[3],
            source: { id: gid('Source', q[4] as number), title: q[5], outlet: q[6] },
          })),
        },
      }));
      const info = pageInfo(rows, first, (r) => cursor(r[2] as string, r[0] as number));
      return JSON.stringify({ data: { statements: { pageInfo: info, edges } } });
    },
    actor({ slug, first }) {
      const a = actorBySlug.get(slug) as unknown[] | undefined;
      if (!a) return '{"data":{"actor":null}}';
      const id = a[0] as number;
      const rows = pageBySpeaker.all(id, first + 1) as unknown[][];
      const page = rows.slice(0, first);
      const quotes = quotesByStatement(page.map((r) => r[0] as number));
      return JSON.stringify({
        data: {
          actor: {
            id: gid('Actor', id),
            slug: a[1],
            name: a[2],
            kind: a[3],
            country: a[4],
            description: a[5],
            aliases: (aliasesOf.all(id) as unknown[][]).map((x) => ({ text: x[0], kind: x[1] })),
            parent: a[6] === null ? null : { id: gid('Actor', a[6] as number), name: a[7] },
            roles: (rolesOf.all(id) as unknown[][]).map((r) => ({
              title: r[0],
              organization: r[1] === null ? null : { id: gid('Actor', r[1] as number), name: r[2] },
            })),
            statements: {
              totalCount: countBySpeaker.get(id),
              pageInfo: pageInfo(rows, first, (r) => cursor(r[2] as string, r[0] as number)),
              edges: page.map((r) => ({
                cursor: cursor(r[2] as string, r[0] as number),
                node: {
                  id: gid('Statement', r[0] as number),
                  text: r[1],
                  saidOn: r[2],
                  act: r[3],
                  intensity: r[4],
                  quotes: (quotes.get(r[0] as number) ?? []).map((q) => ({
                    id: gid('Quote', q[1] as number),
                    text: q[2],
                    source: { id: gid('Source', q[4] as number), outlet: q[6] },
                  })),
                },
              })),
            },
          },
        },
      });
    },
    search({ q, first }) {
      const hits = searchPage(db, { query: q, first });
      const ids = [...new Set(hits.map((h) => h.statementId).filter((x): x is number => x !== null))];
      const statements = new Map<number, unknown>();
      if (ids.length) {
        for (const s of statementsById.all(JSON.stringify(ids)) as unknown[][]) {
          statements.set(s[0] as number, { id: gid('Statement', s[0] as number), text: s[1], speaker: { id: gid('Actor', s[2] as number), name: s[3] } });
        }
      }
      return JSON.stringify({
        data: {
          search: hits.map((h) => ({
            kind: h.kind,
            score: h.score,
            snippet: h.snippet,
            nodeId: gid(NODE_TYPES[h.kind]!, h.refId),
            highlights: h.highlights,
            statement: h.statementId === null ? null : (statements.get(h.statementId) ?? null),
          })),
        },
      });
    },
  };
}

export function openRaw(path: string, onSql?: (sql: string) => void) {
  const sqlite = new Database(path, { readonly: true, verbose: onSql ? (m) => onSql(String(m)) : undefined });
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

const int = (v: string | null, fallback: number) => (v === null ? fallback : Number(v));

export function createRawServer(reads: RawReads) {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    let body: string;
    try {
      if (path === '/feed') body = reads.feed({ first: int(params.get('first'), 50), to: params.get('to') ?? undefined, act: params.get('act') ?? undefined });
      else if (path === '/actor') body = reads.actor({ slug: params.get('slug') ?? '', first: int(params.get('first'), 20) });
      else if (path === '/round') body = reads.round({ id: params.get('id') ?? '' });
      else if (path === '/speaker') body = reads.speaker({ speaker: params.get('speaker') ?? '', first: int(params.get('first'), 20) });
      else if (path === '/search') body = reads.search({ q: params.get('q') ?? '', first: int(params.get('first'), 20) });
      else {
        res.writeHead(404).end();
        return;
      }
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '0' } } });
  const server = createRawServer(createRawReads(openRaw(values.db!)));
  server.listen(Number(values.port), '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
  });
}
