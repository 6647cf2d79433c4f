import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The monorepo root holds the lockfile; without this Turbopack guesses and warns.
  turbopack: { root: fileURLToPath(new URL('../../', import.meta.url)) },
  // `pnpm typecheck` (gql.tada check + tsc) owns type errors; skipping them here keeps start-up builds fast.
  typescript: { ignoreBuildErrors: true },
};

export default config;
