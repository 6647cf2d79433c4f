import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FreshDatabase, freshDatabase, postgresProblem, PG_URL } from '../helpers/postgres.ts';
import { ensureRedis, REDIS_URL, stop } from '../helpers/processes.ts';
import { startApi } from '../helpers/spawn.ts';
import { browserSuite, DESKTOP, launch, openPage } from './browser.ts';
import { ADMIN, startStack, type Stack } from './stack.ts';

// README "Running on several hosts", as a newcomer would check it: two API processes on one PostgreSQL database
// and one Redis, a dashboard served by the first, and a statement written through the second showing up on it live.
const ADD_STATEMENT = `mutation($speaker: ID!, $text: String!) {
  createStatement(input: { occasion: { speakerId: $speaker, saidOn: "2025-11-29", channel: PRESS_REMARKS }, text: $text, act: THREATEN }) { id }
}`;

browserSuite('two API hosts over PostgreSQL and Redis, with a dashboard on one', () => {
  let problem: string | null = null;
  let database: FreshDatabase | null = null;
  let stack: Stack;
  let second: { child: ChildProcess; url: string } | null = null;
  let browser: Browser;

  beforeAll(async () => {
    problem = (await postgresProblem()) ?? ((await ensureRedis()) ? null : `Redis is not reachable at ${REDIS_URL}`);
    if (problem) return;
    database = await freshDatabase('e2e_hosts');
    const env = { DATABASE_URL: database.url, REDIS_URL, PARLEY_REDIS_PREFIX: `parley-e2e-${randomBytes(4).toString('hex')}:`, PARLEY_FEEDS: '0' };
    [stack, browser] = await Promise.all([startStack({ apiEnv: env }), launch()]);
    second = await startApi({ ...env, PORT: '0', PARLEY_ADMIN_TOKEN: ADMIN });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (second) await stop(second.child);
    await stack?.close();
    await database?.drop();
  });

  test('a statement written through the second host appears live on the dashboard the first serves', async (ctx) => {
    if (problem) {
      if (process.env.CI === 'true') throw new Error(`${problem} (PostgreSQL at ${PG_URL})`);
      return ctx.skip(problem);
    }
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, stack.web, '/');
    await page.locator('#wire-title ~ [data-live-state="live"], .wire [data-live-state="live"]').first().waitFor({ timeout: 10_000 });
    const speaker = (await stack.gql(`{ actor(slug: "khawaja-asif") { id } }`)).data.actor.id;
    const text = `Written on the second host ${Date.now()}`;
    const written = await fetch(`${second!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.editorToken}` },
      body: JSON.stringify({ query: ADD_STATEMENT, variables: { speaker, text } }),
    }).then((r) => r.json());
    expect(written.errors).toBeUndefined();
    await page.getByTestId('wire').locator('> li').first().getByText(text).waitFor({ timeout: 5000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
