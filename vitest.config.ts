import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One graphql realm for the whole run: without the alias, the schema's graphql and the test's differ.
const fromSchema = createRequire(new URL('./packages/schema/package.json', import.meta.url));
// Workspace packages are read from their TypeScript sources (their `source` export condition) in tests.
const resolve = { alias: { graphql: fromSchema.resolve('graphql/index.js') }, conditions: ['source', 'import', 'node', 'default'] };
// vitest hands these to Node as --conditions too: an 'import' there would make CommonJS require() take a package's
// ESM entry (pg requires pg-pool and gets a module namespace), and Node adds import/require by itself anyway.
const ssr = { resolve: { conditions: ['source', 'node', 'default'] } };

// The suites that run a second time on PostgreSQL (tests/helpers/app.ts reads PARLEY_TEST_ENGINE): every one that
// talks to the app only through GraphQL or HTTP, so what they assert is what a user sees on either engine. Not
// editor-lane: it asserts the order requests finish in, which the limiter fixes only where the database answers
// synchronously (SQLite).
const onBothEngines = [
  'tests/api/{queries,mutations,bad-input,hostile-input,text-input,auth,idempotency,limits,nodes-limit}.test.ts',
  'tests/api/{search,subscriptions,sync,visibility,watches,export,dashboard-documents}.test.ts',
  'tests/api/{live-fanout,slow-subscriber}.test.ts',
  'tests/ingest/{review-flow,url,wire}.test.ts',
  'tests/seed/*.test.ts',
];

// How the suites that start servers run: forked workers that keep their imports from one file to the next
// (isolate: false), so a file that changes process-wide state (an environment variable) puts it back at its end.
const serverSuites = { testTimeout: 30_000, hookTimeout: 120_000, pool: 'forks' as const, isolate: false };

/** Whether PostgreSQL accepts connections where the tests look for it (tests/helpers/postgres.ts). */
function postgresAnswers(): Promise<boolean> {
  const url = new URL(process.env.PARLEY_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  return new Promise((done) => {
    const socket = new Socket().setTimeout(2000);
    const end = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket
      .once('connect', () => end(true))
      .once('error', () => end(false))
      .once('timeout', () => end(false));
    socket.connect(Number(url.port || 5432), url.hostname);
  });
}

const postgresUp = await postgresAnswers();
// CI machines run PostgreSQL: there the project runs and fails loudly if it cannot connect.
if (!postgresUp && process.env.CI !== 'true') console.warn('PostgreSQL is not reachable: the postgres-engine project is left out of this run.');
const postgresEngine =
  postgresUp || process.env.CI === 'true'
    ? [
        {
          resolve,
          ssr,
          test: {
            name: 'postgres-engine',
            include: onBothEngines,
            env: { PARLEY_TEST_ENGINE: 'postgres' },
            ...serverSuites,
          },
        },
      ]
    : [];

export default defineConfig({
  resolve,
  ssr,
  test: {
    ...serverSuites,
    // At least two files at a time (vitest's default of cores − 1 leaves one of two cores idle, and most of a
    // file's time is spent waiting on servers, Chromium and child processes), each worker importing the schema
    // once rather than once per file (isolate: false on every project): 642 s → 330 s on 2 cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { resolve, ssr, test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'], isolate: false } },
      {
        resolve,
        ssr,
        test: { name: 'integration', include: ['tests/**/*.test.ts'], ...serverSuites },
      },
      ...postgresEngine,
    ],
  },
});
