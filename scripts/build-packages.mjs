/**
 * What `pnpm start` needs to run the API: the packages' and the API's JavaScript in dist/. Each TypeScript
 * file is transpiled on its own (no type check, no declarations: `pnpm build`, which is `tsc -b`, does those
 * and `pnpm test` runs it), and only when it is newer than its output, so a first start costs a few seconds
 * and later ones almost nothing.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const ts = createRequire(import.meta.url)('typescript');
const PROJECTS = ['packages/extract', 'packages/core', 'packages/schema', 'apps/api'];

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

export async function buildPackages({ log = console.log } = {}) {
  const started = Date.now();
  let written = 0;
  for (const project of PROJECTS) {
    const src = join(repoRoot, project, 'src');
    for (const file of sources(src)) {
      const out = join(repoRoot, project, 'dist', relative(src, file)).replace(/\.ts$/, '.js');
      if (mtime(out) >= mtime(file)) continue;
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
          rewriteRelativeImportExtensions: true,
        },
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, outputText);
      written++;
    }
  }
  log(`packages compiled (${written} files, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPackages();
