// Embeds Parley the way an app outside this repository would: the publishable packages are packed, the
// tarballs installed with npm into a temporary folder (better-sqlite3, graphql and graphql-yoga from the
// registry), and there a plain `node` script serves createParleyYoga and a TypeScript consumer is
// type-checked with moduleResolution nodenext. It needs the npm registry and `pnpm build` (pnpm test runs it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { repoRoot } from '../helpers/spawn.ts';

const PACKAGES = ['packages/extract', 'packages/core', 'packages/schema', 'data/seed'];
const app = tempDir('parley-outside-');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = (command: string, args: string[], cwd: string, timeout = 300_000) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};

beforeAll(() => {
  const packs = join(app, 'packs');
  mkdirSync(packs);
  for (const dir of PACKAGES) execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(repoRoot, dir), stdio: 'pipe' });
  const tarballs = readdirSync(packs);
  const dependency = (name: string) => `file:packs/${tarballs.find((t) => t.startsWith(`parley-${name}-`))}`;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'outside-app',
      private: true,
      type: 'module',
      dependencies: {
        '@parley/extract': dependency('extract'),
        '@parley/core': dependency('core'),
        '@parley/schema': dependency('schema'),
        '@parley/seed': dependency('seed'),
        'better-sqlite3': '^12.4.1',
        graphql: '^16.11.0',
        'graphql-yoga': '^5.24.1',
      },
    }),
  );
  const install = run('npm', ['install', '--no-package-lock', '--loglevel=error'], app, 600_000);
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.out}`);
}, 660_000);

afterAll(() => rmSync(app, { recursive: true, force: true }));

test('the tarballs hold compiled JavaScript and declarations, not TypeScript sources', () => {
  for (const name of ['extract', 'core', 'schema']) {
    const root = join(app, 'node_modules', '@parley', name);
    expect(existsSync(join(root, 'dist', 'index.js')), name).toBe(true);
    expect(existsSync(join(root, 'dist', 'index.d.ts')), name).toBe(true);
    expect(existsSync(join(root, 'src')), name).toBe(false);
  }
  expect(existsSync(join(app, 'node_modules', '@parley', 'core', 'drizzle')), 'migrations ship with core').toBe(true);
  // graphql is a peer: the host's own copy is the only one.
  expect(existsSync(join(app, 'node_modules', '@parley', 'schema', 'node_modules', 'graphql'))).toBe(false);
});

test('a plain node script serves Parley, reads seeded data and writes as a viewer it chose', () => {
  writeFileSync(
    join(app, 'serve.mjs'),
    `import { createServer } from 'node:http';
import { createParleyYoga, loadSeed, openDatabase } from '@parley/schema';
import { seedDir } from '@parley/seed';

const db = openDatabase('host.db');
await loadSeed(db, { dir: seedDir });
const yoga = createParleyYoga({ db, resolveViewer: (request) => (request.headers.get('x-desk') === 'editors' ? { tokenId: null, name: 'host desk', role: 'EDITOR' } : null) });
const server = createServer(yoga).listen(0, '127.0.0.1', async () => {
  const url = 'http://127.0.0.1:' + server.address().port + '/graphql';
  const ask = (query, headers = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }).then((r) => r.json());
  const read = await ask('{ actor(slug: "khawaja-asif") { name statements(first: 1) { totalCount } } }');
  const refused = await ask('mutation { createActor(input: { name: "Outside Person", kind: PERSON }) { slug } }');
  const written = await ask('mutation { createActor(input: { name: "Outside Person", kind: PERSON }) { slug name } }', { 'x-desk': 'editors' });
  const log = db.$client.prepare("SELECT who, action FROM changes WHERE entity = 'Actor' ORDER BY id DESC LIMIT 1").get();
  console.log(JSON.stringify({ read, refused: refused.errors?.[0]?.extensions?.code, written, log }));
  server.close();
  db.$client.close();
});
`,
  );
  const r = run(process.execPath, ['serve.mjs'], app, 60_000);
  expect(r.code, r.out).toBe(0);
  const result = JSON.parse(r.out.trim().split('\n').at(-1)!);
  expect(result.read.data.actor.name).toBe('Khawaja Asif');
  expect(result.read.data.actor.statements.totalCount).toBeGreaterThan(5);
  expect(result.refused).toBe('UNAUTHENTICATED');
  expect(result.written.data.createActor).toEqual({ slug: 'outside-person', name: 'Outside Person' });
  expect(result.log).toEqual({ who: 'host desk', action: 'create' });
}, 120_000);

test('a TypeScript consumer type-checks with moduleResolution nodenext', () => {
  mkdirSync(join(app, 'ts'));
  writeFileSync(
    join(app, 'ts', 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      include: ['*.ts'],
    }),
  );
  writeFileSync(join(app, 'ts', 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(app, 'ts', 'consumer.ts'),
    `import { createParleyYoga, openDatabase, ACTS, type Act, type ParleyDb, type Viewer } from '@parley/schema';
import { createStatement, type CommandContext } from '@parley/core';
import { seedDir } from '@parley/seed';

const db: ParleyDb = openDatabase(':memory:');
const viewer: Viewer = { tokenId: null, name: 'consumer', role: 'EDITOR' };
const yoga = createParleyYoga({ db, resolveViewer: () => viewer });
const act: Act = ACTS[0];
const ctx: CommandContext = { db, viewer };
const id: number = await createStatement(ctx, { occasionId: 1, text: 'x', act });
const where: string = seedDir;
// @ts-expect-error: the path is a string; this line fails to compile if the declarations were missing (any)
openDatabase(42);
// @ts-expect-error: THREATENS is not a PLOVER act
const wrong: Act = 'THREATENS';
export { yoga, id, where, wrong };
`,
  );
  const r = run(process.execPath, [tsc, '-p', 'ts'], app, 120_000);
  expect(r.out).toBe('');
  expect(r.code).toBe(0);
}, 120_000);
