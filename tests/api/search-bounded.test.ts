import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type App, createApp, loadConfig } from '@parley/api';
import { SEARCH_PUBLIC_SQL, SEARCH_WINDOW, searchPage } from '@parley/core';
import { createApiToken } from '@parley/schema';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateDataset } from '../../bench/src/dataset/generate.ts';
import { ADMIN_TOKEN, gql, tempDir } from '../helpers/app.ts';

// Search ranks a window of the newest SEARCH_WINDOW public matches at a time. On a generated ledger where a
// common word matches well over a window: the first pages hold only the newest matches, best first; an older
// match that would rank first over everything comes after the window; paging walks every public match exactly
// once across windows; and a cursor keeps its window when newer matches arrive.
const dir = tempDir('parley-search-bound-');
let app: App;
let editor: string;
const WORD = 'ceasefire';
const CODE = ['', 'STATEMENT', 'QUOTE', 'SOURCE', 'ROUND', 'EVENT', 'CLAIM', 'ACTOR'];

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) { cursor kind nodeId score snippet highlights { start end } } }`;
type Hit = { cursor: string; kind: string; nodeId: string; score: number; snippet: string; highlights: { start: number; end: number }[] };
const rowidOf = (h: Hit) => Number(Buffer.from(h.nodeId, 'base64').toString('utf8').split(':')[1]) * 8 + CODE.indexOf(h.kind);

beforeAll(async () => {
  const path = join(dir, 'parley.db');
  generateDataset(path, 6000);
  app = await createApp(loadConfig({ DATABASE_PATH: path, PARLEY_ADMIN_TOKEN: ADMIN_TOKEN, PARLEY_RESPONSE_CACHE_TTL: '0' }));
  editor = (await createApiToken(app.db, 'test editor', 'EDITOR')).secret;
});
afterAll(() => {
  app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const publicMatches = () =>
  app.db.$client
    .prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? AND ${SEARCH_PUBLIC_SQL} ORDER BY rowid DESC`)
    .pluck()
    .all(WORD) as number[];

async function page(first: number, after?: string): Promise<Hit[]> {
  const r = await gql(app, SEARCH, { q: WORD, first, after });
  expect(r.errors).toBeUndefined();
  return r.data.search;
}

test('the first page ranks the newest window only, best first, with snippets and highlights', async () => {
  const all = publicMatches();
  expect(all.length).toBeGreaterThan(SEARCH_WINDOW + 100);
  const newest = new Set(all.slice(0, SEARCH_WINDOW));
  const hits = await page(50);
  expect(hits).toHaveLength(50);
  for (const h of hits) expect(newest.has(rowidOf(h))).toBe(true);
  for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  for (const h of hits) {
    expect(h.highlights.length).toBeGreaterThan(0);
    for (const { start, end } of h.highlights) expect(h.snippet.slice(start, end).toLowerCase()).toContain(WORD);
  }
  // What ranking everything would put first but the bound leaves for later: the best match older than the window.
  const everything = searchPage(app.db, { query: WORD, first: all.length, window: Number.POSITIVE_INFINITY });
  const olderBest = everything.find((h) => !newest.has(h.refId * 8 + CODE.indexOf(h.kind)));
  expect(olderBest).toBeDefined();
  const olderRowid = olderBest!.refId * 8 + CODE.indexOf(olderBest!.kind);
  expect(hits.map(rowidOf)).not.toContain(olderRowid);
});

test('paging crosses the window: every public match exactly once, newest window first', async () => {
  const all = publicMatches();
  const seen: number[] = [];
  const cursors: string[] = [];
  let after: string | undefined;
  for (;;) {
    const hits = await page(100, after);
    seen.push(...hits.map(rowidOf));
    cursors.push(...hits.map((h) => h.cursor));
    if (hits.length < 100) break;
    after = hits.at(-1)!.cursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect([...seen].sort((a, b) => b - a)).toEqual(all);
  // The window is the newest SEARCH_WINDOW matches, public or not; its public ones come first, the older after.
  const newest = app.db.$client
    .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?')
    .pluck()
    .all(WORD, SEARCH_WINDOW) as number[];
  const firstWindow = new Set(all.filter((id) => newest.includes(id)));
  expect(firstWindow.size).toBeLessThanOrEqual(SEARCH_WINDOW);
  expect(new Set(seen.slice(0, firstWindow.size))).toEqual(firstWindow);
  // A page that straddles the end of the window carries on into the next without a gap.
  const end = firstWindow.size;
  const straddle = await page(30, cursors[end - 11]);
  expect(straddle.map(rowidOf)).toEqual(seen.slice(end - 10, end + 20));
});

test('a kinds filter pages through exactly its kind\u2019s public matches, newest window first, whatever the kind\u2019s ids', () => {
  const all = publicMatches();
  for (const kind of ['SOURCE', 'QUOTE', 'STATEMENT', 'ROUND', 'ACTOR'] as const) {
    const code = CODE.indexOf(kind);
    const wanted = all.filter((id) => id % 8 === code);
    const seen: number[] = [];
    let after: string | undefined;
    // A small window, so paging crosses many windows of a kind whose ids lie far below the newest matches.
    for (let pages = 0; pages < 1000; pages++) {
      const hits = searchPage(app.db, { query: WORD, first: 40, after, kinds: [kind], window: 60 });
      seen.push(...hits.map((h) => h.refId * 8 + CODE.indexOf(h.kind)));
      if (hits.length < 40) break;
      after = hits.at(-1)!.cursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => b - a)).toEqual(wanted);
    // The first page ranks the kind's own newest window.
    if (wanted.length >= 60) expect(seen.slice(0, 40).every((id) => wanted.slice(0, 60).includes(id))).toBe(true);
  }
  expect(all.filter((id) => id % 8 === CODE.indexOf('SOURCE')).length).toBeGreaterThan(60);
  // A window of articles is ranked by bm25() and only the hits shown are highlighted: still best first, marked.
  const sources = searchPage(app.db, { query: WORD, first: 20, kinds: ['SOURCE'], window: 60 });
  expect(sources).toHaveLength(20);
  for (let i = 1; i < sources.length; i++) expect(sources[i]!.score).toBeLessThanOrEqual(sources[i - 1]!.score);
  for (const h of sources) {
    expect(h.highlights.length).toBeGreaterThan(0);
    for (const { start, end } of h.highlights) expect(h.snippet.slice(start, end).toLowerCase()).toContain(WORD);
  }
});

test('an AND with a rarer word is ranked in the walk that finds its window, as ranking every match ranks it', () => {
  // Such a window is known to be scattered before it is walked (search.ts, scatteredAnd); pages must not depend on it.
  const texts = app.db.$client.prepare('SELECT text FROM statements LIMIT 3000').pluck().all() as string[];
  const names = [...new Set(texts.flatMap((t) => [...t.matchAll(/\b(?:in|near) ([A-Z][a-z]{5,})\b/g)].map((m) => m[1]!)))];
  const count = app.db.$client.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck();
  const name = names.find((n) => (count.get(`"${WORD}" AND "${n}"`) as number) >= 30);
  expect(name).toBeDefined();
  const query = `${WORD} ${name}`;
  const key = (h: { kind: string; refId: number; score: number }) => `${h.kind}:${h.refId}:${h.score}`;
  const everything = searchPage(app.db, { query, first: SEARCH_WINDOW, window: Number.POSITIVE_INFINITY });
  expect(searchPage(app.db, { query, first: 20 }).map(key)).toEqual(everything.slice(0, 20).map(key));
  // Small windows, so paging crosses from the first (found ranked) into later ones (found by a probe).
  for (const window of [SEARCH_WINDOW, 10]) {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 1000; pages++) {
      const hits = searchPage(app.db, { query, first: 7, after, window });
      seen.push(...hits.map((h) => `${h.kind}:${h.refId}`));
      if (hits.length < 7) break;
      after = hits.at(-1)!.cursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(everything.map((h) => `${h.kind}:${h.refId}`).sort());
  }
});

test('a cursor keeps its window when newer matches arrive', async () => {
  const first = await page(20);
  const before = await page(20, first.at(-1)!.cursor);
  const speaker = app.db.$client.prepare('SELECT speaker_id FROM statements ORDER BY id LIMIT 1').pluck().get() as number;
  for (let i = 0; i < 3; i++) {
    const r = await gql(
      app,
      `mutation($speaker: ID!, $text: String!) { createStatement(input: { occasion: { speakerId: $speaker, saidOn: "2025-10-01", channel: SOCIAL_MEDIA_POST, venue: "X" }, text: $text, act: COMMENT }) { id } }`,
      { speaker: Buffer.from(`Actor:${speaker}`).toString('base64'), text: `A ${WORD} ${WORD} ${WORD} now, ${i}.` },
      editor,
    );
    expect(r.errors).toBeUndefined();
  }
  const again = await page(20, first.at(-1)!.cursor);
  expect(again.map((h) => h.nodeId)).toEqual(before.map((h) => h.nodeId));
  // A new first page sees the new statements: they are the newest matches and use the word most.
  expect((await page(3)).every((h) => h.kind === 'STATEMENT' && h.snippet.includes('now,'))).toBe(true);
});

test('a malformed query or cursor is still the user\u2019s error, by field', async () => {
  const bad = await gql(app, SEARCH, { q: 'Torkh* AND (' });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  const cursor = await gql(app, SEARCH, { q: WORD, after: Buffer.from('search:x:1').toString('base64') });
  expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});
