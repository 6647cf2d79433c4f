import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult } from './autocannon-child.ts';
import type { FanoutJob, FanoutResult } from './fanout-child.ts';

const tsxLoader = import.meta.resolve('tsx');

export type { FanoutJob, FanoutResult, LoadJob, LoadResult };

/** Runs a client script in a process of its own: job as JSON on stdin, result as the last JSON line. */
function runChild<R>(script: string, job: unknown): Promise<R> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', tsxLoader, file], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c) => (out += c));
    p.stderr.on('data', (c) => (err += c));
    p.on('exit', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) return reject(new Error(`${script} exited with ${code}: ${err || out}`));
      resolve(JSON.parse(line) as R);
    });
    p.stdin.end(JSON.stringify(job));
  });
}

/** One autocannon run in a separate process. */
export const runLoad = (job: LoadJob) => runChild<LoadResult>('./autocannon-child.ts', job);

/** One subscription fan-out in a separate process. */
export const runFanout = (job: FanoutJob) => runChild<FanoutResult>('./fanout-child.ts', job);
