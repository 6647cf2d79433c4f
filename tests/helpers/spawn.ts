import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Spawned servers and CLIs run the compiled JavaScript, as in production (`pnpm test` builds it first).
const apiMain = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const apiCli = fileURLToPath(new URL('../../apps/api/dist/cli.js', import.meta.url));

export function runCli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [apiCli, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the API as `pnpm start` would and resolves once it has printed its GraphQL URL. */
export function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [apiMain], { cwd: repoRoot, env: { ...process.env, ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /GraphQL\s+(http:\/\/\S+)\/graphql[\s\S]*Health/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`API exited with ${code}:\n${output}`)));
  });
}
