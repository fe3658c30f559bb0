import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';

// The morning notification's settings are changed through the page, kept across a reload, and
// read back from the core.

let browser: Browser;
let dataDir: string;
let harness: Harness;
let page: Page;
let errors: string[];
let rpc: Rpc;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-notifications-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  rpc = coreRpc(harness);
  // Someone in the files, so the app opens on its screens rather than a first-run welcome.
  await rpc('people.create', { displayName: 'Ada Lovelace' });
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = collectPageErrors(page);
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const section = () => page.getByRole('region', { name: 'Morning briefing', exact: true });
const toggle = () => section().getByRole('checkbox', { name: 'Show a notification each morning' });
const timeField = () => section().getByLabel('Time', { exact: true });

async function openSettings(): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: 'Settings' }).count())
    .toBe(1);
  await expect.poll(() => toggle().count()).toBe(1);
}

describe('the morning notification settings', () => {
  it('start on, at 07:30', async () => {
    await openSettings();
    expect(await toggle().isChecked()).toBe(true);
    expect(await timeField().inputValue()).toBe('07:30');
  });

  it('save a new time and the switch, from the keyboard, and keep them after a reload', async () => {
    await timeField().fill('06:45');
    await expect.poll(() => rpc('notifications.get', {})).toEqual({ enabled: true, time: '06:45' });
    await expect.poll(() => section().getByRole('status').textContent()).toBe('Saved');

    await toggle().focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => rpc('notifications.get', {}))
      .toEqual({ enabled: false, time: '06:45' });
    await screenshot(page, 'settings-morning-briefing');

    await page.reload();
    await openSettings();
    expect(await toggle().isChecked()).toBe(false);
    expect(await timeField().inputValue()).toBe('06:45');

    await toggle().click();
    await expect.poll(() => rpc('notifications.get', {})).toEqual({ enabled: true, time: '06:45' });
    await page.reload();
    await openSettings();
    expect(await toggle().isChecked()).toBe(true);
    expect(await timeField().inputValue()).toBe('06:45');
  });

  it('says what is wrong with a cleared time and keeps the stored one', async () => {
    await timeField().fill('');
    await timeField().blur();
    await expect
      .poll(() => section().getByRole('alert').textContent())
      .toBe('Enter a time, like 07:30.');
    expect(await timeField().getAttribute('aria-invalid')).toBe('true');
    expect(await rpc('notifications.get', {})).toEqual({ enabled: true, time: '06:45' });

    await timeField().fill('08:05');
    await timeField().press('Enter');
    await expect.poll(() => rpc('notifications.get', {})).toEqual({ enabled: true, time: '08:05' });
    await expect.poll(() => section().getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
