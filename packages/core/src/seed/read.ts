import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedDataset } from './format.ts';

const FILES: Record<keyof SeedDataset, string> = {
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
  dataset: SeedDataset;
  /** Source key → body text, read from the file each source names. */
  bodies: Map<string, string>;
}

/** Reads the curated dataset: one JSON file per entity, each entry with a stable key. Missing files are empty. */
export function readSeedDataset(dir: string): LoadedDataset {
  const dataset = Object.fromEntries(
    Object.entries(FILES).map(([entity, file]) => {
      const path = join(dir, file);
      if (!existsSync(path)) return [entity, []];
      try {
        return [entity, JSON.parse(readFileSync(path, 'utf8'))];
      } catch (error) {
        throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
      }
    }),
  ) as unknown as SeedDataset;
  const bodies = new Map<string, string>();
  for (const source of dataset.sources) bodies.set(source.key, readFileSync(join(dir, source.file), 'utf8'));
  return { dataset, bodies };
}
