import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WELCOME_DONE_KEY } from '../../electron/core/sample/welcomeHandlers';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { startHarness, type Harness } from './harness/harnessServer';

// Each test starts a harness on its own fresh, empty data folder: the only state that offers
// the welcome. Needs <WelcomeDialog /> mounted in App.tsx.

let browser: Browser;
const opened: { harness: Harness; page: Page; dataDir: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  for (const { harness, page, dataDir } of opened.splice(0)) {
    await page.close();
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await browser?.close();
});

async function freshApp(): Promise<{ page: Page; harness: Harness; errors: string[] }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-e2e-welcome-'));
  const harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  // Other browser tests may have the harness skip the welcome; these are about it.
  harness.core.db.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(WELCOME_DONE_KEY);
  const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
  opened.push({ harness, page, dataDir });
  const errors = collectPageErrors(page);
  await page.goto(harness.url);
  return { page, harness, errors };
}

const peopleRows = (page: Page) =>
  page.getByRole('listbox', { name: 'People' }).getByRole('option');
const welcome = (page: Page) => page.getByRole('dialog', { name: 'Welcome to Farley' });
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Waits for the app's answer to "should the welcome show?" and for React to render it. */
async function reloadAndSettle(page: Page): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().includes('welcome.get'));
  await page.reload();
  await answered;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

describe('the first-run welcome', () => {
  it('offers a sample world that fills the app with people and a briefing', async () => {
    const { page, errors } = await freshApp();
    const dialog = welcome(page);
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => focusedText(page)).toMatch(/^Explore with sample data/);
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'welcome');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'welcome-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Home is the briefing, now with today's meetings from the sample calendar.
    await expect
      .poll(() => page.getByText('Halcyon pilot kickoff').count())
      .toBeGreaterThanOrEqual(1);
    await screenshot(page, 'welcome-briefing');

    await page.getByRole('button', { name: /^People/ }).click();
    const people = peopleRows(page);
    await expect.poll(() => people.count()).toBe(10);
    await expect.poll(() => people.filter({ hasText: 'Priya Raman' }).count()).toBe(1);
    await expect.poll(() => people.filter({ hasText: 'Amara Nwosu' }).count()).toBe(1);
    await screenshot(page, 'welcome-people');

    await reloadAndSettle(page);
    expect(await welcome(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('starts empty when asked, and stays empty after a reload', async () => {
    const { page, harness, errors } = await freshApp();
    const dialog = welcome(page);
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Start with an empty Farley' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await reloadAndSettle(page);
    expect(await welcome(page).count()).toBe(0);
    const stored = harness.core.db.sqlite.prepare('SELECT count(*) FROM people').pluck().get();
    expect(stored).toBe(0);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: Tab stays inside, Escape starts empty', async () => {
    const { page, errors } = await freshApp();
    const dialog = welcome(page);
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => focusedText(page)).toMatch(/^Explore with sample data/);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toMatch(/^Start with an empty Farley/);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toMatch(/^Explore with sample data/);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toMatch(/^Start with an empty Farley/);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await reloadAndSettle(page);
    expect(await welcome(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('loads the sample with Enter', async () => {
    const { page, errors } = await freshApp();
    const dialog = welcome(page);
    await expect.poll(() => focusedText(page)).toMatch(/^Explore with sample data/);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: /^People/ }).click();
    await expect.poll(() => peopleRows(page).count()).toBe(10);
    expect(errors).toEqual([]);
  });
});
