import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, test } from 'vitest';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere on other systems. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * Registers a browser suite when Debian's Chromium is there. Without it the suite is skipped and says why,
 * except under CI=true, where a missing browser is a failure rather than a silent pass.
 */
export function browserSuite(name: string, body: () => void) {
  if (existsSync(CHROMIUM)) return describe(name, body);
  const why = `Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`;
  if (process.env.CI) {
    return describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`${why}; CI must run the browser suite`);
      });
    });
  }
  console.warn(`\n[e2e] SKIPPED "${name}": ${why}.\n`);
  return describe.skip(`${name} — skipped: ${why}`, body);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export const DESKTOP = { width: 1366, height: 900 };
export const MOBILE = { width: 375, height: 812 };

/** Console errors and uncaught exceptions a page produced; the suite expects none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()} ${m.location().url ?? ''}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

/** A new page at `base + path`, with its console errors collected from the start. */
export async function openPage(context: BrowserContext, base: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}${path}`);
  return { page, errors };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(`${artifacts}screenshots`, { recursive: true });
  await page.screenshot({ path: `${artifacts}screenshots/${name}.png`, fullPage: true });
}
