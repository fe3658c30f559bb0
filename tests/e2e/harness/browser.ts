import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.FARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const RENDERER_DIR = path.resolve('out/renderer');
export const SCREENSHOT_DIR = path.resolve('tests/e2e/__screenshots__');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build" (npm test does it first).');
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails the test on any error the page logs, so a broken screen cannot pass quietly. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * A page in a context of its own whose clock stands still at `now` in `zone` (so "today" and
 * "now" on screen agree with the core's clock), and the list of errors it logs.
 */
export async function openClockedPage(
  browser: Browser,
  clock: { zone: string; now: number | string },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    timezoneId: clock.zone,
    locale: 'en-US',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(clock.now));
  return { context, page, errors: collectPageErrors(page) };
}
