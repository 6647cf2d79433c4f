import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, createParleyPubSub, ingestArticle, loadSeed, openDatabase, readSeedDataset } from '@parley/schema';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { seedDir } from '@parley/seed';

// A fresh database that knows only the actors, as a newsroom would start: the seed articles are pasted in
// one by one and the variants across outlets must be linked to one statement.
const dir = tempDir();
const db = openDatabase(join(dir, 'actors-only.db'));
const full = readSeedDataset(seedDir);
const actorsOnly = full.dataset.actors.map((a) => ({
  ...a,
  aliases: a.aliases?.map(({ source: _s, ...alias }) => alias),
  roles: a.roles?.map(({ source: _s, ...role }) => role),
  // Without the sources, a note cannot cite them.
  description: a.description?.replace(/\s*\[\[source:[^\]]+\]\]/g, ''),
}));
const empty = { sources: [], occasions: [], statements: [], processes: [], rounds: [], events: [], claims: [], discrepancies: [] };
await loadSeed(db, { dataset: { dataset: { ...empty, actors: actorsOnly }, bodies: new Map() } });
const ctx = createContext({ db, pubsub: createParleyPubSub(), viewer: { tokenId: null, name: 'test', role: 'EDITOR' } });
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const bySource = new Map(full.dataset.sources.map((s) => [s.key, s]));
const ingest = (key: string) => {
  const source = bySource.get(key)!;
  return ingestArticle(ctx, { text: full.bodies.get(key)!, title: source.title, outlet: source.outlet, publishedOn: source.publishedOn ?? null });
};
const statementOf = (needle: string) =>
  db.$client
    .prepare(
      `SELECT q.statement_id AS id, a.slug FROM quotes q JOIN statements s ON s.id = q.statement_id JOIN actors a ON a.id = s.speaker_id WHERE q.text LIKE ?`,
    )
    .get(`%${needle}%`) as { id: number; slug: string } | undefined;

test('the three printings of the 29 Oct "no more" passage become one statement with the right speaker', async () => {
  const keys = full.dataset.sources.map((s) => s.key);
  for (const key of keys) await ingest(key);
  const borne = statementOf('borne your treachery and mockery');
  const tolerated = statementOf('tolerated your disloyalty and mockery');
  const betrayal = statementOf('no longer tolerate your mockery and betrayal');
  expect(borne?.slug).toBe('khawaja-asif');
  expect(tolerated?.id).toBe(borne?.id);
  expect(betrayal?.id).toBe(borne?.id);
});

test('every ingested quote points at its exact span', () => {
  const rows = db.$client.prepare('SELECT q.text, q.start, q."end", s.body FROM quotes q JOIN sources s ON s.id = q.source_id').all() as {
    text: string;
    start: number;
    end: number;
    body: string;
  }[];
  expect(rows.length).toBeGreaterThan(20);
  for (const r of rows) expect(r.body.slice(r.start, r.end)).toBe(r.text);
});
