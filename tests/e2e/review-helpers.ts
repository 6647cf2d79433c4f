import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Article {
  title: string;
  outlet: string;
  publishedOn: string;
  text: string;
}

export async function paste(page: Page, a: Article) {
  await page.getByLabel('Title', { exact: true }).fill(a.title);
  await page.getByLabel('Outlet', { exact: true }).fill(a.outlet);
  await page.getByLabel(/^Published/).fill(a.publishedOn);
  await page.getByLabel('Article text', { exact: true }).fill(a.text);
  await page.getByRole('button', { name: 'Find quotes' }).click();
}

/** Presses j until the focused candidate is `card`: moving through the review from the keyboard. */
export async function moveTo(page: Page, card: Locator) {
  const id = await card.getAttribute('data-quote-id');
  if ((await page.evaluate(() => document.activeElement?.getAttribute('data-quote-id'))) !== id) {
    // Back to the first candidate, then forward with j; focus lands a frame after the key.
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.closest('li')?.matches(':first-child') && document.activeElement.matches('article.candidate'));
  }
  for (let i = 0; i < 60; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-quote-id'));
    if (focused === id) return;
    await page.keyboard.press('j');
    // One step at a time: the next card takes focus a frame after the key.
    await page.waitForFunction((was) => document.activeElement?.getAttribute('data-quote-id') !== was, focused, { timeout: 2000 }).catch(() => {});
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`could not reach candidate ${id} with j; focus is on ${focused}`);
}

/**
 * Moves through the combobox's options with ↓ until `name` is the chosen one: nothing is chosen before the
 * reviewer does (an Enter with nothing chosen applies nothing).
 */
export async function chooseOption(page: Page, name: RegExp) {
  const list = page.locator('[role="listbox"]:visible');
  // The search answers the typed name after a pause; choose from its answer.
  await expect.poll(() => page.getByText('Searching…').count()).toBe(0);
  await list.getByRole('option', { name }).first().waitFor();
  expect(await list.getByRole('option', { selected: true }).count()).toBe(0);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowDown');
    if (await list.getByRole('option', { name, selected: true }).count()) return;
  }
  throw new Error(`no option ${name} to choose`);
}

export const cardWith = (page: Page, text: string) => page.getByTestId('candidates').locator('article.candidate').filter({ hasText: text });

/**
 * Selects `phrase` in the marked article as a reader would with the mouse: a DOM selection over the text
 * nodes that hold it (marks split them; the candidate numbers are not article text).
 */
export async function selectInArticle(page: Page, phrase: string) {
  const found = await page.evaluate((phrase) => {
    const box = document.querySelector('.review-text')!;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('[data-not-text]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: { node: Text; at: number }[] = [];
    let text = '';
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      nodes.push({ node: n, at: text.length });
      text += n.data;
    }
    const start = text.indexOf(phrase);
    if (start < 0) return false;
    const end = start + phrase.length;
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.at <= offset)!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString() === phrase;
  }, phrase);
  expect(found, `"${phrase}" selected in the article`).toBe(true);
}
