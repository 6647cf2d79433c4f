/**
 * Builds the dashboard for production only when its inputs changed: a hash of apps/web's sources, its
 * config and the GraphQL schema is written next to the build and compared on every start.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(webRoot, '..', '..');
const STAMP = join(webRoot, '.next', 'parley-build-stamp.json');
const LOCK = join(webRoot, '.next-build-lock');
const bin = (name) => join(webRoot, 'node_modules', '.bin', name);

const INPUTS = ['src', 'public', 'next.config.ts', 'package.json', 'tsconfig.json', 'node_modules/next/package.json', '../../packages/schema/schema.graphql'];

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash over every input of the build; the generated graphql-env.d.ts follows the schema, so it is left out. */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(webRoot, input))) {
      if (file.endsWith('graphql-env.d.ts')) continue;
      hash.update(relative(webRoot, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function isBuildFresh(hash = sourceHash()) {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')).hash === hash;
  } catch {
    return false;
  }
}

function run(command, args, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: webRoot, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const forward = (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One build at a time, even across processes (two test files, or a start while tests run). */
async function withLock(fn) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {}
      if (holder && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds when missing or stale; resolves to whether it built. */
export async function ensureBuild({ log = (line) => console.log(line), force = false } = {}) {
  if (!force && isBuildFresh()) return false;
  return withLock(async () => {
    const hash = sourceHash();
    if (!force && isBuildFresh(hash)) return false;
    log(existsSync(STAMP) && !force ? 'Sources changed since the last build: rebuilding the dashboard…' : 'Building the dashboard…');
    await run(bin('gql-tada'), ['generate', 'output'], log);
    await run(process.execPath, [join(webRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], log);
    writeFileSync(STAMP, JSON.stringify({ hash, builtAt: new Date().toISOString() }, null, 2));
    return true;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureBuild({ force: process.argv.includes('--force') }).then(
    (built) => console.log(built ? 'Dashboard built.' : 'Dashboard build is up to date.'),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
