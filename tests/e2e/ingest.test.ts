import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createActorsOnlyDatabase, seedArticle } from './actors-only.ts';
import { browserSuite, DESKTOP, launch, MOBILE, screenshot, watchErrors } from './browser.ts';
import { startStack, type Stack } from './stack.ts';

const BORNE = 'We have borne your treachery and mockery for too long, but no more';
const BETRAYAL = 'We will no longer tolerate your mockery and betrayal';

interface Article {
  title: string;
  outlet: string;
  publishedOn: string;
  text: string;
}

async function paste(page: Page, a: Article) {
  await page.getByLabel('Title', { exact: true }).fill(a.title);
  await page.getByLabel('Outlet', { exact: true }).fill(a.outlet);
  await page.getByLabel(/^Published/).fill(a.publishedOn);
  await page.getByLabel('Article text', { exact: true }).fill(a.text);
  await page.getByRole('button', { name: 'Find quotes' }).click();
}

/** Presses j until the focused candidate is `card`: moving through the review from the keyboard. */
async function moveTo(page: Page, card: Locator) {
  const id = await card.getAttribute('data-quote-id');
  for (let i = 0; i < 60; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-quote-id'));
    if (focused === id) return;
    await page.keyboard.press('j');
  }
  throw new Error(`could not reach candidate ${id} with j`);
}

const cardWith = (page: Page, text: string) => page.getByTestId('candidates').locator('article.candidate').filter({ hasText: text });

// A fresh API database that holds only the seed's actors: the seed articles are pasted in as a newsroom would.
browserSuite('ingest review in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ prepareDatabase: createActorsOnlyDatabase }), launch()]);
    context = await browser.newContext({ viewport: DESKTOP });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  test('the proxy passes the Authorization header on with mutations only', async () => {
    const post = async (query: string) => {
      const r = await fetch(`${stack.web}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.editorToken}` },
        body: JSON.stringify({ query }),
      });
      return (await r.json()) as { errors?: { extensions: { code: string } }[] };
    };
    // An editor-only read: the token was dropped, so the API sees an anonymous reader.
    expect((await post('query Queue { reviewQueue(first: 1) { totalCount } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    // A write: the token reached the API, which then looked for the (missing) actor.
    const missing = Buffer.from('Actor:999999').toString('base64');
    expect((await post(`mutation Accept { confirmActor(id: "${missing}") { id } }`)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  test('pasted articles are proposed for review, a variant is linked, and a keyboard confirmation reaches the overview live', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.web}/ingest`);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ingest' }).getAttribute('aria-current')).toBe('page');
    const token = page.getByLabel('Editor token');
    expect(await token.getAttribute('type')).toBe('password');
    await token.fill(stack.editorToken);
    expect(await page.evaluate(() => sessionStorage.getItem('parley:editor-token'))).toBe(stack.editorToken);

    // The error state names the field the API blamed.
    await paste(page, { title: 'A quiet day', outlet: 'Test Wire', publishedOn: '', text: 'The weather in Islamabad was mild on Tuesday. Markets were calm.' });
    const problem = page.locator('#ingest-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/Article text.*input\.text.*no quotations/);
    expect(await page.getByLabel('Article text', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // Seed 002: new pending statements with their speakers, one of them an actor ingestion proposes.
    await paste(page, seedArticle('seed-002'));
    const cards = page.getByTestId('candidates').locator('article.candidate');
    await cards.first().waitFor();
    const total = await cards.count();
    expect(total).toBeGreaterThan(20);
    expect(await page.getByTestId('review-progress').textContent()).toContain(`0 of ${total} reviewed`);
    expect(await page.locator('.review-text mark[data-quote-id]').count()).toBe(total);
    expect(await cardWith(page, BORNE).locator('.candidate-speaker').textContent()).toBe('Khawaja Asif');
    expect(await cardWith(page, 'failed to bring about any workable solution').locator('.candidate-speaker').textContent()).toBe('Attaullah Tarar');
    const officials = cardWith(page, 'teach Islamabad a lesson');
    expect(await officials.locator('.candidate-speaker').textContent()).toBe('Taliban officials');
    expect(await officials.locator('.badge-new').count()).toBe(1);

    // Fix that speaker from the keyboard: s opens the combobox, typing searches, Enter applies.
    await moveTo(page, officials);
    await page.keyboard.press('s');
    const combobox = page.getByRole('combobox', { name: /Speaker of quote/ });
    expect(await combobox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Taliban gov');
    await page.getByRole('option', { name: /Afghan Taliban government/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => officials.locator('.candidate-speaker').textContent()).toBe('Afghan Taliban government');
    expect(await officials.locator('.badge-new').count()).toBe(0);

    // Seed 004: its "mockery and betrayal" quote is a variant of the statement 002 proposed.
    await paste(page, seedArticle('seed-004'));
    await page.locator('#review-title', { hasText: 'Stern Warning' }).waitFor();
    const betrayal = cardWith(page, BETRAYAL);
    const variant = await betrayal.getByTestId('variant-of').textContent();
    expect(variant).toContain(BORNE);
    expect(variant).toContain(seedArticle('seed-002').title);
    expect(await betrayal.textContent()).toContain('Variant of a pending statement');

    // With the overview open in another tab, confirm it from the keyboard: its statement is published live.
    const overview = await context.newPage();
    const overviewErrors = watchErrors(overview);
    await overview.goto(`${stack.web}/`);
    await overview.locator('.wire [data-live-state="live"]').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    await moveTo(page, betrayal);
    const started = Date.now();
    await page.keyboard.press('c');
    await overview.getByTestId('wire').getByText(BORNE).waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    await expect.poll(() => betrayal.getAttribute('data-link')).toBe('CONFIRMED');
    const all = await page.getByTestId('candidates').locator('article.candidate').count();
    expect(await page.getByTestId('review-progress').textContent()).toContain(`1 of ${all} reviewed`);

    // Focus moved on to the next candidate still to review; r rejects it.
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-quote-id'));
    expect(next).toBeTruthy();
    await page.keyboard.press('r');
    await expect.poll(() => page.locator(`article[data-quote-id="${next}"]`).getAttribute('data-link')).toBe('REJECTED');
    expect(await page.getByTestId('review-progress').textContent()).toContain(`2 of ${all} reviewed`);

    expect(page.url()).not.toContain(stack.editorToken);
    await screenshot(page, 'ingest-review-desktop');
    expect(errors).toEqual([]);
    expect(overviewErrors).toEqual([]);
    await overview.close();
    await page.close();
  }, 30_000);

  test('the review fits 375 px, with no console errors', async () => {
    const mobile = await browser.newContext({ viewport: MOBILE });
    const page = await mobile.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.web}/ingest`);
    await page.getByLabel('Editor token').fill(stack.editorToken);
    // The same text again brings its candidates back as they stand.
    await paste(page, seedArticle('seed-004'));
    await cardWith(page, BETRAYAL).waitFor();
    expect(await cardWith(page, BETRAYAL).getAttribute('data-link')).toBe('CONFIRMED');
    await screenshot(page, 'ingest-review-mobile');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await mobile.close();
  });
});
