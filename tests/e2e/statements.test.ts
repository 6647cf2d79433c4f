import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserSuite, DESKTOP, launch, openPage } from './browser.ts';
import { startStack, type Stack } from './stack.ts';

const PAGE = `query($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after, orderBy: { field: SAID_ON, direction: ASC }) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { id saidOn speaker { side } } }
  }
}`;

browserSuite('statements list and the recorded wire in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const open = (path: string) => openPage(context, stack.web, path);

  const shownIds = (page: Page) =>
    page
      .getByTestId('statements')
      .locator('[data-statement-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id')));

  test('filters set in the form travel in the URL, survive a reload, page forward and export the same rows', async () => {
    const { page, errors } = await open('/');
    await page.getByTestId('headline').getByRole('link', { name: 'Statements' }).click();
    await page.waitForURL(/\/statements$/);

    const form = page.getByRole('search', { name: 'Filter statements' });
    await form.getByLabel('Speaker’s side').selectOption({ label: 'Pakistan' });
    await form.getByLabel('Said from').fill('2025-10-01');
    await form.getByLabel('Order').selectOption({ label: 'By date said' });
    await form.getByLabel('Direction').selectOption({ label: 'Oldest first' });
    await form.getByLabel('Per page').selectOption('10');
    await form.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/side=PK/);

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ side: 'PK', from: '2025-10-01', dir: 'asc', size: '10' });

    const filter = { side: 'PK', from: '2025-10-01' };
    const first = (await stack.gql(PAGE, { filter, first: 10 })).data.statements;
    expect(first.totalCount).toBeGreaterThan(10);
    for (const { node } of first.edges) expect(node.speaker.side).toBe('PK');
    const firstIds = first.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await shownIds(page)).toEqual(firstIds);
    expect(await page.getByTestId('statement-count').textContent()).toContain(`${first.totalCount} statements match`);

    await page.reload();
    expect(await shownIds(page)).toEqual(firstIds);
    expect(await form.getByLabel('Speaker’s side').inputValue()).toBe('PK');
    expect(await form.getByLabel('Said from').inputValue()).toBe('2025-10-01');

    await page.getByRole('link', { name: 'Next page →' }).click();
    await page.waitForURL(/after=/);
    const second = (await stack.gql(PAGE, { filter, first: 10, after: first.pageInfo.endCursor })).data.statements;
    const secondIds = second.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(await shownIds(page)).toEqual(secondIds);
    expect(new URL(page.url()).searchParams.get('side')).toBe('PK');
    await page.getByRole('link', { name: '← Previous page' }).click();
    await page.waitForURL(/before=/);
    expect(await shownIds(page)).toEqual(firstIds);

    // The export holds every row the filter matches, not only this page.
    const every = (await stack.gql(PAGE, { filter, first: 100 })).data.statements;
    expect(every.pageInfo.hasNextPage).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-links a[data-format="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('parley-statements.csv');
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as { id: string; saidOn: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(every.edges.map((e: { node: { id: string } }) => e.node.id).sort());
    for (const row of rows) expect(row.saidOn >= '2025-10-01').toBe(true);

    const jsonl = await fetch(`${stack.web}${await page.locator('.export-links a[data-format="jsonl"]').getAttribute('href')}`);
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const records = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('a filter the API refuses shows its reason, and one that matches nothing says so', async () => {
    const { page, errors } = await open('/statements?text=%22unbalanced');
    expect(await page.locator('.state-error').textContent()).toMatch(/text/i);
    await page.goto(`${stack.web}/statements?text=zzzznothingmatcheszzzz`);
    expect(await page.locator('.state-empty').textContent()).toContain('No statement matches these filters');
    // Blank fields a submitted form leaves behind are dropped from the address.
    await page.goto(`${stack.web}/statements?speaker=&act=THREATEN&text=`);
    expect(new URL(page.url()).search).toBe('?act=THREATEN');
    // A value no statement carries is not applied, and the page says which.
    await page.goto(`${stack.web}/statements?act=FOO&from=banana&side=PK`);
    const ignored = await page.getByTestId('ignored-filters').textContent();
    expect(ignored).toContain('act=FOO, from=banana');
    expect(ignored).not.toContain('side');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('incidents, claims and rounds export what their lists show, through the dashboard, refusals included', async () => {
    const { page, errors } = await open('/events?type=AIRSTRIKE');
    const href = await page.locator('.export-links a[data-format="csv"]').getAttribute('href');
    expect(href).toBe('/export/events.csv?type=AIRSTRIKE');
    const rows = parse(await (await fetch(`${stack.web}${href}`)).text(), { columns: true }) as { id: string; type: string }[];
    const airstrikes = (await stack.gql(`{ events(first: 100, filter: { type: AIRSTRIKE }) { totalCount } }`)).data.events.totalCount;
    expect(rows.length).toBe(airstrikes);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.type).toBe('AIRSTRIKE');
    for (const [path, entity] of [
      ['/claims', 'claims'],
      ['/rounds', 'rounds'],
    ] as const) {
      await page.goto(`${stack.web}${path}`);
      const jsonl = await page.locator('.export-links a[data-format="jsonl"]').getAttribute('href');
      const lines = (await (await fetch(`${stack.web}${jsonl}`)).text()).trim().split('\n');
      const total = (await stack.gql(`{ ${entity}(first: 1) { totalCount } }`)).data[entity].totalCount;
      expect(lines.length, path).toBe(total);
    }
    const refused = await fetch(`${stack.web}/export/statements.csv?act=SHOUT`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'act' });
    expect((await fetch(`${stack.web}/export/secrets.csv`)).status).toBe(404);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a statement recorded now about an old date slides into the recently-recorded wire and is still there after a reload', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('navigation', { name: 'Order of the wire' }).getByRole('link', { name: 'Recently recorded' }).click();
    await page.waitForURL(/wire=recorded/);
    await page.getByTestId('wire').and(page.locator('[data-order="recorded"]')).waitFor();
    await page.locator('.wire [data-live-state="live"]').waitFor({ timeout: 10_000 });
    const counts = page.getByTestId('headline').locator('dd');
    const before = Number(await counts.first().textContent());

    const asif = (await stack.gql(`{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
    const text = `Recorded today about early October ${Date.now()}`;
    const added = await stack.gql(
      `mutation($speaker: ID!, $text: String!) {
        createStatement(input: { occasion: { speakerId: $speaker, saidOn: "2025-10-02", channel: PRESS_REMARKS }, text: $text, act: THREATEN }) { id }
      }`,
      { speaker: asif, text },
      stack.editorToken,
    );
    expect(added.errors).toBeUndefined();
    const wire = page.getByTestId('wire').locator('> li');
    await wire.first().getByText(text).waitFor({ timeout: 5000 });
    await expect.poll(() => counts.first().textContent()).toBe(String(before + 1));

    // A round created elsewhere: its card arrives over roundUpdated and the count follows.
    const rounds = counts.nth(3);
    const roundsBefore = Number(await rounds.textContent());
    const process = (await stack.gql(`{ processes { id } }`)).data.processes[0].id;
    const round = await stack.gql(
      `mutation($p: ID!) { createRound(input: { processId: $p, sequence: 99, title: "Live count check round" }) { id } }`,
      { p: process },
      stack.editorToken,
    );
    expect(round.errors).toBeUndefined();
    await expect.poll(() => rounds.textContent(), { timeout: 5000 }).toBe(String(roundsBefore + 1));

    await page.reload();
    expect(new URL(page.url()).searchParams.get('wire')).toBe('recorded');
    expect(await wire.first().textContent()).toContain(text);
    expect(await wire.first().locator('.recorded').count()).toBe(1);
    expect(await counts.first().textContent()).toBe(String(before + 1));
    expect(await counts.nth(3).textContent()).toBe(String(roundsBefore + 1));
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
