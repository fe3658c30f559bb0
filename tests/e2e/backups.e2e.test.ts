import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';

// Back up from Settings, add someone, restore the backup (they are gone), undo (they are back):
// through the page, with the real core swapping its database underneath.

let browser: Browser;
let dataDir: string;
let elsewhere: string;
let harness: Harness;
let page: Page;
let errors: string[];
let rpc: Rpc;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-backups-'));
  elsewhere = mkdtempSync(path.join(os.tmpdir(), 'farley-backups-elsewhere-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  rpc = coreRpc(harness);
  await rpc('people.create', { displayName: 'Ada Lovelace' });
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = collectPageErrors(page);
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

const section = () => page.getByRole('region', { name: 'Backups', exact: true });
const backupItems = () =>
  section().getByRole('list', { name: 'Latest backups' }).getByRole('listitem');
const peopleBadge = () => page.locator('.nav-item', { hasText: 'People' }).locator('.badge');
const names = async () => (await rpc('people.list', {})).map((p) => p.displayName).sort();

async function openSettings(): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect.poll(() => section().count()).toBe(1);
}

describe('backups in Settings', () => {
  let backupPath = '';

  it('backs up now and lists the backup', async () => {
    await openSettings();
    expect(await section().getByText('No backups yet.').count()).toBe(1);
    await section().getByRole('button', { name: 'Back up now' }).click();
    await expect
      .poll(() => section().getByRole('status').last().textContent())
      .toMatch(/^Backed up: farley-.*-manual\.db\.$/);
    await expect.poll(() => backupItems().count()).toBe(1);
    expect(await backupItems().first().textContent()).toContain('Made by you');
    const [backup] = await rpc('backups.list', {});
    backupPath = backup?.path ?? '';
    expect(backup?.kind).toBe('manual');
  });

  it('refuses a file that is not a backup, saying why, and keeps everything', async () => {
    const file = path.join(elsewhere, 'notes.db');
    writeFileSync(file, 'These are notes, not a database.');
    harness.answerNextPathDialog(file);
    await section().getByRole('button', { name: 'Restore…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect
      .poll(() => section().getByRole('alert').textContent())
      .toBe(
        '“notes.db” is not a Farley backup: it is not an SQLite database. Nothing was changed.',
      );
    expect(await dialog.count()).toBe(0);
    expect(await names()).toEqual(['Ada Lovelace']);
  });

  it('restores the backup, after asking, and the person added since is gone', async () => {
    await rpc('people.create', { displayName: 'Grace Hopper' });
    await page.reload();
    await expect.poll(() => peopleBadge().textContent()).toBe('2');
    await openSettings();

    // Cancel first: nothing happens.
    harness.answerNextPathDialog(backupPath);
    await section().getByRole('button', { name: 'Restore…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain(path.basename(backupPath));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']);

    harness.answerNextPathDialog(backupPath);
    await section().getByRole('button', { name: 'Restore…' }).click();
    await expect.poll(() => dialog.count()).toBe(1);
    await screenshot(page, 'settings-restore-dialog');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

    await expect.poll(() => names()).toEqual(['Ada Lovelace']);
    // The page reloaded and reads the restored data.
    await expect.poll(() => peopleBadge().textContent()).toBe('1');
  });

  it('undoes the restore, and the person is back', async () => {
    await openSettings();
    const note = section().getByRole('status').filter({ hasText: 'Restored' });
    await expect.poll(() => note.textContent()).toContain(path.basename(backupPath));
    expect(await note.textContent()).toContain('kept-aside');
    await section().scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-backups');
    await section().getByRole('button', { name: 'Undo restore' }).click();

    await expect.poll(() => names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    await expect.poll(() => peopleBadge().textContent()).toBe('2');
    await openSettings();
    expect(await section().getByRole('button', { name: 'Undo restore' }).count()).toBe(0);
    // The list now also holds what was live before each swap.
    const kinds = (await rpc('backups.list', {})).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'before-restore')).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
