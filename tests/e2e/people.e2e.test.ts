import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { startHarness } from './harness/harnessServer';

let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('people, first slice', () => {
  it('adds a person through the UI and finds them again after a restart', async () => {
    const first = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
    const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
    const errors = collectPageErrors(page);
    await page.goto(first.url);
    // The briefing is home; the people list is one click away.
    await page.getByRole('button', { name: /^People/ }).click();

    await expect.poll(() => page.getByText('Your files start here').count()).toBe(1);
    await screenshot(page, 'people-empty');

    await page.getByRole('button', { name: 'Add a person' }).click();
    const form = page.getByRole('form', { name: 'New person' });
    await form.getByLabel('Name').fill('Ada Lovelace');
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('This is not a valid email address');

    await form.getByLabel('Email').fill('ada@analytical.engine');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ada Lovelace' }).count()).toBe(1);
    await screenshot(page, 'people-added');
    await page.close();
    await first.close();

    const second = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
    const again = await browser.newPage({ viewport: { width: 1100, height: 720 } });
    errors.push(...collectPageErrors(again));
    await again.goto(second.url);
    await again.getByRole('button', { name: /^People/ }).click();
    const row = again.getByRole('option', { name: /Ada Lovelace/ });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain('ada@analytical.engine');
    await row.click();
    await expect.poll(() => again.getByRole('heading', { name: 'Ada Lovelace' }).count()).toBe(1);
    const file = await screenshot(again, 'people-after-restart');
    expect(existsSync(file)).toBe(true);
    await again.close();
    await second.close();
    expect(errors).toEqual([]);
  });

  it('keeps the page on its own origin: the CSP refuses a remote script', async () => {
    const harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
    const page = await browser.newPage();
    await page.goto(harness.url);
    const refused = page.waitForEvent('console', (m) =>
      m.text().includes('Content Security Policy'),
    );
    await page.addScriptTag({ url: 'https://example.com/x.js' }).catch(() => undefined);
    expect((await refused).text()).toContain('script-src');
    await page.close();
    await harness.close();
  });
});
