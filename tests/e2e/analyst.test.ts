import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserSuite, DESKTOP, launch, screenshot, openPage } from './browser.ts';
import { startStack, type Stack } from './stack.ts';

/** A webhook receiver on this machine: it keeps each request's headers and exact body. */
function startReceiver(): Promise<{ server: Server; url: string; received: { headers: IncomingHttpHeaders; body: string }[] }> {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, received, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook` })),
  );
}

browserSuite('analyst views in Chromium: search, alerts and watches, addresses by key', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    [stack, browser] = await Promise.all([startStack({ apiEnv: { PARLEY_FETCH_ALLOW: '127.0.0.1' } }), launch()]);
    context = await browser.newContext({ viewport: DESKTOP });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await new Promise((r) => receiver?.server.close(r));
  });

  const open = (path: string) => openPage(context, stack.web, path);

  test('"ceasefire" finds the Doha round and the ceasefire incident, and each hit opens its record', async () => {
    const { page, errors } = await open('/search?q=ceasefire');
    const results = page.getByTestId('search-results');
    const round = results.locator('li[data-kind="ROUND"]').filter({ hasText: 'Doha' });
    await expect(round.count()).resolves.toBeGreaterThan(0);
    const incident = results.locator('li[data-kind="EVENT"]').filter({ hasText: 'Ceasefire' });
    await expect(incident.count()).resolves.toBeGreaterThan(0);
    expect(await incident.first().locator('.search-snippet a').getAttribute('href')).toMatch(/^\/events#event-/);

    await round.first().locator('.search-snippet a').click();
    await page.waitForURL(/\/rounds\//);
    expect(await page.locator('h1').textContent()).toContain('Doha');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('search pages beyond the first 30 hits, keeping the query and filters in the address', async () => {
    const { page, errors } = await open('/search?q=Pakistan&kind=QUOTE&kind=STATEMENT&from=2025-10-01');
    const items = page.locator('[data-testid="search-results"] > li');
    expect(await items.count()).toBe(30);
    const firstPage = await items.allTextContents();
    await page.getByRole('link', { name: /Next 30 results/ }).click();
    await page.waitForURL(/after=/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('kind')).toEqual(['QUOTE', 'STATEMENT']);
    expect(url.searchParams.get('from')).toBe('2025-10-01');
    expect(await page.getByRole('status').first().textContent()).toContain('Results 31–');
    expect(await page.getByTestId('search-results').getAttribute('start')).toBe('31');
    const secondPage = await page.locator('[data-testid="search-results"] > li').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    for (const kind of await page.locator('[data-testid="search-results"] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))
      expect(['QUOTE', 'STATEMENT']).toContain(kind);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a malformed query shows the API’s explanation, not "Nothing matches"', async () => {
    const { page } = await open(`/search?q=${encodeURIComponent('"Tora Bora')}`);
    const problem = page.getByTestId('search-problem');
    await problem.waitFor();
    const text = (await problem.textContent()) ?? '';
    const api = await stack.gql(`{ search(query: "\\"Tora Bora") { kind } }`);
    const message = (api.errors as { message: string }[])[0]!.message;
    expect(text).toContain(message);
    expect(await page.locator('body').textContent()).not.toContain('Nothing matches');
    // The way out it offers searches the words literally, and finds them.
    await problem.getByRole('link').click();
    await page.getByTestId('search-results').waitFor();
    await page.close();
  });

  test('a claim and a round open by key as well as by id', async () => {
    const ids = (await stack.gql(`{ claim(key: "ttp-uses-afghan-soil") { id text } round(key: "istanbul-round-2") { id title } }`)).data;
    for (const path of [`/claims/ttp-uses-afghan-soil`, `/claims/${encodeURIComponent(ids.claim.id)}`]) {
      const { page } = await open(path);
      expect(await page.locator('h1').textContent()).toBe(ids.claim.text);
      await page.close();
    }
    for (const path of [`/rounds/istanbul-round-2`, `/rounds/${encodeURIComponent(ids.round.id)}`]) {
      const { page } = await open(path);
      expect(await page.locator('h1').textContent()).toContain(ids.round.title);
      await page.close();
    }
    const { page } = await open('/claims');
    expect(await page.locator('h1').textContent()).toBe('Claims');
    expect(await page.getByRole('link', { name: ids.claim.text }).getAttribute('href')).toBe('/claims/ttp-uses-afghan-soil');
    await page.close();
  });

  test('a watch set in the dashboard fires on a matching statement added through the API: signed webhook and live alert', async () => {
    const { page, errors } = await open('/alerts');
    await page.getByLabel('Editor token').fill(stack.editorToken);
    const form = page.locator('form.watch-form');
    await form.waitFor();
    await form.getByLabel('Name', { exact: true }).fill('Zephyr mentions');
    await form.getByLabel('Words in the statement or a quote').fill('zephyrwatch');
    await form.getByLabel(/Webhook URL/).fill(receiver.url);
    await form.getByRole('button', { name: 'Save watch' }).click();
    const secret = (await page.getByTestId('watch-secret').textContent())!.trim();
    expect(secret.length).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId('watches').textContent(), { timeout: 15_000 }).toContain('Zephyr mentions');
    await page.locator('[data-live-state="live"]').waitFor({ timeout: 10_000 });

    // A statement with one outlet's quote, pinned to its span in a seed source.
    const source = (await stack.gql(`{ source(key: "seed-002") { id title outlet url body } }`)).data.source;
    const quoteText: string = source.body.slice(200, 260);
    const asif = (await stack.gql(`{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
    const created = await stack.gql(
      `mutation($s: ID!, $src: ID!, $q: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-28", channel: PRESS_REMARKS },
         text: "The zephyrwatch check: Pakistan will answer every attack.", act: THREATEN,
         quotes: [{ sourceId: $src, text: $q, start: 200, end: 260 }] }) { id } }`,
      { s: asif, src: source.id, q: quoteText },
      stack.editorToken,
    );
    expect(created.errors).toBeUndefined();

    // The open page shows it without a reload, with its evidence.
    const alert = page.getByTestId('alert').filter({ hasText: 'zephyrwatch' });
    await alert.waitFor({ timeout: 15_000 });
    const shown = (await alert.textContent()) ?? '';
    expect(shown).toContain(quoteText);
    expect(shown).toContain('characters 200–260');
    expect(shown).toContain(source.outlet);
    expect(await alert.locator('mark').first().textContent()).toBe(quoteText);

    // The receiver got it, signed with the secret shown once.
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const { headers, body } = receiver.received[0]!;
    const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
    const signature = Buffer.from(String(headers['parley-signature']));
    expect(signature.length === expected.length && timingSafeEqual(signature, expected)).toBe(true);
    const posted = JSON.parse(body).alert;
    expect(posted.watch.name).toBe('Zephyr mentions');
    const quote = posted.evidence.statements[0].quotes[0];
    expect(quote).toMatchObject({ text: quoteText, start: 200, end: 260, source: { id: source.id, outlet: source.outlet } });
    expect(quote.source.address).toBe(source.url ?? source.id);

    // Acknowledging it sticks across a reload.
    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Acknowledged');
    await page.reload();
    await page.getByTestId('alert').filter({ hasText: 'zephyrwatch' }).filter({ hasText: 'Acknowledged' }).waitFor();
    await screenshot(page, 'alerts');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a watch is paused and resumed from the dashboard', async () => {
    const { page } = await open('/alerts');
    // The token lives in one tab's sessionStorage: a new tab asks again.
    await page.getByLabel('Editor token').fill(stack.editorToken);
    const watches = page.getByTestId('watches');
    await watches.waitFor();
    await page.getByRole('button', { name: 'Pause watch Zephyr mentions' }).click();
    await page.getByRole('button', { name: 'Resume watch Zephyr mentions' }).waitFor();
    const listed = await stack.gql(`{ watches(first: 10) { edges { node { name status } } } }`, {}, stack.editorToken);
    expect(listed.data.watches.edges.map((e: any) => e.node)).toContainEqual({ name: 'Zephyr mentions', status: 'PAUSED' });
    await page.getByRole('button', { name: 'Resume watch Zephyr mentions' }).click();
    await page.getByRole('button', { name: 'Pause watch Zephyr mentions' }).waitFor();
    const again = await stack.gql(`{ watches(first: 10) { edges { node { name status } } } }`, {}, stack.editorToken);
    expect(again.data.watches.edges.map((e: any) => e.node)).toContainEqual({ name: 'Zephyr mentions', status: 'ACTIVE' });
    await page.close();
  });

  test('the overview shows trend verdicts with linked evidence, and the methodology page is linked from every page', async () => {
    const { page, errors } = await open('/');
    const trend = page.getByTestId('trend');
    await trend.waitFor();
    const verdicts = await trend.locator('tbody td:nth-child(2)').allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    for (const v of verdicts) expect(['Deteriorated', 'Improved', 'Unchanged']).toContain(v);
    await trend.getByLabel('Week').check();
    expect(await trend.locator('select option').count()).toBeGreaterThan(1);
    const evidence = trend.locator('.trend-evidence a').first();
    expect(await evidence.getAttribute('href')).toMatch(/^\/statements\//);
    await page.getByRole('link', { name: 'How it is coded' }).click();
    await page.waitForURL(/\/methodology$/);
    expect(await page.locator('h1').textContent()).toBe('Methodology');
    expect(await page.locator('main').textContent()).toContain('Threaten');
    expect(errors).toEqual([]);
    await page.close();
  });
});
