import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gql, makeApp, rowCounts } from '../helpers/app.ts';

const app = await makeApp();
afterAll(() => app.dispose());

let actorId = '';
let sourceId = '';
let statementId = '';
let sourceBody = '';
beforeAll(async () => {
  const r = await gql(
    app,
    `{ actor(slug: "khawaja-asif") { id } sources(first: 1) { edges { node { id body } } } statements(first: 1) { edges { node { id } } } }`,
  );
  actorId = r.data.actor.id;
  sourceId = r.data.sources.edges[0].node.id;
  sourceBody = r.data.sources.edges[0].node.body;
  statementId = r.data.statements.edges[0].node.id;
});

/** Runs a write that must fail, and proves no table changed. */
async function refused(query: string, variables: Record<string, unknown>) {
  const before = await rowCounts(app.db);
  const r = await gql(app, query, variables, app.editorToken);
  expect(await rowCounts(app.db)).toEqual(before);
  expect(r.errors?.length).toBeGreaterThan(0);
  for (const e of r.errors ?? []) {
    expect(JSON.stringify(e)).not.toMatch(/at .+\.(ts|js):\d+|stack/i);
  }
  return r.errors![0]!;
}

const NEW_STATEMENT = `mutation($input: CreateStatementInput!) { createStatement(input: $input) { id } }`;

describe('bad input gets a clear error and loses nothing', () => {
  test('an unknown id', async () => {
    const e = await refused(NEW_STATEMENT, {
      input: { occasion: { speakerId: 'QWN0b3I6OTk5OTk=', saidOn: '2025-11-01' }, text: 'x', act: 'COMMENT' },
    });
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.occasion.speakerId' });
  });

  test('an id of the wrong type', async () => {
    const e = await refused(NEW_STATEMENT, { input: { occasion: { speakerId: sourceId, saidOn: '2025-11-01' }, text: 'x', act: 'COMMENT' } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occasion.speakerId' });
  });

  test('an invalid date', async () => {
    const e = await refused(NEW_STATEMENT, { input: { occasion: { speakerId: actorId, saidOn: '2025-02-30' }, text: 'x', act: 'COMMENT' } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/saidOn|Date/);
  });

  test('an empty name', async () => {
    const e = await refused(`mutation { createActor(input: { name: "   ", kind: PERSON }) { id } }`, {});
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name', reason: 'must not be empty' });
  });

  test('a 1 MB string', async () => {
    const e = await refused(`mutation($name: String!) { createActor(input: { name: $name, kind: PERSON }) { id } }`, { name: 'x'.repeat(1024 * 1024) });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(e.message).toMatch(/at most 200 characters/);
  });

  test('a span mismatch, with the place the text really is', async () => {
    const text = sourceBody.slice(10, 40);
    const e = await refused(`mutation($s: ID!, $i: QuoteInput!) { addQuote(statementId: $s, input: $i) { id } }`, {
      s: statementId,
      i: { sourceId, text, start: 11, end: 41 },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
    expect(e.message).toContain('occurs at 10–40');
  });

  test('a span mismatch inside a multi-part write rolls the whole statement back', async () => {
    const e = await refused(NEW_STATEMENT, {
      input: {
        occasion: { speakerId: actorId, saidOn: '2025-11-01', channel: 'PRESS_REMARKS' },
        text: 'A statement whose second quote is wrong',
        act: 'COMMENT',
        topics: ['test'],
        quotes: [
          { sourceId, text: sourceBody.slice(0, 20), start: 0, end: 20 },
          { sourceId, text: 'words that are not there', start: 0, end: 24 },
        ],
      },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quotes.1.start' });
  });

  test('an unknown enum value', async () => {
    const e = await refused(`mutation { createActor(input: { name: "Someone", kind: WIZARD }) { id } }`, {});
    expect(e.message).toMatch(/WIZARD/);
    const v = await refused(`mutation($k: ActorKind!) { createActor(input: { name: "Someone", kind: $k }) { id } }`, { k: 'WIZARD' });
    expect(v.message).toMatch(/WIZARD/);
  });

  test('FTS syntax garbage in a filter', async () => {
    const r = await gql(app, `{ statements(first: 5, filter: { text: "\\"((" }) { totalCount } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  test('binary garbage as a source body', async () => {
    const e = await refused(`mutation($b: String!) { createSource(input: { title: "t", outlet: "o", body: $b }) { id } }`, {
      b: '\u0000\u0001\u0002garbage\u0003',
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
  });
});
