import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql realm for the whole run: without the alias, the schema's graphql and the test's differ.
const fromSchema = createRequire(new URL('./packages/schema/package.json', import.meta.url));
// Workspace packages are read from their TypeScript sources (their `source` export condition) in tests.
const resolve = { alias: { graphql: fromSchema.resolve('graphql/index.js') }, conditions: ['source', 'import', 'node', 'default'] };
// vitest hands these to Node as --conditions too: an 'import' there would make CommonJS require() take a package's
// ESM entry (pg requires pg-pool and gets a module namespace), and Node adds import/require by itself anyway.
const ssr = { resolve: { conditions: ['source', 'node', 'default'] } };

export default defineConfig({
  resolve,
  ssr,
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { resolve, ssr, test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'] } },
      {
        resolve,
        ssr,
        test: { name: 'integration', include: ['tests/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 120_000, pool: 'forks' },
      },
    ],
  },
});
