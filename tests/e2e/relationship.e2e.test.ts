import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, RENDERER_DIR, screenshot, openClockedPage } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';
import { NOW, seedRelationshipWorld, ZONE, type RelationshipCast } from './seeds/relationshipSeed';

// Warmth, keep in touch and intro paths on the dossier, who you know at an organization, and
// the people list by warmth, in a small world seen at a fixed moment by the page and the core.

let browser: Browser;
let dataDir: string;
let harness: Harness;
let page: Page;
let errors: string[];
let rpc: Rpc;
let cast: RelationshipCast;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-relationship-'));
  harness = await startHarness({
    dataDir,
    appVersion: 'test',
    rendererDir: RENDERER_DIR,
    clock: () => new Date(NOW),
    systemTimeZone: () => ZONE,
  });
  rpc = coreRpc(harness);
  cast = await seedRelationshipWorld(rpc);

  ({ page, errors } = await openClockedPage(browser, { zone: ZONE, now: NOW }));
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const relationship = () => page.getByRole('region', { name: 'Your relationship', exact: true });
const keepInTouch = () => relationship().getByRole('combobox', { name: 'Keep in touch' });
const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** The app is drawn and its shortcuts listen once the home screen's heading is there. */
async function appReady(): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
}

async function openPerson(name: string): Promise<void> {
  await appReady();
  await page.keyboard.press('Control+1');
  await page.getByRole('listbox', { name: 'People' }).getByRole('option', { name }).click();
  await expect.poll(() => heading(name).count()).toBe(1);
}

describe('relationship intelligence', () => {
  it('shows how warm a tie is on the dossier, and why', async () => {
    await openPerson(cast.dana.displayName);
    const meter = relationship().getByRole('meter', { name: 'Warmth' });
    await expect.poll(() => meter.count()).toBe(1);
    const score = Number(await meter.getAttribute('aria-valuenow'));
    expect(score).toBeGreaterThan(40);
    expect(score).toBe((await rpc('insights.warmth', { personId: cast.dana.id })).score);
    expect(await relationship().textContent()).toContain(
      '7 interactions in 90 days, last 3 days ago',
    );
    const parts = relationship().getByRole('list', { name: 'How warmth adds up' });
    expect(await parts.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Recency\+\d+$/),
      expect.stringMatching(/^Frequency\+\d+$/),
      expect.stringMatching(/^Kind of contact\+\d+$/),
    ]);
  });

  it('sets how often to keep in touch, shows when they are due, and keeps it after a reload', async () => {
    const select = keepInTouch();
    // Following the tags: Client is quarterly, and the menu says so.
    expect(await select.inputValue()).toBe('');
    expect(await select.locator('option:checked').textContent()).toBe(
      'Follow tags (quarterly, from Client)',
    );
    const status = relationship().locator('.keep-status');
    await expect.poll(() => status.textContent()).toBe('Due in 88 daysLast contact: 3 days ago');

    await select.selectOption({ label: 'Monthly' });
    await expect.poll(() => status.textContent()).toBe('Due in 27 daysLast contact: 3 days ago');
    await expect.poll(() => relationship().locator('.keep-save').textContent()).toBe('Saved');
    expect((await rpc('people.get', { id: cast.dana.id })).cadence).toBe('monthly');
    await screenshot(page, 'person-relationship');

    await page.reload();
    await openPerson(cast.dana.displayName);
    await expect.poll(() => keepInTouch().inputValue()).toBe('monthly');
    await expect
      .poll(() => relationship().locator('.keep-status').textContent())
      .toBe('Due in 27 daysLast contact: 3 days ago');

    // Never: no longer due at all.
    await keepInTouch().selectOption({ label: 'Never' });
    await expect
      .poll(() => relationship().locator('.keep-status').textContent())
      .toBe('Last contact: 3 days ago');
    await keepInTouch().selectOption({ label: 'Monthly' });
    await expect
      .poll(() => relationship().locator('.keep-status').textContent())
      .toContain('Due in 27 days');
  });

  it('follows the timeline: deleting the last call moves warmth and the due date, undo restores', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const lastCall = timeline
      .locator('.timeline-card')
      .filter({ has: page.getByRole('heading', { name: 'Catch-up 3 days ago', exact: true }) });
    await lastCall.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this interaction?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect
      .poll(() => relationship().locator('.warmth-explanation').textContent())
      .toBe('6 interactions in 90 days, last 10 days ago');
    await expect
      .poll(() => relationship().locator('.keep-status').textContent())
      .toContain('Due in 20 days');

    await timeline.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => relationship().locator('.warmth-explanation').textContent())
      .toBe('7 interactions in 90 days, last 3 days ago');
    await expect
      .poll(() => relationship().locator('.keep-status').textContent())
      .toContain('Due in 27 days');
  });

  it('finds an intro through a friend, with the evidence, and opens the one in the middle', async () => {
    await openPerson(cast.priya.displayName);
    await relationship().getByRole('button', { name: 'Find an intro' }).click();
    const paths = relationship().getByRole('list', { name: 'Intro paths to Priya Patel' });
    await expect.poll(() => paths.count()).toBe(1);
    const first = paths.getByRole('listitem').first();
    expect(await first.getAttribute('aria-label')).toMatch(
      /^you → Dana Scully → Priya Patel, strength \d+$/,
    );
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('you ↔ Dana Scully');
    expect(text).toContain('Dana Scully ↔ Priya Patel');
    expect(text).toContain('friends');
    await screenshot(page, 'intro-path');

    await first.getByRole('button', { name: 'Dana Scully' }).click();
    await expect.poll(() => heading('Dana Scully').count()).toBe(1);

    // Someone no one knows: said plainly.
    await openPerson(cast.omar.displayName);
    await relationship().getByRole('button', { name: 'Find an intro' }).click();
    await expect
      .poll(() => relationship().getByRole('status').last().textContent())
      .toContain('No path within three steps');
  });

  it('lists who you know at an organization, warmest first, with who could introduce you', async () => {
    await page.keyboard.press('Control+2');
    await page
      .getByRole('listbox', { name: 'Organizations' })
      .getByRole('option', { name: /Initech/ })
      .click();
    const known = page
      .getByRole('region', { name: 'Who you know there' })
      .getByRole('list', { name: 'People at Initech' });
    await expect.poll(() => known.count()).toBe(1);
    const rows = known.locator(':scope > li');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain('Dana Scully');
    const priya = rows.filter({ hasText: 'Priya Patel' });
    expect(await priya.textContent()).toContain('Staff Engineer · now');
    expect(await priya.locator('.who-via').textContent()).toMatch(
      /^via you → Dana Scully → Priya Patel · strength \d+$/,
    );
    await screenshot(page, 'who-knows');
  });

  it('answers "who do I know at" a domain from the command palette', async () => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('who do');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect
      .poll(() => palette.locator('[aria-selected="true"]').textContent())
      .toContain('Who do I know at…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Who do I know at…' });
    await expect.poll(() => dialog.count()).toBe(1);
    const input = dialog.getByRole('textbox', { name: 'Organization or email domain' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.type('nowhere.example');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('No one in your files has an address at nowhere.example.');

    await input.fill('initech.com');
    await page.keyboard.press('Enter');
    const list = dialog.getByRole('list', { name: 'People at Initech' });
    await expect.poll(() => list.count()).toBe(1);
    expect(await dialog.textContent()).toContain('Initech · initech.com');
    // ↓ from the box reaches the first person; Enter opens their dossier and closes the dialog.
    await input.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Priya Patel');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => heading('Priya Patel').count()).toBe(1);

    // Escape closes it without doing anything.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('who do');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('sorts the people list by warmth, the warmest first with their scores', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('Control+1');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Warmth' });
    const options = page.getByRole('listbox', { name: 'People' }).getByRole('option');
    await expect.poll(() => options.first().textContent()).toMatch(/^DSDana Scully.*\d+$/);
    const names = await options.locator('.row-title').allTextContents();
    expect(names.slice(0, 2)).toEqual(['Dana Scully', 'Zed Ames']);
    const scores = (await options.locator('.count-pill').allTextContents()).map((t) =>
      Number(t.replace('Warmth ', '')),
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe((await rpc('insights.warmth', { personId: cast.dana.id })).score);
    await screenshot(page, 'people-by-warmth');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name' });
    await expect.poll(() => options.first().textContent()).toContain('Bob Porter');
    expect(await options.locator('.count-pill').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
