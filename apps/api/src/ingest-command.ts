import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkCalendarDate, ingestArticle, ingestUrl, type IngestResult, type ParleyDb } from '@parley/core';
import { parse, UsageError, userPath } from './cli-args.ts';
import { specOf, usageOf } from './cli-commands.ts';
import type { Config } from './config.ts';
import { openForCommand } from './database.ts';

const isUrl = (p: string) => /^https?:\/\//i.test(p);

function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (isUrl(p)) return [p];
    const full = userPath(p);
    if (!existsSync(full)) throw new UsageError(`${p}: no such file or folder`);
    if (statSync(full).isDirectory()) {
      const articles = readdirSync(full)
        .filter((f) => /\.(txt|md)$/i.test(f))
        .sort();
      if (articles.length === 0) throw new UsageError(`${p}: the folder holds no .txt or .md articles`);
      return articles.map((f) => join(full, f));
    }
    return [full];
  });
}

/** The first line with words: a pasted article usually starts with its headline. */
const titleOf = (text: string, file: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /\p{L}{3}/u.test(l))
    ?.slice(0, 200) ?? file;

function bar(done: number, total: number, label: string) {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 50).padEnd(50)}`);
}

const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export async function runIngest(args: string[], config: Config): Promise<number> {
  const spec = specOf('ingest');
  const { values, positionals } = parse(args, spec);
  if (positionals.length === 0) throw new UsageError(usageOf(spec));
  const publishedOn = values['published-on'] === undefined ? null : String(values['published-on']);
  // Core's own rule, asked before any file is read or the database opened; core asks it again on every write.
  checkCalendarDate('--published-on', publishedOn);
  const threshold = values['auto-confirm-above'] === undefined ? null : Number(values['auto-confirm-above']);
  if (threshold !== null && !(threshold >= 0 && threshold <= 1)) throw new UsageError('--auto-confirm-above must be a number from 0 to 1');
  const files = expand(positionals);
  const { db, close } = await openForCommand(config, false);
  // No subscribers live in this process: the API hears of published statements through the database.
  const ctx = { db, viewer: { tokenId: null, name: 'cli ingest', role: 'EDITOR' as const } };
  const totals = { created: 0, existing: 0, quotes: 0, confirmed: 0, unattributed: 0, problems: 0, failed: 0 };
  const failures: string[] = [];
  const lines: string[] = [];
  for (const [i, file] of files.entries()) {
    bar(i, files.length, file);
    try {
      let result: IngestResult;
      if (isUrl(file)) {
        // A URL: the page's own title, outlet and date unless the options say otherwise.
        const outlet = values.outlet === undefined ? null : String(values.outlet);
        result = await ingestUrl(ctx, { url: file, outlet, publishedOn, autoConfirmAbove: threshold }, config.outbound, 'url');
      } else {
        const text = readFileSync(file, 'utf8');
        result = await ingestArticle(ctx, {
          text,
          title: titleOf(text, file),
          outlet: values.outlet === undefined ? 'Unknown outlet' : String(values.outlet),
          publishedOn,
          autoConfirmAbove: threshold,
        });
      }
      totals[result.created ? 'created' : 'existing']++;
      totals.quotes += result.quoteIds.length;
      totals.confirmed += result.confirmed;
      totals.unattributed += result.unattributed.length;
      totals.problems += result.problems.length;
      lines.push(`${file} → source ${result.sourceId}${result.created ? '' : ' (already ingested)'}`);
      lines.push(...(await proposals(db, result.quoteIds)));
      for (const p of result.problems) lines.push(`    ! not stored: "${short(p.text, 60)}" — ${p.reason}`);
    } catch (error) {
      totals.failed++;
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  bar(files.length, files.length, 'done');
  process.stderr.write('\n');
  for (const line of lines) console.log(line);
  console.log(`Sources: ${totals.created} new, ${totals.existing} already ingested, ${totals.failed} failed`);
  console.log(
    `Quotes proposed: ${totals.quotes} (${totals.confirmed} confirmed automatically), unattributed quotations: ${totals.unattributed}, not stored: ${totals.problems}`,
  );
  for (const f of failures) console.log(`  ✗ ${f}`);
  if (totals.quotes > totals.confirmed) {
    console.log(
      `Review them on the dashboard at ${process.env.PARLEY_WEB_URL ?? `http://localhost:${process.env.WEB_PORT ?? 3000}`}/ingest (editor token needed).`,
    );
  }
  await close();
  return totals.failed > 0 ? 1 : 0;
}

/** One line per proposed quote: who, what act, how sure, and the words. */
async function proposals(db: ParleyDb, quoteIds: number[]): Promise<string[]> {
  if (quoteIds.length === 0) return [];
  const rows = await db.query.quotes.findMany({
    where: { id: { in: quoteIds } },
    orderBy: { start: 'asc' },
    with: {
      statement: { columns: { act: true }, with: { speaker: { columns: { name: true, status: true } } } },
      candidate: { columns: { confidence: true } },
    },
  });
  return rows.map((q) => {
    const who = `${q.statement.speaker.name}${q.statement.speaker.status === 'PROPOSED' ? ' (new actor)' : ''}`;
    const confidence = q.candidate ? ` ${Math.round(q.candidate.confidence * 100)}%` : '';
    return `    ${q.link === 'CONFIRMED' ? '✓' : '?'} ${who} · ${q.statement.act}${confidence} · ${q.kind === 'DIRECT' ? `“${short(q.text)}”` : short(q.text)}`;
  });
}
