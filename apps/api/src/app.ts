import { createParleyPubSub, createParleyYoga, ensureApiToken, isEmpty, loadSeed, openDatabase, type ParleyDb, type ParleyPubSub } from '@parley/schema';
import type { Config } from './config.ts';

export interface App {
  db: ParleyDb;
  pubsub: ParleyPubSub;
  yoga: ReturnType<typeof createParleyYoga>;
  seeded: boolean;
  close(): void;
}

/**
 * Opens the database (migrating it), seeds it on first start, bootstraps the admin token and builds the
 * Yoga instance. Binding a port is server.ts's job, so tests can call app.yoga.fetch directly.
 */
export function createApp(config: Config, log: (message: string) => void = () => {}): App {
  const db = openDatabase(config.databasePath);
  let seeded = false;
  if (config.seedOnFirstStart && isEmpty(db)) {
    log('First start: loading the seed dataset…');
    const report = loadSeed(db, { onProgress: (m) => log(`  ${m}`) });
    const added = Object.entries(report).map(([entity, { added }]) => `${added} ${entity}`).join(', ');
    log(`Seeded: ${added}`);
    seeded = true;
  }
  if (config.adminToken) ensureApiToken(db, 'admin (PARLEY_ADMIN_TOKEN)', 'ADMIN', config.adminToken);
  const pubsub = createParleyPubSub();
  const yoga = createParleyYoga({
    db,
    pubsub,
    graphiql: config.graphiql,
    cors: { origin: config.webOrigins, credentials: false, methods: ['GET', 'POST', 'OPTIONS'] },
  });
  return { db, pubsub, yoga, seeded, close: () => db.$client.close() };
}
