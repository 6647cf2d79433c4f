import { addFeed, pauseFeed, queryRows, removeFeed, resumeFeed, tables } from '@parley/core';
import { parse, UsageError } from './cli-args.ts';
import { specOf, usageOf } from './cli-commands.ts';
import type { Config } from './config.ts';
import { openForCommand } from './database.ts';

/** Feeds from the command line. The API's poller notices a new or resumed feed at its next tick. */
export async function runFeed(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args;
  const { db, close } = await openForCommand(config, false);
  const ctx = { db, viewer: { tokenId: null, name: 'cli feed', role: 'EDITOR' as const } };
  try {
    if (sub === 'add') {
      const spec = specOf('feed', 'add');
      const { values, positionals } = parse(rest, spec);
      if (positionals.length !== 1 || values.outlet === undefined) throw new UsageError(usageOf(spec));
      const interval = values.interval === undefined ? null : Number(values.interval);
      const id = await addFeed(ctx, { url: positionals[0]!, outlet: String(values.outlet), intervalMinutes: interval });
      console.log(`Feed ${id} added; the API polls it within ${Math.round(config.feedTickMs / 1000)} s, then every ${interval ?? 30} min.`);
      return 0;
    }
    if (sub === 'list') {
      parse(rest, specOf('feed', 'list'));
      const counts = new Map(
        (await queryRows<{ id: number; n: number }>(db, 'SELECT feed_id AS id, count(*) AS n FROM feed_items GROUP BY feed_id')).map((r) => [r.id, r.n]),
      );
      const feeds = await db.select().from(tables.feeds);
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
      await { pause: pauseFeed, resume: resumeFeed, remove: removeFeed }[sub](ctx, id);
      console.log(`Feed ${id} ${sub === 'remove' ? 'removed' : `${sub}d`}.`);
      return 0;
    }
    throw new UsageError('usage: parley feed add|list|pause|resume|remove …; run `parley feed --help` for each');
  } finally {
    await close();
  }
}
