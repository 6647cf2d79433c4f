/**
 * `pnpm start`: the API and the dashboard together. Builds the dashboard first when missing or stale,
 * starts the API, points the dashboard at it, prints both URLs, and passes SIGINT/SIGTERM to both.
 *
 *   PORT (4000)  DATABASE_PATH  HOST  PARLEY_ADMIN_TOKEN …   the API, as apps/api reads them
 *   WEB_PORT (3000)  WEB_HOST (127.0.0.1)                     the dashboard; WEB_PORT also sets the API's CORS default
 *   PARLEY_API_URL                                            where the dashboard finds the API (default: the one started here)
 *
 * `--web-only` starts just the dashboard, against PARLEY_API_URL (default http://localhost:4000).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild, repoRoot, webRoot } from '../apps/web/scripts/build.mjs';
import { buildPackages } from './build-packages.mjs';

const webOnly = process.argv.includes('--web-only');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', WEB_PORT: process.env.WEB_PORT || '3000' };
const webHost = env.WEB_HOST || '127.0.0.1';

const children = new Set();
let stopping = false;
let exitCode = 0;

function stop(signal, code = 0) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children) child.kill(signal);
  // A child that ignores the signal must not hold the terminal for ever.
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(exitCode || 1);
  }, 10_000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));

/** Runs a child with its output prefixed; resolves with the first match of `ready` in its output. */
function start(tag, command, args, { cwd = repoRoot, extraEnv = {}, ready }) {
  const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  return new Promise((resolve, reject) => {
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          process.stdout.write(`[${tag}] ${line}\n`);
          const m = ready.exec(line);
          if (m) resolve(m);
        }
      });
    }
    child.on('exit', (code, signal) => {
      children.delete(child);
      reject(new Error(`${tag} exited (${signal ?? code}) before it was ready`));
      if (!stopping) {
        console.error(`[start] ${tag} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
        stop('SIGTERM', code || 1);
      } else if (children.size === 0) process.exit(exitCode);
    });
  });
}

try {
  // The API runs compiled JavaScript (transpiled here when its sources changed, in seconds). It does not need
  // the dashboard, so it migrates, seeds and starts serving while the dashboard's build is still running.
  const log = (line) => console.log(`[build] ${line}`);
  const webBuilt = ensureBuild({ log });
  let apiUrl = env.PARLEY_API_URL || 'http://localhost:4000';
  if (!webOnly) {
    await buildPackages({ log });
    if (stopping) process.exit(exitCode);
    const [, started] = await start('api', process.execPath, ['apps/api/dist/main.js'], { ready: /GraphQL\s+(http:\/\/\S+?)\/graphql/ });
    apiUrl = env.PARLEY_API_URL || started;
  }
  await webBuilt;
  if (stopping) process.exit(exitCode);

  const next = join(webRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const [, webUrl] = await start('web', process.execPath, [next, 'start', '--port', env.WEB_PORT, '--hostname', webHost], {
    cwd: webRoot,
    extraEnv: { PARLEY_API_URL: apiUrl },
    ready: /Local:\s+(http\S+)/,
  });

  console.log('');
  console.log(`Parley dashboard  ${webUrl}`);
  console.log(`Parley API        ${apiUrl}/graphql  (GraphiQL in a browser)`);
  console.log(webOnly ? 'Ctrl-C stops the dashboard.' : 'Ctrl-C stops both.');
} catch (error) {
  if (!stopping) {
    console.error(`[start] ${error.message}`);
    stop('SIGTERM', 1);
  }
}
