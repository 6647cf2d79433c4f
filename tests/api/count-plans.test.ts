import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createParleyYoga, loadSeed, openDatabase } from '@parley/schema';
import { seedDir } from '@parley/seed';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';

// A reader's counts of statements (an actor's statements, a round's, totalCount under each list filter) must be
// answered from an index alone: each count otherwise reads every matching row to check that it is published,
// milliseconds for a prolific speaker. The plans asked here are SQLite's for the SQL the API really sent.
const dir = tempDir();
let executed: string[] = [];
const db = openDatabase(join(dir, 'plans.db'), { onSql: (sql) => executed.push(sql) });
const yoga = createParleyYoga({ db });

beforeAll(async () => {
  await loadSeed(db, { dir: seedDir });
  db.$client.exec('ANALYZE');
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(query: string, variables: Record<string, unknown> = {}) {
  executed = [];
  const res = await yoga.fetch('http://plans.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** SQLite's plan lines for the statements table itself (not an alias of it) in the SQL just executed. */
function statementsCountPlans(): string[] {
  const counting = executed.filter((sql) => /count\(\*\)/i.test(sql) && /from "statements"/.test(sql));
  expect(counting.length, 'a count over statements was executed').toBeGreaterThan(0);
  return counting.flatMap((sql) =>
    (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
      .map((row) => row.detail)
      .filter((detail) => /^(SEARCH|SCAN) statements\b/.test(detail)),
  );
}

const coveredOnly = (plans: string[]) => {
  expect(plans.length).toBeGreaterThan(0);
  for (const plan of plans) expect(plan).toMatch(/USING COVERING INDEX statements_\w+_idx/);
};

test("an actor page's statement count reads only the speaker index", async () => {
  const speaker = db.$client
    .prepare(`SELECT a.slug FROM statements s JOIN actors a ON a.id = s.speaker_id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1`)
    .pluck()
    .get() as string;
  const data = await ask('query ($slug: String!) { actor(slug: $slug) { statements(first: 2) { totalCount } } }', { slug: speaker });
  expect(data.actor.statements.totalCount).toBeGreaterThan(2);
  coveredOnly(statementsCountPlans());
});

test('totalCount of the statements list reads only an index, unfiltered and under each column filter', async () => {
  const ids = await ask('{ statements(first: 1) { edges { node { speaker { id } round { id } act channel } } } rounds(first: 1) { edges { node { id } } } }');
  const node = ids.statements.edges[0].node;
  const round = node.round?.id ?? ids.rounds.edges[0].node.id;
  const filters = [{}, { speaker: node.speaker.id }, { round }, { act: node.act }, { channel: node.channel }, { from: '2025-10-01', to: '2025-11-30' }];
  for (const filter of filters) {
    const data = await ask('query ($filter: StatementFilter) { statements(first: 1, filter: $filter) { totalCount } }', { filter });
    expect(data.statements.totalCount, JSON.stringify(filter)).toBeGreaterThan(0);
    coveredOnly(statementsCountPlans());
  }
});
