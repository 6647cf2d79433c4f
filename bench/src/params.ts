// The request variants each scenario cycles through, read from the dataset itself: real dates, real
// speakers, words that really occur. Deterministic for a given dataset.
import Database from 'better-sqlite3';
import { ACTS } from '@parley/core';
import type { ActorParams, FeedParams, RoundParams, SearchParams, SpeakerParams } from './queries.ts';

export interface ParamSets {
  feedVaried: FeedParams[];
  feedRepeated: FeedParams;
  actorVaried: ActorParams[];
  actorRepeated: ActorParams;
  searchVaried: SearchParams[];
  roundVaried: RoundParams[];
  speakerVaried: SpeakerParams[];
  /** Search queries by kind, for the latency breakdown. */
  searchClasses: Record<string, string[]>;
  /** Global id of a speaker, for createStatement in the fan-out. */
  speakerId: string;
}

const COMMON = ['ceasefire', 'border', 'Taliban', 'Torkham', 'refugees', 'sovereignty', 'Doha', 'guarantees', 'airstrikes', 'Kabul'];
const PHRASES = ['"written guarantees"', '"the talks in Doha"', '"civilian casualties"', '"cross-border attacks"', '"the closure of Torkham"'];
const PREFIXES = ['Torkh*', 'sovereign*', 'guarant*', 'deport*', 'mediat*'];

export function paramSets(path: string, variants = 1000): ParamSets {
  const sqlite = new Database(path, { readonly: true });
  try {
    const dates = sqlite.prepare('SELECT DISTINCT said_on FROM statements ORDER BY said_on').pluck().all() as string[];
    // Skip the first tenth of the timeline so every filtered page is full.
    const usable = dates.slice(Math.floor(dates.length / 10));
    const feedVaried: FeedParams[] = [];
    for (let i = 0; i < variants; i++) {
      const to = usable[(i * 7919) % usable.length]!;
      feedVaried.push(i % 3 === 2 ? { first: 50, to, act: ACTS[(i * 31) % ACTS.length]! } : { first: 50, to });
    }
    const slugs = sqlite
      .prepare(
        `SELECT a.slug FROM (SELECT speaker_id, count(*) AS n FROM statements GROUP BY speaker_id ORDER BY n DESC, speaker_id LIMIT 300) t
         JOIN actors a ON a.id = t.speaker_id ORDER BY t.n DESC, a.id`,
      )
      .pluck()
      .all() as string[];
    const actorVaried = slugs.map((slug) => ({ slug, first: 20 }));
    const texts = sqlite.prepare('SELECT text FROM statements WHERE id % 7 = 0 LIMIT 3000').pluck().all() as string[];
    const rare = [...new Set(texts.flatMap((t) => [...t.matchAll(/\b(?:in|near) ([A-Z][a-z]{5,})\b/g)].map((m) => m[1]!)))].slice(0, 200);
    const searchClasses: Record<string, string[]> = {
      'rare name': rare.slice(0, 100),
      'common word': COMMON,
      'common AND rare': rare.slice(-50).map((r, i) => `${COMMON[i % COMMON.length]} ${r}`),
      phrase: PHRASES,
      prefix: PREFIXES,
    };
    // The mix a search box sees: mostly names and places, some common words, a few phrases and prefixes.
    const mix: string[] = [];
    for (let i = 0; i < 200; i++) {
      const k = i % 20;
      const from = k < 10 ? 'rare name' : k < 14 ? 'common word' : k < 17 ? 'common AND rare' : k < 19 ? 'phrase' : 'prefix';
      const list = searchClasses[from]!;
      mix.push(list[i % list.length]!);
    }
    const rounds = sqlite.prepare('SELECT id FROM negotiation_rounds ORDER BY id').pluck().all() as number[];
    const speakers = sqlite
      .prepare(`SELECT speaker_id FROM statements GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 300`)
      .pluck()
      .all() as number[];
    const speaker = sqlite.prepare('SELECT speaker_id FROM statements ORDER BY id LIMIT 1').pluck().get() as number;
    return {
      feedVaried,
      feedRepeated: { first: 50 },
      actorVaried,
      actorRepeated: actorVaried[0]!,
      searchVaried: mix.map((q) => ({ q, first: 20 })),
      roundVaried: rounds.map((id) => ({ id: Buffer.from(`NegotiationRound:${id}`).toString('base64') })),
      speakerVaried: speakers.map((id, i) => ({ speaker: Buffer.from(`Actor:${id}`).toString('base64'), first: [10, 20, 50][i % 3]! })),
      searchClasses,
      speakerId: Buffer.from(`Actor:${speaker}`).toString('base64'),
    };
  } finally {
    sqlite.close();
  }
}
