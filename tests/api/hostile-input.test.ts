import { createHttpServer, listen, loadConfig } from '@parley/api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gql, makeApp, type TestApp } from '../helpers/app.ts';

async function running(app: TestApp) {
  const server = createHttpServer(app, loadConfig({}));
  const url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  const post = async (body: string, token?: string) => {
    const r = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: r.status, text: await r.text() };
  };
  const close = () => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  };
  return { url, post, close };
}

describe('hostile input', () => {
  let app: TestApp;
  let http: Awaited<ReturnType<typeof running>>;
  beforeAll(async () => {
    app = await makeApp();
    http = await running(app);
  });
  afterAll(async () => {
    await http.close();
    await app.dispose();
  });

  test('2,500 nested braces are BAD_USER_INPUT, not an internal error', async () => {
    const r = await http.post(JSON.stringify({ query: `${'{ a '.repeat(2500)}${'}'.repeat(2500)}` }));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a 100,000-deep variable array is BAD_USER_INPUT', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = await http.post(`{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${deep}}}`);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('an invalid JSON body is not echoed back', async () => {
    const secret = 'do-not-echo-this-secret-text'.repeat(20);
    const r = await http.post(`{"query": "${secret}`);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(r.text).not.toContain('do-not-echo');
  });

  test('enum errors suggest no values', async () => {
    const literal = await http.post(JSON.stringify({ query: '{ actors(first: 1, filter: { kind: PERSO }) { totalCount } }' }));
    const variable = await http.post(
      JSON.stringify({ query: 'query($k: ActorKind) { actors(first: 1, filter: { kind: $k }) { totalCount } }', variables: { k: 'PERSO' } }),
    );
    for (const r of [literal, variable]) {
      expect(r.text).toMatch(/PERSO/);
      expect(r.text).not.toMatch(/Did you mean|PERSON/);
    }
  });

  test('depth, alias and cost refusals are QUERY_TOO_COMPLEX and name their limit, without "Syntax Error"', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `parent { members { ${selection} } }`;
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: actIntensity { act }`).join(' ');
    const cases = {
      depth: [`{ actors(first: 1) { edges { node { ${selection} } } } }`, /^Query depth limit of 12 exceeded, found \d+\.$/],
      aliases: [`{ ${aliases} }`, /^Aliases limit of 30 exceeded, found 40\.$/],
      cost: [
        '{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { quotes { text source { id } } } } } } } } }',
        /^Query Cost limit of 20000 exceeded, found [\d.]+\.$/,
      ],
    } as const;
    for (const [limit, [query, message]] of Object.entries(cases)) {
      const r = await http.post(JSON.stringify({ query }));
      const body = JSON.parse(r.text);
      expect(body.data ?? null, limit).toBeNull();
      expect(r.text, limit).not.toMatch(/Syntax Error/);
      const refusal = body.errors.find((e: { message: string }) => message.test(e.message));
      expect(refusal?.extensions, limit).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    }
  });

  test("a field repeated past graphql-js's validation budget says so (700 copies still run)", async () => {
    const ok = JSON.parse((await http.post(JSON.stringify({ query: `{ ${'__typename '.repeat(700)}}` }))).text);
    expect(ok).toEqual({ data: { __typename: 'Query' } });
    const r = await http.post(JSON.stringify({ query: `{ ${'__typename '.repeat(800)}}` }));
    const [error] = JSON.parse(r.text).errors;
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/too complex to validate: it repeats fields/);
    expect(error.message).not.toMatch(/^Validation aborted/);
  });

  test('a duplicate quote is CONFLICT and an unknown sourceId is NOT_FOUND', async () => {
    const r = await gql(app, `{ statements(first: 1) { edges { node { id quotes { text start end source { id } } } } } }`);
    const statement = r.data.statements.edges[0].node;
    const q = statement.quotes[0];
    const ADD = `mutation($s: ID!, $i: QuoteInput!) { addQuote(statementId: $s, input: $i) { id } }`;
    const dup = await gql(app, ADD, { s: statement.id, i: { sourceId: q.source.id, text: q.text, start: q.start, end: q.end } }, app.editorToken);
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await gql(
      app,
      ADD,
      { s: statement.id, i: { sourceId: Buffer.from('Source:99999').toString('base64'), text: 'x', start: 0, end: 1 } },
      app.editorToken,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.sourceId' });
    const asif = (await gql(app, `{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
    const role = await gql(
      app,
      `mutation($a: ID!, $s: ID) { addActorRole(input: { actorId: $a, title: "Minister", sourceId: $s }) { id } }`,
      { a: asif, s: Buffer.from('Source:99999').toString('base64') },
      app.editorToken,
    );
    expect(role.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

test('PARLEY_INTROSPECTION=false turns introspection off; on by default', async () => {
  const off = await makeApp({ PARLEY_INTROSPECTION: 'false' });
  const on = await makeApp();
  const a = await running(off);
  const b = await running(on);
  try {
    const q = JSON.stringify({ query: '{ __schema { types { name } } }' });
    const refused = JSON.parse((await a.post(q)).text);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors[0].message).toMatch(/introspection/i);
    expect(JSON.parse((await b.post(q)).text).data.__schema.types.length).toBeGreaterThan(10);
    // Ordinary queries still work, and so does __typename.
    expect(JSON.parse((await a.post(JSON.stringify({ query: '{ __typename actors(first: 1) { totalCount } }' }))).text).data.__typename).toBe('Query');
  } finally {
    await a.close();
    await b.close();
    await off.dispose();
    await on.dispose();
  }
});
