import { readFileSync } from 'node:fs';
import { seedDir } from '@parley/seed';
import { beforeAll, expect, test } from 'vitest';
import { ACT_INTENSITY, ingestArticle, loadSeed, openDatabase, type IngestResult, type ParleyDb } from '../src/index.ts';

// A short wire story of the kind that used to go wrong: a lead quote attributed by the next paragraph, an
// office speaking through its spokesperson, a conditional threat, and a speaker named only later.
const story = readFileSync(new URL('./fixtures/wire-story.txt', import.meta.url), 'utf8');
let db: ParleyDb;
let result: IngestResult;

const quotes = () =>
  db.$client
    .prepare(
      `SELECT q.text, q.kind, s.text AS statement, s.act, s.intensity, s.conditional, a.name AS speaker, a.kind AS speakerKind,
              a.country, a.status AS speakerStatus, c.confidence
         FROM quotes q JOIN statements s ON s.id = q.statement_id JOIN actors a ON a.id = s.speaker_id
         JOIN quote_candidates c ON c.quote_id = q.id WHERE q.source_id = ? ORDER BY q.start`,
    )
    .all(result.sourceId) as Record<string, any>[];

beforeAll(async () => {
  db = openDatabase(':memory:');
  await loadSeed(db, { dir: seedDir });
  result = await ingestArticle(
    { db, viewer: { tokenId: null, name: 'test', role: 'EDITOR' } },
    { text: story, title: 'Talks', outlet: 'Wire', publishedOn: '2025-11-04' },
  );
});

test('every quote of the story is proposed, with the source kept whole', () => {
  expect(result.created).toBe(true);
  expect(result.problems).toEqual([]);
  expect(result.quoteIds.length).toBeGreaterThanOrEqual(5);
});

test('the spokesperson speaks for the Foreign Office already in the ledger, not for a person named later', () => {
  const fo = quotes().filter((q) => q.text.startsWith('Pakistan will not accept') || q.statement.startsWith('Pakistan had engaged'));
  expect(fo.length).toBeGreaterThan(0);
  for (const q of fo) expect(q).toMatchObject({ speaker: 'Pakistan Foreign Office', speakerStatus: 'ACTIVE' });
});

test('the lead quote goes to al-Ansari, proposed with his full name, kind and country', () => {
  const lead = quotes().find((q) => q.text.startsWith('The two delegations'));
  expect(lead).toMatchObject({ speaker: 'Majed al-Ansari', speakerKind: 'PERSON', country: 'QA', speakerStatus: 'PROPOSED' });
});

test('a threat arrives as THREATEN with its intensity, conditional, and a statement that reads as one', () => {
  const threat = quotes().find((q) => q.speaker === 'Khawaja Asif');
  expect(threat).toMatchObject({ act: 'THREATEN', intensity: ACT_INTENSITY.THREATEN, conditional: 1 });
  expect(threat!.statement).toMatch(/^Any attack inside Pakistan would be answered with full force\.$/);
  const clause = quotes().find((q) => q.statement.includes('good faith'));
  expect(clause!.statement).toMatch(/^Pakistan had engaged in the talks in good faith\.$/);
});

test('a name that is already an alias resolves to its actor instead of failing the article', async () => {
  const again = await ingestArticle(
    { db, viewer: { tokenId: null, name: 'test', role: 'EDITOR' } },
    { text: 'Pakistan Foreign Office said on Monday that the talks would go on.', title: 'FO', outlet: 'Wire', publishedOn: '2025-11-04' },
  );
  expect(again.problems).toEqual([]);
  const speaker = db.$client
    .prepare('SELECT a.slug FROM quotes q JOIN statements s ON s.id = q.statement_id JOIN actors a ON a.id = s.speaker_id WHERE q.source_id = ?')
    .all(again.sourceId);
  expect(speaker).toEqual([{ slug: 'pakistan-foreign-office' }]);
});

test('a publishedOn that is not on the calendar is refused before anything is looked up or stored, new text or repeat', async () => {
  const ctx = { db, viewer: { tokenId: null, name: 'test', role: 'EDITOR' as const } };
  const count = () => (db.$client.prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM quotes) AS n').get() as { n: number }).n;
  const before = count();
  for (const publishedOn of ['2025-02-30', '2025-13-40', '2023-02-29', 'banana']) {
    for (const text of [story, `${story}\nA paragraph the first ingestion never saw.`]) {
      await expect(ingestArticle(ctx, { text, title: 'Talks', outlet: 'Wire', publishedOn })).rejects.toThrow(
        /^input\.publishedOn: must be a date, YYYY-MM-DD$/,
      );
    }
  }
  expect(count()).toBe(before);
  expect((await ingestArticle(ctx, { text: story, title: 'Talks', outlet: 'Wire', publishedOn: '2024-02-29' })).created).toBe(false);
});
