import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { repoRoot } from '../helpers/spawn.ts';
import { freePort } from './stack.ts';

const dir = tempDir('parley-start-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('`pnpm start` runs the API and the dashboard together, prints both URLs and stops both on SIGTERM', async () => {
  const [port, webPort] = await Promise.all([freePort(), freePort()]);
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), WEB_PORT: String(webPort), DATABASE_PATH: join(dir, 'parley.db'), PARLEY_API_URL: '' },
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await expect.poll(() => output, { timeout: 240_000, interval: 200 }).toMatch(/Parley API\s+http:\/\/\S+\/graphql/);
    expect(output).toContain(`Parley dashboard  http://127.0.0.1:${webPort}`);
    expect(output).toContain(`Parley API        http://127.0.0.1:${port}/graphql`);

    const page = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Khawaja Asif');
    // WEB_PORT reached the API's CORS default.
    const preflight = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: `http://localhost:${webPort}`, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(`http://localhost:${webPort}`);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  const gone = await Promise.all(
    [port, webPort].map((p) =>
      fetch(`http://127.0.0.1:${p}/`).then(
        () => false,
        () => true,
      ),
    ),
  );
  expect(gone).toEqual([true, true]);
}, 300_000);
