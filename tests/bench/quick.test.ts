import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { repoRoot } from '../helpers/spawn.ts';

// `pnpm bench --quick`: the whole harness on a small dataset — generator, every contender in its own
// process, autocannon, fan-out, SQL counts, search latency — must produce a complete report. Timings on a
// shared CI machine mean nothing, so none are asserted.
const out = tempDir('parley-bench-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('pnpm bench --quick produces a complete results table', () => {
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const run = spawnSync(tsx, ['bench/src/cli.ts', '--quick', '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 420_000 });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const md = readFileSync(join(out, 'latest.md'), 'utf8');
  expect(existsSync(join(out, 'latest.json'))).toBe(true);
  expect(md).toMatch(/## Machine\n\n.+cores/);

  // Every read, measured for every contender that has it, with req/s, p50 and p99, and checked answers.
  const rows = md
    .split('\n')
    .filter((l) => /^\| (feed|actor|search) \|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));
  const row = (read: string, requests: string, contender: string) => rows.find((r) => r[1] === read && r[2] === requests && r[3] === contender);
  for (const [read, requests, contender] of [
    ['feed', 'each different', 'raw node:http + better-sqlite3'],
    ['feed', 'each different', 'Parley, 1 worker'],
    ['feed', 'each different', 'Parley, 2 workers'],
    ['feed', 'each different', 'drizzle-graphql'],
    ['feed', 'repeated', 'Parley, 1 worker, response cache'],
    ['actor', 'each different', 'Parley, 1 worker'],
    ['actor', 'repeated', 'Parley, 1 worker, response cache'],
    ['search', 'each different', 'Parley, 1 worker'],
  ]) {
    const r = row(read!, requests!, contender!);
    expect(r, `${read} / ${requests} / ${contender}`).toBeDefined();
    expect(Number(r![4]!.replace(/,/g, '')), `req/s of ${contender} ${read}`).toBeGreaterThan(0);
    expect(r![5]).toMatch(/^\d/);
    expect(r![6]).toMatch(/^\d/);
    expect(r![9], `answers of ${contender} ${read}`).toMatch(/^(identical JSON|same statements and quotes)/);
  }
  // Ratios against the raw baseline and the peer are filled in for Parley.
  expect(row('feed', 'each different', 'Parley, 1 worker')![7]).toMatch(/×$/);
  expect(row('feed', 'each different', 'Parley, 1 worker')![8]).toMatch(/×$/);

  expect(md).toMatch(/## Subscription fan-out/);
  expect(md).toMatch(/\| 100 \| 1 \| 100 \|/); // every subscriber got the event
  expect(md).toMatch(/## SQL statements per request/);
  for (const read of ['feed', 'actor', 'search']) expect(md).toMatch(new RegExp(`\\| ${read} \\| parley \\| \\d+ \\| \\d+ \\|`));
  expect(md).toMatch(/## Full-text search latency/);
  // The statements export streamed every generated statement, as CSV and as JSONL.
  expect(md).toMatch(/## Exports/);
  expect(md).toMatch(/\| \/export\/statements\.csv \| [1-9][\d,]* \|/);
  expect(md).toMatch(/\| \/export\/statements\.jsonl \| [1-9][\d,]* \|/);
  expect(md).toMatch(/## Targets/);
}, 480_000);
