// The curated seed dataset, as JSON files and as read back through the GraphQL API of a freshly seeded app, with the
// query helpers the seed content tests share.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { gql, makeApp, type TestApp } from '../helpers/app.ts';

export const seedDir = new URL('../../data/seed/', import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, seedDir), 'utf8'));
export const dataset = {
  actors: json('actors'),
  sources: json('sources'),
  occasions: json('occasions'),
  statements: json('statements'),
  processes: json('processes'),
  rounds: json('rounds'),
  events: json('events'),
  claims: json('claims'),
  discrepancies: json('discrepancies'),
};
export const sum = (list: any[], f: (x: any) => number) => list.reduce((n, x) => n + f(x), 0);

let app: TestApp;
/** A freshly seeded app for the calling test file, disposed after its tests. */
export function useSeededApp(): void {
  beforeAll(async () => {
    app = await makeApp();
  });
  afterAll(() => app?.dispose());
}

/**
 * Runs a query and fails on any GraphQL error, so that a missing field can never pass as "no data". With an
 * editor's token: the dataset's suggested quotes are checked too, and only a token may list them.
 */
export async function q<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(app, query, variables, app.editorToken);
  expect(result.errors ?? []).toEqual([]);
  expect(result.data).toBeTruthy();
  return result.data!;
}

const STATEMENT = `query($key: String!) { statement(key: $key) {
  key text act intensity conditional saidOn datePrecision channel venue outletCount
  speaker { slug } occasion { key } round { key } targets { slug } topics
  quotes { text kind link start end source { key } }
  all: quotes(links: [CONFIRMED, SUGGESTED]) { text kind link source { key } }
} }`;
export const statement = async (key: string) => {
  const data = await q(STATEMENT, { key });
  expect(data.statement, `statement ${key}`).not.toBeNull();
  return data.statement;
};
export const quoteBySource = (s: any) => Object.fromEntries(s.all.map((x: any) => [x.source.key, x.text]));

const ROUND = `query($key: String!) { round(key: $key) {
  key title sequence venueCity venueCountry startedOn endedOn status outcome
  process { key }
  participants { role actor { slug } }
  updates { at atPrecision status note source { key } }
  latestUpdate { status at source { key } }
  demands { key text status by { slug } to { slug } source { key } }
  statements(first: 100) { totalCount edges { node { key } } }
} }`;
export const round = async (key: string) => {
  const data = await q(ROUND, { key });
  expect(data.round, `round ${key}`).not.toBeNull();
  return data.round;
};

export const resolve = async (name: string) => (await q(`query($n: String!) { resolveActor(name: $n) { slug } }`, { n: name })).resolveActor?.slug ?? null;

const CLAIMS = `{ claims(first: 100) { totalCount edges { node {
  key text killed civilians children event { key } source { key }
  stances { stance killed civilians children actor { slug } statement { key } source { key } }
} } } }`;
export const claim = async (key: string) => {
  const data = await q(CLAIMS);
  const found = data.claims.edges.map((e: any) => e.node).find((c: any) => c.key === key);
  expect(found, `claim ${key}`).toBeTruthy();
  return found;
};
export const stancesOf = (c: any, stance: string) =>
  c.stances
    .filter((s: any) => s.stance === stance)
    .map((s: any) => s.actor.slug)
    .sort();
