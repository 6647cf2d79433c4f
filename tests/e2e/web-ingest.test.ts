import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { articlePage, rssFeed, startSite, WIRE_PARAGRAPHS, type Site } from '../helpers/web-fixtures.ts';
import { createActorsOnlyDatabase } from './actors-only.ts';
import { browserSuite, DESKTOP, launch, screenshot, watchErrors } from './browser.ts';
import { cardWith } from './review-helpers.ts';
import { startStack, type Stack } from './stack.ts';

// The API may reach this test's local site only because PARLEY_FETCH_ALLOW names 127.0.0.1.
browserSuite('ingestion from the web in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
    [stack, browser] = await Promise.all([
      startStack({ prepareDatabase: createActorsOnlyDatabase, apiEnv: { PARLEY_FETCH_ALLOW: '127.0.0.1', PARLEY_FEED_TICK_MS: '500' } }),
      launch(),
    ]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await site?.close();
  });

  test('a pasted URL opens for review; a feed added on the page fills the queue live and shows its health', async () => {
    site.html(
      '/border',
      articlePage({
        headline: 'Pakistan vows to answer cross-border attacks',
        site: 'The Valley Courier',
        canonical: 'https://valleycourier.example/border',
        published: '2025-12-03T09:30:00Z',
        paragraphs: WIRE_PARAGRAPHS,
      }),
    );
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.web}/ingest`);
    await page.getByLabel('Editor token').fill(stack.editorToken);
    await page.getByLabel('Article URL').fill(`${site.origin}/border`);
    await page.getByRole('button', { name: 'Fetch the article' }).click();
    await cardWith(page, 'answer every cross-border attack').waitFor({ timeout: 20_000 });
    expect(await page.locator('.review-area').textContent()).toMatch(/The Valley Courier/);

    // A refused address is named on the field, with the reason.
    await page.getByLabel('Article URL').fill('http://169.254.169.254/latest/meta-data/');
    await page.getByRole('button', { name: 'Fetch the article' }).click();
    await page.locator('#url-problem').waitFor();
    expect(await page.locator('#url-problem').textContent()).toMatch(/refused: 169\.254\.169\.254 is a link-local address/);

    // A feed: its article reaches the queue without a reload (reviewQueueChanged), and the panel shows it healthy.
    site.html(
      '/feed/1',
      articlePage({
        headline: 'Mujahid answers Islamabad',
        site: 'Kabul Mirror',
        canonical: 'https://kabulmirror.example/1',
        published: '2025-12-04',
        paragraphs: [
          'Taliban spokesman Zabihullah Mujahid told reporters in Kabul on Thursday that “Afghanistan wants good relations with all of its neighbours, Pakistan included.”',
          ...WIRE_PARAGRAPHS.slice(2, 5).map((p) => p.replace('week', 'fortnight')),
        ],
      }),
    );
    site.routes.set('/rss.xml', (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rssFeed('Kabul Mirror', site.origin, [{ title: 'Mujahid answers', url: `${site.origin}/feed/1`, published: '2025-12-04T10:00:00Z' }])),
    );
    const panel = page.getByTestId('feeds-panel');
    await panel.getByLabel('Feed URL (RSS or Atom)').fill(`${site.origin}/rss.xml`);
    await panel.getByLabel('Feed outlet').fill('Kabul Mirror');
    await panel.getByRole('button', { name: 'Add feed' }).click();
    await page.getByTestId('review-queue').getByText('Mujahid answers Islamabad').waitFor({ timeout: 15_000 });
    await panel
      .getByText('healthy')
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        throw new Error(`${e.message}\npanel: ${await panel.textContent()}`);
      });
    expect(await panel.textContent()).toMatch(/ingested/);
    await screenshot(page, 'ingest-web');
    expect(errors).toEqual([]);
  }, 120_000);
});
