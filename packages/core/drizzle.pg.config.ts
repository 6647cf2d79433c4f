import { defineConfig } from 'drizzle-kit';

// PostgreSQL migrations, beside SQLite's in ./drizzle; test/pg-parity.test.ts keeps the two schemas in step.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/pg/schema.ts',
  out: './drizzle-pg',
});
