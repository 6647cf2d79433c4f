import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql realm for the whole run: without the alias, the schema's graphql and the test's differ.
const fromSchema = createRequire(new URL('./packages/schema/package.json', import.meta.url));

export default defineConfig({
  resolve: { alias: { graphql: fromSchema.resolve('graphql/index.js') } },
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
