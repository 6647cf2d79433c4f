import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createHttpServer, listen, shutdown } from './server.ts';

const config = loadConfig();
const log = (message: string) => console.log(message);

log(`Parley API — database ${config.databasePath}`);
const app = createApp(config, log);
const server = createHttpServer(app, config);
const port = await listen(server, config.port, config.host);
const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
log(`GraphQL   http://${shown}:${port}/graphql${config.graphiql ? '  (GraphiQL in a browser)' : ''}`);
log(`Health    http://${shown}:${port}/healthz`);
if (!config.adminToken) log('Writes need a token: pnpm --filter @parley/api token create --role editor --name NAME');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down…`);
    shutdown(server, app).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
