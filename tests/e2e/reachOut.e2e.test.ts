import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';
import { seedReachOut, type ReachOutWorld } from './seeds/reachOutSeed';

// The world is seeded through the core; the cadence, the call and everything checked after are
// done through the page, and the core is read to check what it stored.

let browser: Browser;
let dataDir: string;
let harness: Harness;
let rpc: Rpc;
let world: ReachOutWorld;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-reach-out-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  rpc = coreRpc(harness);
  world = await seedReachOut(rpc);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const tagsSection = (page: Page) => page.getByRole('region', { name: 'Tags', exact: true });
const dueList = (page: Page) => page.getByRole('list', { name: 'Due for contact' });
const dueRows = (page: Page) => dueList(page).getByRole('listitem');
const coldList = (page: Page) => page.getByRole('list', { name: 'Going cold' });
const badge = (page: Page) => page.locator('.nav-item', { hasText: 'Reach out' }).locator('.badge');
const capture = (page: Page) => page.getByRole('dialog', { name: 'Quick capture' });

/** The accessible name (or text) of what has the focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.textContent?.slice(0, 40) ?? '';
  });

/** Opens the app and waits for its sidebar, so the keyboard shortcuts are listening. */
async function openApp(page: Page): Promise<void> {
  await page.goto(harness.url);
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

async function tagByName(name: string) {
  return (await rpc('tags.list', {})).find((tag) => tag.name === name);
}

describe('keeping in touch', () => {
  it('sets a cadence on a tag in Settings, and edits tags with the server’s answers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const errors = collectPageErrors(page);
    await openApp(page);
    await page.keyboard.press('Control+,');
    const tags = tagsSection(page);
    await expect.poll(() => tags.getByRole('listitem').count()).toBe(3);
    const client = tags.getByRole('listitem').filter({ hasText: 'Client' }).first();
    expect(await client.textContent()).toContain('2 people and 1 organization');

    // Only Charles, with a cadence of his own, is due before the tag has one.
    await expect.poll(() => badge(page).textContent()).toBe('1');
    await tags.getByLabel('Keep in touch with Client').selectOption({ label: 'Monthly' });
    await expect.poll(async () => (await tagByName('Client'))?.cadence).toBe('monthly');
    await expect.poll(() => badge(page).textContent()).toBe('2');

    // A name another tag has is refused, with the server's reason beside it; Escape puts the
    // name back.
    const friendName = tags.getByLabel('Name of Friend');
    await friendName.fill('Client');
    await friendName.press('Enter');
    const refusal = tags.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toBe('There is already a tag named “Client”.');
    expect(await friendName.getAttribute('aria-invalid')).toBe('true');
    await friendName.press('Escape');
    expect(await friendName.inputValue()).toBe('Friend');
    await tags.getByLabel('Colour of Friend').selectOption('teal');
    await expect.poll(async () => (await tagByName('Friend'))?.color).toBe('teal');

    // Deleting asks first, saying who carries the tag.
    await tags.getByRole('button', { name: 'Delete Old' }).click();
    const confirm = tags.getByRole('group', { name: 'Delete Old?' });
    expect(await confirm.textContent()).toContain('It is taken off 1 person');
    await screenshot(page, 'settings-tags');
    await confirm.getByRole('button', { name: 'Delete tag' }).click();
    await expect.poll(() => tags.getByRole('listitem').count()).toBe(2);
    expect(await tagByName('Old')).toBeUndefined();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists who is due with the reason, and moves with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await openApp(page);
    await page.keyboard.press('Control+5');
    await expect.poll(() => dueRows(page).count()).toBe(2);

    // Most overdue first: Charles (yearly, 35 days), then Ada (monthly, 20 days).
    const [charles, ada] = [dueRows(page).nth(0), dueRows(page).nth(1)];
    expect(await charles.getAttribute('aria-label')).toBe('Charles Babbage');
    expect(await charles.textContent()).toContain('yearly, set for them');
    expect(await ada.getAttribute('aria-label')).toBe('Ada Lovelace');
    const adaText = await ada.textContent();
    expect(adaText).toContain('monthly; last spoke 50 days ago — Call about the Q2 plan');
    expect(adaText).toContain('overdue by 20 days');
    expect(adaText).toContain('monthly, from the tag Client');
    expect(await dueList(page).textContent()).not.toContain('Bob Nguyen');

    const grace = coldList(page).getByRole('listitem', { name: 'Grace Hopper' });
    expect(await grace.textContent()).toContain(
      '5 contacts in the 6 months before; nothing for 70 days',
    );

    await screenshot(page, 'reach-out');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'reach-out-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Tab reaches the list's current row; the arrows move; Enter opens the dossier.
    await page.getByRole('heading', { name: 'Reach out', level: 1 }).click();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Charles Babbage');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('Ada Lovelace');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('Ada Lovelace');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('Charles Babbage');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Charles Babbage', exact: true }).count())
      .toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => dueRows(page).count()).toBe(2);

    // The name opens the dossier too; so does a going-cold row.
    await coldList(page).getByRole('button', { name: 'Grace Hopper' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Grace Hopper', exact: true }).count())
      .toBe(1);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs a call from a row, and the person leaves the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await openApp(page);
    await page.getByRole('button', { name: /^Reach out/ }).click();
    const ada = dueRows(page).filter({ hasText: 'Ada Lovelace' });
    await expect.poll(() => ada.count()).toBe(1);

    await ada.getByRole('button', { name: 'Log a call' }).click();
    const dialog = capture(page);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(
      await dialog.getByRole('radio', { name: 'Call', exact: true }).getAttribute('aria-checked'),
    ).toBe('true');
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Remove Ada Lovelace' }).count())
      .toBe(1);
    await page.keyboard.type('Went through the Q2 plan.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => dueRows(page).count()).toBe(1);
    expect(await dueList(page).textContent()).not.toContain('Ada Lovelace');
    await expect.poll(() => badge(page).textContent()).toBe('1');
    // The focus, left on a row that went away, moves to the one in its place.
    await expect.poll(() => focused(page)).toBe('Charles Babbage');
    const due = await rpc('insights.reachOut', { limit: 50 });
    expect(due.map((item) => item.person.id)).toEqual([world.charles.id]);

    // C on a row logs a call with that person.
    await page.keyboard.press('c');
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Remove Charles Babbage' }).count())
      .toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how to set a cadence when no one is due', async () => {
    const client = await tagByName('Client');
    if (client) await rpc('tags.setCadence', { id: client.id, cadence: null });
    await rpc('people.setCadence', { id: world.charles.id, cadence: null });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await openApp(page);
    await page.keyboard.press('Control+5');
    const empty = page.getByText('No one is due for contact');
    await expect.poll(() => empty.count()).toBe(1);
    expect(await page.locator('.ro-empty').textContent()).toContain('Settings → Tags');
    // Going cold does not need a cadence.
    expect(await coldList(page).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect.poll(() => tagsSection(page).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
