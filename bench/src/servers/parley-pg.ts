// Parley on PostgreSQL for the bench: the schema package (createParleyYoga) over openPostgres's drizzle db, served by
// node:http on /graphql. Not the API process, which opens SQLite only so far; what it keeps of apps/api's read path:
// compiled @parley/* code, NODE_ENV=production, the same Yoga options and limits from the same settings
// (loadConfig), and the same FIFO request limiter (overload.ts). Response cache off: every read goes to the database.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createLimiter, loadConfig } from '@parley/api';
import { openPostgres } from '@parley/core/pg';
import { createParleyYoga } from '@parley/schema';
import { listenAndAnnounce } from './raw-http.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, pool: { type: 'string', default: '10' }, port: { type: 'string', default: '0' } } });
const config = loadConfig();
const postgres = await openPostgres(values.url!, { poolSize: Number(values.pool), migrate: false });
const yoga = createParleyYoga({
  db: postgres.db,
  responseCache: false,
  graphiql: false,
  introspection: config.introspection,
  authFailuresPerMinute: config.authFailuresPerMinute,
});
const limiter = createLimiter(config);
const server = createServer((req, res) => {
  if (!req.url?.startsWith('/graphql')) {
    res.writeHead(404).end();
    return;
  }
  limiter
    .run(req, res, async () => {
      await yoga(req, res);
    })
    .catch(() => res.headersSent || res.writeHead(500).end());
});
listenAndAnnounce(server, Number(values.port));
// A clean exit, so that --cpu-prof writes its profile.
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => postgres.close().finally(() => process.exit(0)));
});
