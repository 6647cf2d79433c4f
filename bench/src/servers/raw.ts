// The raw baseline: the same JSON answers as Parley's GraphQL API, from node:http and hand-written
// better-sqlite3 prepared statements — no GraphQL, no ORM. The practical limit on this machine.
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { type ParleyDb, searchPage } from '@parley/core';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createRawServer, listenAndAnnounce } from './raw-http.ts';
import { actorJson, feedJson, type Row, type SearchHit, searchJson } from './raw-json.ts';
import { createRawPages, groupBy, type RawPages } from './raw-pages.ts';

// Search ranks with core's own bounded ranking (searchPage: the newest 1,000 matches per window, BM25 from
// their highlighted text), so the baseline returns Parley's hits and only the GraphQL layer differs.

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

  const quotesOfPage = (rows: Row[], first: number) =>
    groupBy(
      quotesOf,
      rows.slice(0, first).map((r) => r[0] as number),
    );

  return {
    ...createRawPages(sqlite),
    feed({ first, to, act }) {
      const rows = (
        to && act ? feedBy.toAct.all(to, act, first + 1) : to ? feedBy.to.all(to, first + 1) : act ? feedBy.act.all(act, first + 1) : feedBy.none.all(first + 1)
      ) as Row[];
      return feedJson(rows, first, quotesOfPage(rows, first));
    },
    actor({ slug, first }) {
      const actor = actorBySlug.get(slug) as Row | undefined;
      if (!actor) return actorJson(undefined, first, () => []);
      const id = actor[0] as number;
      const rows = pageBySpeaker.all(id, first + 1) as Row[];
      const parts = { actor, aliases: aliasesOf.all(id) as Row[], roles: rolesOf.all(id) as Row[], totalCount: countBySpeaker.get(id), rows };
      return actorJson(parts, first, quotesOfPage(rows, first));
    },
    search({ q, first }) {
      const hits: SearchHit[] = searchPage(db, { query: q, first });
      const ids = [...new Set(hits.map((h) => h.statementId).filter((x): x is number => x !== null))];
      const statements = new Map<number, Row>();
      if (ids.length) for (const s of statementsById.all(JSON.stringify(ids)) as Row[]) statements.set(s[0] as number, s);
      return searchJson(hits, statements);
    },
  };
}

export function openRaw(path: string, onSql?: (sql: string) => void) {
  const sqlite = new Database(path, { readonly: true, verbose: onSql ? (m) => onSql(String(m)) : undefined });
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '0' } } });
  listenAndAnnounce(createRawServer(createRawReads(openRaw(values.db!))), Number(values.port));
}
