// Starts each contender in a process of its own, as it would run in production, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsxLoader = import.meta.resolve('tsx');

export interface Running {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Directory for a V8 CPU profile of the process (node --cpu-prof), written when it stops. */
  cpuProfDir?: string;
  /** Compiled JavaScript runs without the tsx loader (Parley itself: `pnpm bench` builds it first). */
  compiled?: boolean;
}

/** Runs an entry point (TypeScript under tsx, or compiled JavaScript) and resolves with its URL once `ready` matches its output. */
export function startTs(
  name: string,
  entry: string,
  args: string[],
  ready: RegExp,
  toUrl: (m: RegExpExecArray) => string,
  options: StartOptions = {},
): Promise<Running> {
  const nodeArgs = options.compiled ? [] : ['--import', tsxLoader];
  if (options.cpuProfDir) nodeArgs.push('--cpu-prof', '--cpu-prof-dir', options.cpuProfDir);
  const child = spawn(process.execPath, [...nodeArgs, entry, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = ready.exec(output);
      if (m && timer) {
        clearTimeout(timer);
        resolve({
          name,
          url: toUrl(m),
          pid: child.pid!,
          child,
          output: () => output,
          async stop() {
            if (exited) return;
            child.kill('SIGTERM');
            const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
            await exit;
            clearTimeout(kill);
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

export interface ParleyOptions {
  db: string;
  workers?: number;
  cacheTtl?: number;
  adminToken: string;
  redisUrl?: string;
  cpuProfDir?: string;
  /** A postgres:// URL: the API serves that database instead of `db` (DATABASE_URL wins in the API). */
  databaseUrl?: string;
  /** Connections in the API's PostgreSQL pool (PARLEY_PG_POOL); the API's default when unset. */
  pgPool?: number;
}

export function startParley(name: string, o: ParleyOptions): Promise<Running> {
  return startTs(name, 'apps/api/dist/main.js', [], /GraphQL\s+(http:\/\/\S+)\/graphql/, (m) => m[1]!, {
    cpuProfDir: o.cpuProfDir,
    compiled: true,
    env: {
      DATABASE_PATH: o.db,
      // Always set: a DATABASE_URL in the caller's environment would otherwise move the SQLite rows onto PostgreSQL.
      DATABASE_URL: o.databaseUrl ?? '',
      ...(o.pgPool ? { PARLEY_PG_POOL: String(o.pgPool) } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      PARLEY_SEED: '0',
      PARLEY_GRAPHIQL: '0',
      PARLEY_ADMIN_TOKEN: o.adminToken,
      PARLEY_WORKERS: String(o.workers ?? 1),
      PARLEY_RESPONSE_CACHE_TTL: String(o.cacheTtl ?? 0),
      ...(o.redisUrl ? { REDIS_URL: o.redisUrl, PARLEY_REDIS_PREFIX: `bench-${process.pid}:` } : { REDIS_URL: '' }),
    },
  });
}

export function startRaw(db: string, cpuProfDir?: string): Promise<Running> {
  return startTs('raw', 'bench/src/servers/raw.ts', ['--db', db], /listening (\d+)/, (m) => `http://127.0.0.1:${m[1]}`, { cpuProfDir });
}

export function startPeer(db: string, cpuProfDir?: string): Promise<Running> {
  return startTs('peer', 'src/server.ts', ['--db', db], /listening (\d+)/, (m) => `http://127.0.0.1:${m[1]}`, {
    cwd: `${repoRoot}bench/peer`,
    cpuProfDir,
  });
}

/** Resident memory of a process in kB (Linux /proc). */
export function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** Parley's schema over PostgreSQL (servers/parley-pg.ts), with a pool of `pool` connections. */
export function startParleyPg(url: string, pool: number, cpuProfDir?: string): Promise<Running> {
  return startTs(
    'Parley on PostgreSQL',
    'bench/src/servers/parley-pg.ts',
    ['--url', url, '--pool', String(pool)],
    /listening (\d+)/,
    (m) => `http://127.0.0.1:${m[1]}`,
    {
      cpuProfDir,
      env: { PARLEY_GRAPHIQL: '0' },
    },
  );
}

export function startRawPg(url: string, pool: number, cpuProfDir?: string): Promise<Running> {
  return startTs(
    'raw PostgreSQL',
    'bench/src/servers/raw-pg.ts',
    ['--url', url, '--pool', String(pool)],
    /listening (\d+)/,
    (m) => `http://127.0.0.1:${m[1]}`,
    {
      cpuProfDir,
    },
  );
}
