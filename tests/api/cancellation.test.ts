import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createParleyYoga, loadSeed, openDatabase } from '@parley/schema';
import { seedDir } from '@parley/seed';
import type { Plugin } from 'graphql-yoga';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';

const dir = tempDir();
let executed: string[] = [];
const db = openDatabase(join(dir, 'cancel.db'), { onSql: (sql) => executed.push(sql) });
beforeAll(() => loadSeed(db, { dir: seedDir }));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERY = JSON.stringify({ query: '{ statements(first: 5) { edges { node { id text speaker { name } } } } }' });
const readsStatements = () => executed.filter((sql) => /from "statements"/i.test(sql)).length;

/** Asks the feed; `leaveAtExecute` makes the client go away just as execution starts. */
async function ask(leaveAtExecute: boolean) {
  const leaving = new AbortController();
  const leaver: Plugin = { onExecute: () => void (leaveAtExecute && leaving.abort(new Error('client went away'))) };
  const yoga = createParleyYoga({ db, plugins: [leaver as never] });
  executed = [];
  const outcome = await Promise.resolve(
    yoga.fetch('http://parley.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: leaving.signal }),
  ).then(
    async (r) => (await r.json()) as { data?: unknown },
    (e: Error) => e,
  );
  // The answer is refused as soon as the client leaves; an execution that did not stop would still be reading.
  await new Promise((r) => setTimeout(r, 200));
  return { outcome, statementsRead: readsStatements() };
}

// The executor is handed a signal that follows the request's (cancellation.ts); it asks it before each field.
test('an execution whose client has gone away stops before its resolvers read the database', async () => {
  const stayed = await ask(false);
  expect(stayed.outcome).toHaveProperty('data.statements.edges');
  expect(stayed.statementsRead).toBeGreaterThan(0);
  const left = await ask(true);
  expect(left.outcome).toBeInstanceOf(Error);
  expect(left.statementsRead).toBe(0);
});
