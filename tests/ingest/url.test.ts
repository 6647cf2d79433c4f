import { afterAll, beforeAll, expect, test } from 'vitest';
import { gql, makeApp, rowCounts, type TestApp } from '../helpers/app.ts';
import { articlePage, startSite, WIRE_PARAGRAPHS, type Site } from '../helpers/web-fixtures.ts';

const INGEST_URL = `mutation ($input: IngestUrlInput!) {
  ingestUrl(input: $input) {
    created
    source { id title outlet url publishedOn publishedPrecision language awaitingReview
             outletRecord { key name kind } wire { key } copyOf { id } copyEvidence }
    quotes { text link statement { speaker { name } } }
  }
}`;

let site: Site;
let app: TestApp;
let closed: TestApp;

beforeAll(async () => {
  site = await startSite();
  app = await makeApp({ PARLEY_FETCH_ALLOW: '127.0.0.1', PARLEY_FETCH_TIMEOUT_MS: '1500', PARLEY_FETCH_MAX_BYTES: '200000' });
  closed = await makeApp({ PARLEY_FETCH_ALLOW: '' });
});
afterAll(async () => {
  await app.dispose();
  await closed.dispose();
  await site.close();
});

test('a pasted URL arrives with its outlet, date, address and proposed quotes', async () => {
  site.html(
    '/world/asia/border-talks',
    articlePage({
      headline: 'Pakistan vows to answer cross-border attacks',
      site: 'The Valley Courier',
      canonical: 'https://valleycourier.example/world/asia/border-talks',
      published: '2025-12-03T09:30:00+05:00',
      author: 'Sana Mir',
      paragraphs: WIRE_PARAGRAPHS,
    }),
  );
  const r = await gql(app, INGEST_URL, { input: { url: `${site.origin}/world/asia/border-talks` } }, app.editorToken);
  expect(r.errors).toBeUndefined();
  const { source, quotes, created } = r.data.ingestUrl;
  expect(created).toBe(true);
  expect(source).toMatchObject({
    title: 'Pakistan vows to answer cross-border attacks',
    outlet: 'The Valley Courier',
    url: 'https://valleycourier.example/world/asia/border-talks',
    publishedOn: '2025-12-03',
    publishedPrecision: 'DAY',
    language: 'en',
    outletRecord: { name: 'The Valley Courier', kind: null },
    wire: null,
  });
  expect(quotes.length).toBeGreaterThanOrEqual(2);
  expect(quotes.every((q: any) => q.link === 'SUGGESTED')).toBe(true);
  expect(quotes.map((q: any) => q.statement.speaker.name)).toContain('Khawaja Asif');
  expect(source.awaitingReview).toBe(quotes.length);

  // The same address again is the same source, and nothing is fetched into a second row.
  const again = await gql(app, INGEST_URL, { input: { url: `${site.origin}/world/asia/border-talks` } }, app.editorToken);
  expect(again.data.ingestUrl).toMatchObject({ created: false, source: { id: source.id } });
});

test('the page charset is honoured (windows-1252 curly quotes)', async () => {
  const html = articlePage({
    headline: 'Asif warns of “equal force”',
    site: 'Frontier Ledger',
    canonical: 'https://frontierledger.example/2025/12/asif-equal-force',
    published: '2025-12-04',
    paragraphs: [
      'Defence Minister Khawaja Asif told a café gathering in Sialkot on Thursday that “patience has limits, and ours ran out on the border.”',
      ...WIRE_PARAGRAPHS.slice(2, 5),
    ],
  }).replace('<meta charset="utf-8">', '');
  const bytes = Buffer.from(
    html.replace(/[“”]/g, (c) => (c === '“' ? '\u0093' : '\u0094')),
    'latin1',
  );
  site.routes.set('/cp1252', (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(bytes));
  const r = await gql(app, INGEST_URL, { input: { url: `${site.origin}/cp1252`, outlet: 'Frontier Ledger (print)' } }, app.editorToken);
  expect(r.errors).toBeUndefined();
  expect(r.data.ingestUrl.source.outlet).toBe('Frontier Ledger (print)');
  expect(r.data.ingestUrl.quotes.map((q: any) => q.text).join(' ')).toContain('patience has limits');
  expect(r.data.ingestUrl.source.title).toBe('Asif warns of “equal force”');
});

async function refused(target: TestApp, url: string) {
  const before = await rowCounts(target.db);
  const r = await gql(target, INGEST_URL, { input: { url } }, target.editorToken);
  expect(await rowCounts(target.db)).toEqual(before);
  expect(r.data ?? null).toBeNull();
  return r.errors![0]!;
}

test('private addresses are refused by default: 127.0.0.1, and a name resolving to it', async () => {
  site.html('/private', articlePage({ headline: 'x', site: 'x', canonical: 'https://x.example/x', published: '2025-12-01', paragraphs: WIRE_PARAGRAPHS }));
  const byAddress = await refused(closed, `${site.origin}/private`);
  expect(byAddress.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  expect(byAddress.message).toMatch(/input\.url: refused: 127\.0\.0\.1 is a loopback address.*PARLEY_FETCH_ALLOW/);
  const byName = await refused(closed, `http://localhost:${site.port}/private`);
  expect(byName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  expect(byName.message).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1) is a loopback address/);
  for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:10.0.0.1]/', 'http://[fd00::1]/', 'http://192.168.1.10/']) {
    expect((await refused(closed, url)).message).toMatch(/input\.url: refused/);
  }
  expect(site.hits.filter((h) => h.includes('/private'))).toEqual([]);
});

test('a redirect to an address that is not allowed is refused at the hop', async () => {
  // Allowed by name only: the redirect's target is 127.0.0.1 itself, which this server does not allow.
  const byName = await makeApp({ PARLEY_FETCH_ALLOW: 'localhost' });
  try {
    site.routes.set('/hop', (_q, res) => res.writeHead(302, { location: `${site.origin}/private` }).end());
    const error = await refused(byName, `http://localhost:${site.port}/hop`);
    expect(error.message).toMatch(/input\.url: refused: 127\.0\.0\.1 is a loopback address/);
  } finally {
    await byName.dispose();
  }
});

test('timeouts, oversized pages, redirect loops, non-HTML and non-articles are clear input errors', async () => {
  site.routes.set('/slow', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
    setTimeout(() => res.end('</html>'), 4000).unref();
  });
  site.routes.set('/huge', (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${'<p>word </p>'.repeat(40_000)}</body></html>`));
  site.routes.set('/loop', (_q, res) => res.writeHead(302, { location: '/loop' }).end());
  site.routes.set('/pdf', (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'));
  site.html('/index', '<html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
  const cases: Array<[string, RegExp]> = [
    ['/slow', /input\.url: timed out after 1\.5 s/],
    ['/huge', /input\.url: the response is larger than/],
    ['/loop', /input\.url: more than 5 redirects/],
    ['/pdf', /input\.url: is not a web page \(content-type application\/pdf\)/],
    ['/index', /input\.url: not an article/],
    ['/missing', /input\.url: the server answered HTTP 404/],
  ];
  for (const [path, message] of cases) {
    const error = await refused(app, `${site.origin}${path}`);
    expect(error.extensions?.code, path).toBe('BAD_USER_INPUT');
    expect(error.message, path).toMatch(message);
  }
  const ftp = await gql(app, INGEST_URL, { input: { url: 'ftp://example.org/a' } }, app.editorToken);
  expect(ftp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
});

test('pnpm ingest takes a URL, and refuses a private one without PARLEY_FETCH_ALLOW', async () => {
  const { join } = await import('node:path');
  const { execFile } = await import('node:child_process');
  const { repoRoot } = await import('../helpers/spawn.ts');
  // Not spawnSync: the site this CLI fetches from is served by this very process.
  const runCli = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [join(repoRoot, 'apps/api/dist/cli.js'), ...args],
        { cwd: repoRoot, env: { ...process.env, ...env } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
  const { tempDir } = await import('../helpers/app.ts');
  site.html(
    '/cli',
    articlePage({
      headline: 'Asif on the border',
      site: 'Indus Herald',
      canonical: 'https://indusherald.example/cli',
      published: '2025-12-07',
      paragraphs: WIRE_PARAGRAPHS.map((p) => p.replace('Wednesday', 'Sunday')),
    }),
  );
  const env = { DATABASE_PATH: join(tempDir(), 'cli.db') };
  const refusedRun = await runCli(['ingest', `${site.origin}/cli`], { ...env, PARLEY_FETCH_ALLOW: '' });
  expect(refusedRun.code).toBe(1);
  expect(refusedRun.stdout).toMatch(/✗ http:\/\/127\.0\.0\.1:\d+\/cli: url: refused: 127\.0\.0\.1 is a loopback address/);
  const ok = await runCli(['ingest', `${site.origin}/cli`], { ...env, PARLEY_FETCH_ALLOW: '127.0.0.1' });
  expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  expect(ok.stdout).toMatch(/Sources: 1 new, 0 already ingested, 0 failed/);
  expect(ok.stdout).toMatch(/Khawaja Asif/);
});
