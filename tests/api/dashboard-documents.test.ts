import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as documents from '../../apps/web/src/graphql/documents.ts';
import { operationType } from '../../apps/web/src/lib/operation-type.ts';
import { gql, makeApp } from '../helpers/app.ts';
import { serve, sseSubscribe, type Running } from '../helpers/http.ts';
import { IDS_QUERY, type Ids, idsFrom, queryVariables, TOKEN_QUERIES } from './dashboard-queries.ts';
import { ARTICLE, subscriptionTriggers } from './dashboard-triggers.ts';

// Every operation the dashboard sends, run against a real app with the variables the dashboard uses:
// proof that graphql-armor's limits (depth, aliases, tokens, cost) leave room for the real queries.

const app = await makeApp();
let http: Running;
const ids = {} as Ids;

beforeAll(async () => {
  http = await serve(app);
  Object.assign(ids, idsFrom((await gql(app, IDS_QUERY)).data));
});
afterAll(async () => {
  await http.close();
  await app.dispose();
});

const operations = Object.entries(documents)
  .filter((entry): entry is [string, DocumentNode] => (entry[1] as DocumentNode)?.kind === 'Document')
  .map(([name, doc]) => {
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    return { name, doc, op: op.operation, opName: op.name!.value };
  });

/** The variables each operation is sent with; more than one set where the dashboard varies them. */
const variables: Record<string, () => Record<string, unknown>[]> = {
  ...queryVariables(ids),
  AlertRaised: () => [{}],
  CreateWatch: () => [{ input: { name: 'Documents watch', filter: { text: 'documentscheck', act: 'COMMENT' }, webhookUrl: null } }],
  PauseWatch: () => [{ id: watchId }],
  ResumeWatch: () => [{ id: watchId }],
  AcknowledgeAlert: () => [{ id: alertId }],
  // The review page's writes, run in this order with an editor token (see the end of this file).
  IngestArticle: () => [
    { input: { text: ARTICLE, title: 'Pakistan warns Kabul after border firing', outlet: 'Test Wire', url: null, publishedOn: '2025-11-20' } },
  ],
  EditQuote: () => [
    {
      id: ingested('We will not wait').id,
      input: { act: 'THREATEN', conditional: true, statementText: 'Pakistan will not wait for another attack before it responds.' },
    },
  ],
  ConfirmQuote: () => [{ id: ingested('We will not wait').id }],
  ReopenQuote: () => [{ id: ingested('We will not wait').id }],
  RejectQuote: () => [{ id: ingested('We are ready').id }],
  RestoreQuote: () => [{ id: ingested('We are ready').id }],
  ChangeSpeaker: () => [{ id: ingested('Our trucks').id, speakerId: ids.actor }],
  ProposeQuote: () => {
    const text = 'the crossing had been shut for nine days';
    return [
      {
        input: {
          sourceId: ingestedSource,
          text,
          start: ARTICLE.indexOf(text),
          end: ARTICLE.indexOf(text) + text.length,
          kind: 'INDIRECT',
          speakerId: ids.actor,
          act: 'COMMENT',
        },
      },
    ];
  },
  ConfirmActor: () => [{ id: ingested('Our trucks').statement.speaker.id, input: { country: 'PK' } }],
  ReproposeActor: () => [{ id: ingested('Our trucks').statement.speaker.id }],
  // Subscriptions: the variables, and the write that makes them fire.
  StatementAdded: () => [{}],
  StatementWithdrawn: () => [{}],
  RoundsUpdated: () => [{}],
  RoundUpdated: () => [{ id: ids.round }],
};

/** The quotes IngestArticle proposed, as the page keeps them (captured when it runs). */
/** The alert the AlertRaised check raised, and the watch CreateWatch made (for the mutations after them). */
let alertId = '';
let watchId = '';
let proposed: { id: string; text: string; statement: { speaker: { id: string } } }[] = [];
let ingestedSource = '';
const ingested = (start: string) => {
  const quote = proposed.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`IngestArticle proposed no quote starting "${start}"`);
  return quote;
};

const triggers = subscriptionTriggers(app, ids);

test('every dashboard document has realistic variables here', () => {
  expect(operations.length).toBeGreaterThan(15);
  expect(operations.map((o) => o.opName).filter((n) => !variables[n])).toEqual([]);
});

describe.each(operations.filter((o) => o.op === 'query'))('query $opName', ({ doc, opName }) => {
  test('runs without errors within the API limits', async () => {
    for (const vars of variables[opName]!()) {
      const result = await gql(app, print(doc), vars, TOKEN_QUERIES.has(opName) ? app.editorToken : undefined);
      expect(result.errors, JSON.stringify(vars)).toBeUndefined();
      expect(result.status).toBe(200);
      expect(
        Object.values(result.data ?? {}).every((v) => v !== null),
        `${opName} found its data`,
      ).toBe(true);
    }
  });
});

describe.each(operations.filter((o) => o.op === 'subscription'))('subscription $opName', ({ doc, opName }) => {
  test('streams an event without errors within the API limits', async () => {
    const headers: Record<string, string> = TOKEN_STREAMS.has(opName) ? { authorization: `Bearer ${app.editorToken}` } : {};
    const stream = await sseSubscribe(http.url, print(doc), variables[opName]!()[0], headers);
    await new Promise((r) => setTimeout(r, 100));
    await triggers[opName]!();
    const event = await stream.next();
    stream.close();
    expect(event.errors).toBeUndefined();
    expect(Object.keys(event.data)).toHaveLength(1);
    if (opName === 'AlertRaised') alertId = event.data.alertRaised.id;
  });
});

// In the order the review page sends them: the article, then a decision on each of its candidates.
const MUTATIONS = [
  'IngestArticle',
  'EditQuote',
  'ConfirmQuote',
  'ReopenQuote',
  'RejectQuote',
  'RestoreQuote',
  'ChangeSpeaker',
  'ProposeQuote',
  'ConfirmActor',
  'ReproposeActor',
  'CreateWatch',
  'PauseWatch',
  'ResumeWatch',
  'AcknowledgeAlert',
];
const TOKEN_STREAMS = new Set(['AlertRaised']);

test('every dashboard mutation is run below, in order', () => {
  expect(
    operations
      .filter((o) => o.op === 'mutation')
      .map((o) => o.opName)
      .sort(),
  ).toEqual([...MUTATIONS].sort());
});

describe.each(MUTATIONS.map((name) => operations.find((o) => o.opName === name)!))('mutation $opName', ({ doc, opName }) => {
  test('runs with an editor token within the API limits', async () => {
    for (const vars of variables[opName]!()) {
      const result = await gql(app, print(doc), vars, app.editorToken);
      expect(result.errors, JSON.stringify(vars)).toBeUndefined();
      if (opName === 'IngestArticle') {
        proposed = result.data.ingestArticle.quotes;
        ingestedSource = result.data.ingestArticle.source.id;
      }
      if (opName === 'CreateWatch') watchId = result.data.createWatch.watch.id;
    }
    if (opName === 'IngestArticle') expect(proposed.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the proxy forwards a token for mutations only', () => {
  test('each dashboard document is classified as the operation it is', () => {
    for (const { doc, op, opName } of operations) {
      expect(operationType(print(doc)), opName).toBe(op);
      expect(operationType(print(doc), opName), opName).toBe(op);
    }
  });

  test.each([
    ['{ actors(first: 1) { totalCount } }', null, 'query'],
    ['query Q($q: String = "mutation { x }") { search(query: $q) { kind } }', null, 'query'],
    ['# mutation M { confirmQuote }\nquery Q { a }', null, 'query'],
    ['query Q { a(x: """mutation {""") }', null, 'query'],
    ['query Q { a } mutation M { b }', 'M', 'mutation'],
    ['query Q { a } mutation M { b }', 'Q', 'query'],
    ['query Q { a } mutation M { b }', null, null],
    ['mutation M { b } fragment F on X { y }', null, 'mutation'],
    ['mutation { b }', 'Other', null],
    ['mutation M { b', null, null],
  ] as const)('%s (operationName %s) is %s', (document, name, expected) => {
    expect(operationType(document, name)).toBe(expected);
  });
});
