import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { userError } from '../errors.ts';
import type { SeedDataset, SeedEntity } from './format.ts';

/** The dataset's files, one per entity, in loading order. */
export const SEED_FILES: Record<SeedEntity, string> = {
  actors: 'actors.json',
  sources: 'sources.json',
  occasions: 'occasions.json',
  statements: 'statements.json',
  processes: 'processes.json',
  rounds: 'rounds.json',
  events: 'events.json',
  claims: 'claims.json',
  discrepancies: 'discrepancies.json',
};

export interface LoadedDataset {
  /** As read: validateSeed proves it has this shape before loadSeed trusts it. */
  dataset: SeedDataset;
  /** Source key → body text, read from the file each source names. */
  bodies: Map<string, string>;
}

/**
 * Reads the curated dataset: one JSON file per entity, each entry with a stable key; an absent file is an
 * empty list. A missing folder, a folder with none of the files, unreadable JSON or a missing article fails
 * with a one-line message (the CLI prints it as it is). The first two are input errors: the folder named is
 * the wrong one, which the CLI reports as a usage mistake rather than a broken dataset.
 */
export function readSeedDataset(dir: string): LoadedDataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw userError('BAD_USER_INPUT', `${dir}: no such folder`);
  const present = Object.values(SEED_FILES).filter((file) => existsSync(join(dir, file)));
  if (present.length === 0) throw userError('BAD_USER_INPUT', `${dir}: holds none of the dataset files (${Object.values(SEED_FILES).join(', ')})`);
  const dataset = Object.fromEntries(
    Object.entries(SEED_FILES).map(([entity, file]) => {
      const path = join(dir, file);
      if (!existsSync(path)) return [entity, []];
      try {
        return [entity, JSON.parse(readFileSync(path, 'utf8'))];
      } catch (error) {
        throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
      }
    }),
  ) as SeedDataset;
  const bodies = new Map<string, string>();
  // A malformed sources list is validateSeed's to report; only well-formed entries name a file to read.
  for (const source of Array.isArray(dataset.sources) ? dataset.sources : []) {
    if (typeof source?.key !== 'string' || typeof source.file !== 'string') continue;
    const path = join(dir, source.file);
    if (!existsSync(path)) throw new Error(`sources.json: source "${source.key}" names the file "${source.file}", which is not in ${dir}`);
    bodies.set(source.key, readFileSync(path, 'utf8'));
  }
  return { dataset, bodies };
}
