import { loadSeed, openDatabase, readSeedDataset } from '@parley/schema';
import { seedDir } from '@parley/seed';

/**
 * A database that knows the seed's actors and nothing else, as a newsroom starts: no sources, statements or
 * quotes, so the seed articles can be ingested as if for the first time. Aliases and roles cite seed
 * sources, which are not there, so those citations are dropped.
 */
export async function createActorsOnlyDatabase(path: string): Promise<void> {
  const { dataset } = readSeedDataset(seedDir);
  const actors = dataset.actors.map((a) => ({
    ...a,
    aliases: a.aliases?.map(({ source: _s, ...alias }) => alias),
    roles: a.roles?.map(({ source: _s, ...role }) => role),
    // Without the sources, a note cannot cite them.
    description: a.description?.replace(/\s*\[\[source:[^\]]+\]\]/g, ''),
  }));
  const empty = { sources: [], occasions: [], statements: [], processes: [], rounds: [], events: [], claims: [], discrepancies: [] };
  const db = openDatabase(path);
  try {
    await loadSeed(db, { dataset: { dataset: { ...empty, actors }, bodies: new Map() } });
  } finally {
    db.$client.close();
  }
}

/** A seed article's text with the title, outlet and date the seed records for it. */
export function seedArticle(key: string) {
  const { dataset, bodies } = readSeedDataset(seedDir);
  const source = dataset.sources.find((s) => s.key === key);
  const text = bodies.get(key);
  if (!source || !text) throw new Error(`no seed article ${key}`);
  return { text, title: source.title, outlet: source.outlet, publishedOn: source.publishedOn ?? '' };
}
