import cluster from 'node:cluster';
import { createApp, prepareDatabase, type App } from './app.ts';
import { loadConfig, redactUrl, type Config } from './config.ts';
import { serveClusterMetrics } from './metrics-cluster.ts';
import { relayClusterEvents } from './pubsub.ts';
import { createHttpServer, listen, shutdown } from './server.ts';

const log = (message: string) => console.log(message);

/** Start-up failures (bad settings, an unwritable database) are one clear line, not a stack trace. */
function cannotStart(error: unknown): never {
  const code = (error as { code?: unknown })?.code;
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Parley cannot start: ${typeof code === 'string' && code.startsWith('SQLITE_') ? `${code}: ` : ''}${reason}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  cannotStart(error);
}

function announce(port: number) {
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log(`GraphQL   http://${shown}:${port}/graphql${config.graphiql ? '  (GraphiQL in a browser)' : ''}`);
  log(`Health    http://${shown}:${port}/healthz`);
  if (config.metrics) log(`Metrics   http://${shown}:${port}/metrics`);
  if (!config.adminToken) log('Writes need a token: pnpm parley token create --role editor --name NAME');
}

function onSignals(stop: (signal: string) => Promise<void>) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop(signal).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/** One API process: the whole server when PARLEY_WORKERS is 1, else one cluster worker. */
async function serve(config: Config, quiet: boolean) {
  let app: App;
  try {
    app = await createApp(config, quiet ? () => {} : log);
  } catch (error) {
    cannotStart(error);
  }
  const server = createHttpServer(app, config);
  let port: number;
  try {
    port = await listen(server, config.port, config.host);
  } catch (error) {
    // Port taken or not ours to bind: one line, like every other start-up failure.
    await app.close();
    cannotStart(error);
  }
  if (!quiet) announce(port);
  onSignals(async (signal) => {
    if (!quiet) log(`${signal}: shutting down…`);
    await shutdown(server, app);
  });
}

/**
 * The cluster primary prepares the database once (migrations, first-run seed, admin token), then forks
 * workers that share the port; node:cluster hands each new connection to one of them in turn.
 */
async function primary(config: Config, workers: number) {
  try {
    await (await prepareDatabase(config, log)).close();
  } catch (error) {
    cannotStart(error);
  }
  relayClusterEvents();
  if (config.metrics) serveClusterMetrics();
  const env = { PARLEY_SEED: '0' };
  let stopping = false;
  const ports: number[] = [];
  cluster.on('listening', (_worker, address) => {
    ports.push(address.port);
    if (ports.length === workers) {
      log(`Workers   ${workers} processes on one database (${config.databaseUrl ? redactUrl(config.databaseUrl) : config.databasePath})`);
      announce(address.port);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(`Worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork(env);
  });
  // The first worker also runs the feed poller: one poller per deployment, whatever the worker count.
  for (let i = 0; i < workers; i++) cluster.fork(i === 0 ? { ...env, PARLEY_FEED_WORKER: '1' } : env);
  onSignals(async (signal) => {
    stopping = true;
    log(`${signal}: shutting down ${workers} workers…`);
    const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      alive.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  });
}

if (cluster.isPrimary) log(`Parley API — database ${config.databaseUrl ? redactUrl(config.databaseUrl) : config.databasePath}`);
if (config.workers > 1 && cluster.isPrimary) await primary(config, config.workers);
else await serve(config, cluster.isWorker);
