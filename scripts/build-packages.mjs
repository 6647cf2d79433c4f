/**
 * Compiles the packages and the API to dist/ with `tsc -b`, which skips every project whose inputs have not
 * changed since its last build, so a start after the first costs about a second.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

export function buildPackages({ log = console.log } = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: repoRoot });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) {
        log(`packages compiled (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        resolve();
      } else {
        for (const line of output.split('\n')) if (line.trim()) log(line);
        reject(new Error(`tsc -b failed with exit code ${code}`));
      }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPackages();
