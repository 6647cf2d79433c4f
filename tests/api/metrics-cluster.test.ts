import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { sseSubscribe } from '../helpers/http.ts';
import { scrape, scrapeUntil } from '../helpers/metrics.ts';
import { postFresh, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';

// PARLEY_WORKERS=2: connections are dealt to the workers in turn, and so are scrapes. Whichever worker a
// scrape lands on, it must count what both workers served.
const dir = tempDir();
let child: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  ({ child, url } = await startApi({ DATABASE_PATH: join(dir, 'parley.db'), PORT: '0', PARLEY_WORKERS: '2', REDIS_URL: '' }));
}, 120_000);

afterAll(async () => {
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
});

const REQUESTS = 'parley_graphql_requests_total';

test('one scrape counts the requests both workers served', async () => {
  const labels = { operation: 'Split', type: 'query', outcome: 'ok' };
  const before = await scrape(url);
  const sent = 10;
  // Each on a fresh connection: round-robin puts them on both workers.
  for (let i = 0; i < sent; i++) expect((await postFresh(url, `query Split { actors(first: ${i + 1}) { totalCount } }`)).errors).toBeUndefined();
  for (let i = 0; i < 4; i++) {
    // Every scrape, on either worker, sees all of them.
    const after = await scrape(url);
    expect(after.status).toBe(200);
    expect(after.value(REQUESTS, labels) - before.value(REQUESTS, labels)).toBe(sent);
  }
});

test('SSE subscribers on both workers add up in one gauge, and go back to 0', async () => {
  const streams = await Promise.all(Array.from({ length: 4 }, () => sseSubscribe(url, `subscription { statementAdded { text } }`)));
  const open = await scrapeUntil(url, (s) => s.value('parley_live_subscribers') === 4);
  expect(open.value('parley_live_subscribers')).toBe(4);
  for (const s of streams) s.close();
  expect((await scrapeUntil(url, (s) => s.value('parley_live_subscribers') === 0)).value('parley_live_subscribers')).toBe(0);
});
