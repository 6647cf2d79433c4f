import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticle, openDatabase } from '@parley/core';
import type { Config } from './config.ts';

function expand(paths: string[], cwd: string): string[] {
  return paths.flatMap((p) => {
    const full = isAbsolute(p) ? p : resolve(cwd, p);
    if (statSync(full).isDirectory()) {
      return readdirSync(full).filter((f) => /\.(txt|md)$/i.test(f)).sort().map((f) => join(full, f));
    }
    return [full];
  });
}

/** The first line with words: a pasted article usually starts with its headline. */
const titleOf = (text: string, file: string) =>
  text.split('\n').map((l) => l.trim()).find((l) => /\p{L}{3}/u.test(l))?.slice(0, 200) ?? file;

function bar(done: number, total: number, label: string) {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 50).padEnd(50)}`);
}

export async function runIngest(args: string[], config: Config): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { outlet: { type: 'string' }, 'published-on': { type: 'string' }, 'auto-confirm-above': { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error('usage: ingest FILE|FOLDER... [--outlet NAME] [--published-on YYYY-MM-DD] [--auto-confirm-above X]');
    return 2;
  }
  const threshold = values['auto-confirm-above'] === undefined ? null : Number(values['auto-confirm-above']);
  if (threshold !== null && !(threshold >= 0 && threshold <= 1)) {
    console.error('--auto-confirm-above must be a number from 0 to 1');
    return 2;
  }
  const files = expand(positionals, process.env.INIT_CWD ?? process.cwd());
  const db = openDatabase(config.databasePath);
  // No subscribers live in this process: the API hears of published statements through the database.
  const ctx = { db, viewer: { tokenId: null, name: 'cli ingest', role: 'EDITOR' as const } };
  const totals = { created: 0, existing: 0, quotes: 0, confirmed: 0, unattributed: 0, failed: 0 };
  const failures: string[] = [];
  files.forEach((file, i) => {
    bar(i, files.length, file);
    try {
      const text = readFileSync(file, 'utf8');
      const result = ingestArticle(ctx, {
        text,
        title: titleOf(text, file),
        outlet: values.outlet ?? 'Unknown outlet',
        publishedOn: values['published-on'] ?? null,
        autoConfirmAbove: threshold,
      });
      totals[result.created ? 'created' : 'existing']++;
      totals.quotes += result.quoteIds.length;
      totals.confirmed += result.confirmed;
      totals.unattributed += result.unattributed.length;
    } catch (error) {
      totals.failed++;
      failures.push(`${file}: ${(error as Error).message}`);
    }
  });
  bar(files.length, files.length, 'done');
  process.stderr.write('\n');
  console.log(`Sources: ${totals.created} new, ${totals.existing} already ingested, ${totals.failed} failed`);
  console.log(`Quotes proposed: ${totals.quotes} (${totals.confirmed} confirmed automatically), unattributed quotations: ${totals.unattributed}`);
  for (const f of failures) console.log(`  ✗ ${f}`);
  db.$client.close();
  return totals.failed > 0 ? 1 : 0;
}
