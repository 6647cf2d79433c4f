// Reads the curated seed dataset (data/seed/*.json, format: packages/schema/src/seed/format.ts) — only the parts
// scoring needs, typed locally so this package keeps no dependency on @parley/schema.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorRecord } from './resolve.ts';

export interface SeedQuoteLite {
  source: string;
  text: string;
  start: number;
  end: number;
  kind: 'DIRECT' | 'INDIRECT' | 'PARAPHRASE';
}

export interface SeedData {
  actors: ActorRecord[];
  sources: { key: string; file: string; body: string; publishedOn?: string; outlet?: string; title?: string }[];
  occasions: Map<string, { speaker: string; saidOn: string; channel?: string }>;
  statements: { key: string; occasion: string; text: string; act?: string; quotes: SeedQuoteLite[] }[];
}

interface RawActor {
  key: string;
  name: string;
  aliases?: { text: string }[];
  roles?: { title: string }[];
}

const readJson = <T>(dir: string, name: string): T => {
  const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  // Accept a bare array or an object wrapping one ({ "statements": [...] }).
  if (Array.isArray(raw)) return raw as T;
  const inner = Object.values(raw as Record<string, unknown>).find(Array.isArray);
  return (inner ?? []) as T;
};

/** The dataset in dir (data/seed), or null while it is not there yet. */
export function loadSeedData(dir: string): SeedData | null {
  const files = ['actors.json', 'sources.json', 'occasions.json', 'statements.json'];
  if (!files.every((f) => existsSync(join(dir, f)))) return null;
  const actors = readJson<RawActor[]>(dir, 'actors.json').map((a) => ({
    id: a.key,
    name: a.name,
    aliases: (a.aliases ?? []).map((x) => x.text),
    roles: (a.roles ?? []).map((r) => r.title),
  }));
  const sources = readJson<{ key: string; file: string; publishedOn?: string; outlet?: string; title?: string }[]>(dir, 'sources.json')
    .filter((s) => existsSync(join(dir, s.file)))
    .map((s) => ({ ...s, body: readFileSync(join(dir, s.file), 'utf8') }));
  const occasions = new Map(
    readJson<{ key: string; speaker: string; saidOn: string; channel?: string }[]>(dir, 'occasions.json').map((o) => [
      o.key,
      { speaker: o.speaker, saidOn: o.saidOn, ...(o.channel ? { channel: o.channel } : {}) },
    ]),
  );
  const statements = readJson<{ key: string; occasion: string; text: string; act?: string; quotes?: SeedQuoteLite[] }[]>(dir, 'statements.json').map((s) => ({
    key: s.key,
    occasion: s.occasion,
    text: s.text,
    ...(s.act ? { act: s.act } : {}),
    quotes: s.quotes ?? [],
  }));
  return { actors, sources, occasions, statements };
}
