// Generated datasets live in bench/data, one file per key, and are reused while the key matches.
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { datasetKey, formatScale, generateDataset } from './generate.ts';

/** A generated dataset is reused while its key (scale, generator version, migrations) matches. */
export function cachedDataset(dataDir: string, statements: number, log: (m: string) => void): { path: string; seconds: number | null } {
  const path = join(dataDir, `${datasetKey(statements)}.db`);
  if (existsSync(path)) return { path, seconds: null };
  for (const old of readdirSync(dataDir)) if (old.startsWith(`${formatScale(statements)}-`)) rmSync(join(dataDir, old), { force: true });
  log(`Generating ${formatScale(statements)} statements → ${path}`);
  const r = generateDataset(`${path}.tmp`, statements, (m) => log(`  ${m}`));
  copyFileSync(`${path}.tmp`, path);
  rmSync(`${path}.tmp`);
  log(`  done in ${r.seconds.toFixed(1)} s`);
  return { path, seconds: r.seconds };
}
