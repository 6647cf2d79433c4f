import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gql, makeApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';

const app = await makeApp();
let http: Running;

const ARTICLE = `Border trade stalls as talks drag on

CHAMAN: Traders said on Friday that the crossing had been shut for a second week.
“Our fruit is rotting in the trucks,” said Gul Bahadur Achakzai, a trader in Chaman.
Defence Minister Khawaja Asif said: “We will answer every provocation in kind.”`;

/** One GraphQL POST over real HTTP, anonymous unless a token is given. */
async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const r = await fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return r.json() as Promise<any>;
}

let suggested: any; // a SUGGESTED quote of a PENDING statement by a PROPOSED actor
let rejected: any;
let source = '';
beforeAll(async () => {
  http = await serve(app);
  const r = await gql(
    app,
    `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { source { id } quotes { id text link statement { id status speaker { id slug status } } } } }`,
    { input: { text: ARTICLE, title: 'Border trade stalls', outlet: 'Test Wire', publishedOn: '2025-11-21' } },
    app.editorToken,
  );
  expect(r.errors).toBeUndefined();
  source = r.data.ingestArticle.source.id;
  const quotes = r.data.ingestArticle.quotes;
  suggested = quotes.find((q: any) => q.text.startsWith('Our fruit'));
  expect(suggested).toMatchObject({ link: 'SUGGESTED', statement: { status: 'PENDING', speaker: { status: 'PROPOSED' } } });
  const other = quotes.find((q: any) => q.text.startsWith('We will answer'));
  const rej = await gql(app, `mutation($id: ID!) { rejectQuote(id: $id) { id link } }`, { id: other.id }, app.editorToken);
  rejected = rej.data.rejectQuote;
  expect(rejected.link).toBe('REJECTED');
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

describe('anonymous readers see only what is fact', () => {
  test('node and nodes answer null for a pending statement, a suggested or rejected quote and a proposed actor', async () => {
    const ids = [suggested.statement.id, suggested.id, rejected.id, suggested.statement.speaker.id];
    for (const id of ids) {
      const r = await post(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(r.data.node).toBeNull();
    }
    const r = await post(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [...ids, source] });
    expect(r.data.nodes).toEqual([null, null, null, null, { id: source }]);
  });

  test('actor(slug) does not find a proposed actor', async () => {
    const r = await post(`query($slug: String!) { actor(slug: $slug) { id } }`, { slug: suggested.statement.speaker.slug });
    expect(r.data.actor).toBeNull();
  });

  test('asking for unreviewed quote links is UNAUTHENTICATED, naming links', async () => {
    const onStatement = await post(`{ statements(first: 1) { edges { node { quotes(links: [SUGGESTED, REJECTED]) { id } } } } }`);
    expect(onStatement.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'links' });
    const onSource = await post(`query($id: ID!) { node(id: $id) { ... on Source { quotes(links: [SUGGESTED]) { id } } } }`, { id: source });
    expect(onSource.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'links' });
    const confirmed = await post(`query($id: ID!) { node(id: $id) { ... on Source { quotes(links: [CONFIRMED]) { id } quoteCount } } }`, { id: source });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.node.quotes).toEqual([]);
  });

  test('relations never lead to unreviewed rows', async () => {
    // A confirmed statement targets the proposed actor: the target list leaves it out.
    const asif = (await post(`{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
    const made = await gql(
      app,
      `mutation($s: ID!, $t: [ID!]) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-21" }, text: "Addressed to a proposed actor", act: COMMENT, targetIds: $t }) { id targets { id } } }`,
      { s: asif, t: [suggested.statement.speaker.id] },
      app.editorToken,
    );
    expect(made.data.createStatement.targets).toHaveLength(1);
    const r = await post(`query($id: ID!) { node(id: $id) { ... on Statement { targets { id } } } }`, { id: made.data.createStatement.id });
    expect(r.data.node.targets).toEqual([]);
  });
});

test('with a token, the review UI still sees everything', async () => {
  const token = app.editorToken;
  const r = await post(`query($id: ID!) { node(id: $id) { ... on Quote { id link statement { status speaker { status } } } } }`, { id: suggested.id }, token);
  expect(r.data.node).toMatchObject({ link: 'SUGGESTED', statement: { status: 'PENDING', speaker: { status: 'PROPOSED' } } });
  const actor = await post(`query($slug: String!) { actor(slug: $slug) { status } }`, { slug: suggested.statement.speaker.slug }, token);
  expect(actor.data.actor.status).toBe('PROPOSED');
  const links = await post(`query($id: ID!) { node(id: $id) { ... on Source { quotes(links: [SUGGESTED, REJECTED]) { link } } } }`, { id: source }, token);
  expect(links.data.node.quotes.map((q: any) => q.link)).toEqual(expect.arrayContaining(['REJECTED', 'SUGGESTED']));
});
