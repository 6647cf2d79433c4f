import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserSuite, launch, watchErrors } from '../e2e/browser.ts';
import { makeApp, type TestApp } from '../helpers/app.ts';
import { serve, type Running } from '../helpers/http.ts';

browserSuite('GraphiQL without internet', () => {
  let app: TestApp;
  let http: Running;
  let browser: Browser;
  beforeAll(async () => {
    app = await makeApp();
    http = await serve(app);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await http.close();
    await app.dispose();
  });

  test('the editor appears and a query runs with every non-local request blocked', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (['http:', 'https:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
        blocked.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    const query = '{ actor(slug: "khawaja-asif") { name } }';
    await page.goto(`${http.url}/graphql?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toMatch(/Khawaja\sAsif/);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
