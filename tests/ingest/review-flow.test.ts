import { afterAll, expect, test } from 'vitest';
import { codes, gql, makeApp, rowCounts } from '../helpers/app.ts';

const app = await makeApp();
afterAll(() => app.dispose());

const ARTICLE = `Pakistan warns Kabul after border firing

ISLAMABAD: Defence Minister Khawaja Asif on Thursday warned the Afghan Taliban that Pakistan's patience was running out.
“We will not wait for another attack before we respond,” Asif told reporters at Parliament House.
Separately, Ahmad Wali Khan, a trader in Chaman, said the crossing had been shut for nine days.
“Our trucks are rotting at the border,” Khan said.`;

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  created confirmed source { id title }
  quotes { id text kind link start end statement { id status text speaker { slug name status } } candidate { speakerText speakerName resolution confidence verb } }
  unattributed { text }
} }`;

const input = { text: ARTICLE, title: 'Pakistan warns Kabul after border firing', outlet: 'Test Wire', publishedOn: '2025-11-20' };

let firstQuotes: any[] = [];

test('ingestArticle proposes quotes with speakers, as suggestions only', async () => {
  const r = await gql(app, INGEST, { input }, app.editorToken);
  expect(r.errors).toBeUndefined();
  const result = r.data.ingestArticle;
  expect(result.created).toBe(true);
  firstQuotes = result.quotes;
  const asif = result.quotes.find((q: any) => q.text.startsWith('We will not wait'));
  expect(asif).toMatchObject({ kind: 'DIRECT', link: 'SUGGESTED', statement: { status: 'PENDING', speaker: { slug: 'khawaja-asif' } } });
  expect(ARTICLE.slice(asif.start, asif.end)).toBe(asif.text);
  const trader = result.quotes.find((q: any) => q.text.startsWith('Our trucks'));
  expect(trader.statement.speaker).toMatchObject({ status: 'PROPOSED', name: expect.stringContaining('Ahmad Wali Khan') });
});

test('nothing unconfirmed is shown as fact: not in lists, search, or the actor list', async () => {
  const r = await gql(
    app,
    `{ statements(first: 100, filter: { text: "trucks" }) { totalCount } search(query: "rotting") { kind } actors(first: 100, filter: { query: "Ahmad Wali" }) { totalCount } }`,
  );
  expect(r.data.statements.totalCount).toBe(0);
  expect(r.data.search.filter((h: any) => h.kind !== 'SOURCE')).toEqual([]);
  expect(r.data.actors.totalCount).toBe(0);
  const source = firstQuotes.length
    ? (await gql(app, `query($id: ID!) { node(id: $id) { ... on Quote { source { id } } } }`, { id: firstQuotes[0].id }, app.editorToken)).data.node.source.id
    : null;
  const queue = await gql(app, `query($s: ID) { reviewQueue(first: 50, source: $s) { totalCount edges { node { id } } } }`, { s: source }, app.editorToken);
  expect(queue.data.reviewQueue.totalCount).toBe(firstQuotes.length);
  expect(queue.data.reviewQueue.edges.map((e: any) => e.node.id).sort()).toEqual(firstQuotes.map((q) => q.id).sort());
  expect(codes(await gql(app, `{ reviewQueue(first: 5) { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
});

test('the same text again returns the same source and adds nothing', async () => {
  const before = await rowCounts(app.db);
  const r = await gql(app, INGEST, { input: { ...input, title: 'Another title' } }, app.editorToken);
  expect(r.data.ingestArticle.created).toBe(false);
  expect(r.data.ingestArticle.quotes.map((q: any) => q.id)).toEqual(firstQuotes.map((q) => q.id));
  expect(await rowCounts(app.db)).toEqual(before);
});

test('a proposed speaker is never published silently; confirming publishes the statement; rejecting retires a pending one', async () => {
  const trader = firstQuotes.find((q) => q.text.startsWith('Our trucks'));
  const CONFIRM = `mutation($id: ID!) { confirmQuote(id: $id) { link statement { status speaker { id name kind country status } } } }`;
  const refused = await gql(app, CONFIRM, { id: trader.id }, app.editorToken);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'speaker' });
  const speaker = (
    await gql(app, `query($id: ID!) { node(id: $id) { ... on Quote { statement { speaker { id status } } } } }`, { id: trader.id }, app.editorToken)
  ).data.node.statement.speaker;
  expect(speaker.status).toBe('PROPOSED');
  const actor = await gql(
    app,
    `mutation($id: ID!) { confirmActor(id: $id, input: { kind: PERSON, country: "af" }) { status kind country } }`,
    { id: speaker.id },
    app.editorToken,
  );
  expect(actor.data.confirmActor).toEqual({ status: 'ACTIVE', kind: 'PERSON', country: 'AF' });
  const confirmed = await gql(app, CONFIRM, { id: trader.id }, app.editorToken);
  expect(confirmed.data.confirmQuote).toMatchObject({ link: 'CONFIRMED', statement: { status: 'PUBLISHED', speaker: { status: 'ACTIVE', country: 'AF' } } });
  const listed = await gql(app, `{ statements(first: 5, filter: { text: "trucks" }) { totalCount edges { node { outletCount quotes { text } } } } }`);
  expect(listed.data.statements.totalCount).toBe(1);
  expect(listed.data.statements.edges[0].node.outletCount).toBe(1);

  const asif = firstQuotes.find((q) => q.text.startsWith('We will not wait'));
  const rejected = await gql(app, `mutation($id: ID!) { rejectQuote(id: $id) { link statement { status } } }`, { id: asif.id }, app.editorToken);
  expect(rejected.data.rejectQuote).toEqual({ link: 'REJECTED', statement: { status: 'REJECTED' } });
  expect(codes(await gql(app, `mutation($id: ID!) { rejectQuote(id: $id) { id } }`, { id: trader.id }, app.editorToken))).toEqual(['CONFLICT']);
});

test('editQuote fixes a span, refusing one that does not hold the text', async () => {
  const other = await gql(app, INGEST, { input: { ...input, text: `${ARTICLE}\n“We are ready for talks,” Asif added.` } }, app.editorToken);
  const q = other.data.ingestArticle.quotes.find((x: any) => x.text.startsWith('We are ready'));
  const bad = await gql(app, `mutation($id: ID!) { editQuote(id: $id, input: { start: 3 }) { id } }`, { id: q.id }, app.editorToken);
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
  const trimmed = 'We are ready for talks';
  const good = await gql(
    app,
    `mutation($id: ID!, $t: String!, $s: Int!, $e: Int!) { editQuote(id: $id, input: { text: $t, start: $s, end: $e }) { text statement { text } } }`,
    {
      id: q.id,
      t: trimmed,
      s: q.start,
      e: q.start + trimmed.length,
    },
    app.editorToken,
  );
  expect(good.errors).toBeUndefined();
  expect(good.data.editQuote).toEqual({ text: trimmed, statement: { text: trimmed } });
});

test.each([
  ['empty text', ''],
  ['text with no quotes at all', 'The weather in Islamabad was mild on Tuesday. Markets were calm and traffic was light.'],
  ['binary garbage', '\u0000\u0001\u0002\u0003PK\u0003\u0004 \u0007\u0008'],
  ['a 5 MB text', 'word '.repeat(1024 * 1024)],
])('bad input (%s) gets a clear error and stores nothing', async (_name, text) => {
  const before = await rowCounts(app.db);
  const r = await gql(app, INGEST, { input: { ...input, text } }, app.editorToken);
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
  expect(await rowCounts(app.db)).toEqual(before);
});

test('changing the speaker of one pending statement leaves the others of its occasion alone', async () => {
  const text = `Interior Minister Mohsin Naqvi told reporters on Friday that the border would stay closed.
“We will reopen it when the attacks stop,” Naqvi said.`;
  const r = await gql(app, INGEST, { input: { ...input, text, title: 'Border stays closed' } }, app.editorToken);
  const [first, second] = r.data.ingestArticle.quotes;
  expect(first.statement.speaker.name).toBe(second.statement.speaker.name);
  const asif = (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
  const moved = await gql(
    app,
    `mutation($id: ID!, $s: ID!) { editQuote(id: $id, input: { speakerId: $s }) { statement { speaker { slug } occasion { id } } } }`,
    { id: second.id, s: asif },
    app.editorToken,
  );
  expect(moved.errors).toBeUndefined();
  expect(moved.data.editQuote.statement.speaker.slug).toBe('khawaja-asif');
  const other = await gql(
    app,
    `query($id: ID!) { node(id: $id) { ... on Quote { statement { speaker { name } occasion { id } } } } }`,
    { id: first.id },
    app.editorToken,
  );
  expect(other.data.node.statement.speaker.name).toBe(first.statement.speaker.name);
  expect(other.data.node.statement.occasion.id).not.toBe(moved.data.editQuote.statement.occasion.id);
});
