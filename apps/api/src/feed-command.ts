import { addFeed, openDatabase, pauseFeed, removeFeed, resumeFeed, tables } from '@parley/core';
import { parse, UsageError } from './cli-args.ts';
import { specOf, usageOf } from './cli-commands.ts';
import type { Config } from './config.ts';

/** Feeds from the command line. The API's poller notices a new or resumed feed at its next tick. */
export function runFeed(args: string[], config: Config): number {
  const [sub, ...rest] = args;
  const db = openDatabase(config.databasePath);
  const ctx = { db, viewer: { tokenId: null, name: 'cli feed', role: 'EDITOR' as const } };
  try {
    if (sub === 'add') {
      const spec = specOf('feed', 'add');
      const { values, positionals } = parse(rest, spec);
      if (positionals.length !== 1 || values.outlet === undefined) throw new UsageError(usageOf(spec));
      const interval = values.interval === undefined ? null : Number(values.interval);
      const id = addFeed(ctx, { url: positionals[0]!, outlet: String(values.outlet), intervalMinutes: interval });
      console.log(`Feed ${id} added; the API polls it within ${Math.round(config.feedTickMs / 1000)} s, then every ${interval ?? 30} min.`);
      return 0;
    }
    if (sub === 'list') {
      parse(rest, specOf('feed', 'list'));
      const counts = new Map(
        (db.$client.prepare('SELECT feed_id AS id, count(*) AS n FROM feed_items GROUP BY feed_id').all() as { id: number; n: number }[]).map((r) => [
          r.id,
          r.n,
        ]),
      );
      const feeds = db.select().from(tables.feeds).all();
      if (feeds.length === 0) console.log('No feeds yet; follow one with `parley feed add URL --outlet NAME`.');
      for (const f of feeds) {
        const health = f.lastError ? `FAILING (${f.failures}×): ${f.lastError}` : f.lastSuccessAt ? `ok ${f.lastSuccessAt}` : 'not polled yet';
        console.log(
          `${String(f.id).padStart(4)}  ${f.status.padEnd(6)}  every ${f.intervalMinutes} min  ${f.outlet}  ${f.url}\n      ${health}; ${counts.get(f.id) ?? 0} items seen; next ${f.nextPollAt}`,
        );
      }
      return 0;
    }
    if (sub === 'pause' || sub === 'resume' || sub === 'remove') {
      const { positionals } = parse(rest, specOf('feed', 'pause|resume|remove'), ['feed', sub]);
      const id = Number(positionals[0]);
      if (positionals.length !== 1 || !Number.isInteger(id)) throw new UsageError(`usage: feed ${sub} ID`);
      ({ pause: pauseFeed, resume: resumeFeed, remove: removeFeed })[sub](ctx, id);
      console.log(`Feed ${id} ${sub === 'remove' ? 'removed' : `${sub}d`}.`);
      return 0;
    }
    throw new UsageError('usage: parley feed add|list|pause|resume|remove …; run `parley feed --help` for each');
  } finally {
    db.$client.close();
  }
}
