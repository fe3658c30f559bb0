import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { startHarness, type Harness } from './harness/harnessServer';

// Everything under test is done through the page; the core is only read, to check what was
// (and what was not) stored.

let browser: Browser;
let dataDir: string;
let harness: Harness;
let read: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-person-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  const dispatch = createDispatcher(createHandlers(harness.core));
  read = async (name, input) => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as never;
  };
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The briefing is home; the people list is one click away. */
async function openPeople(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^People/ }).click();
}

async function addPerson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New person', exact: true }).click();
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect.poll(() => page.getByRole('heading', { name, exact: true }).count()).toBe(1);
}

async function openPerson(page: Page, name: string): Promise<void> {
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
  await expect.poll(() => page.getByRole('heading', { name, exact: true }).count()).toBe(1);
}

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-status').textContent()).toBe('Saved');
}

async function idOf(name: string): Promise<string> {
  const people = await read('people.list', { query: name });
  const person = people.find((p) => p.displayName === name);
  if (!person) throw new Error(`${name} is not stored`);
  return person.id;
}

/** The message shown for an input: the element its aria-describedby names. */
async function messageOf(page: Page, input: Locator): Promise<string | null> {
  const id = await input.getAttribute('aria-describedby');
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

describe('the person page', () => {
  it('edits a dossier in place, keeps it after a reload, refuses a bad email and merges a duplicate', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    const errors = collectPageErrors(page);
    await page.goto(harness.url);
    await openPeople(page);

    await addPerson(page, 'Grace Hopper');
    await addPerson(page, 'Ada Lovelace');

    // Contact: two emails, the second with a label. Enter saves at once.
    await page.getByRole('button', { name: 'Add email' }).click();
    await field(page, 'Email 1').fill('ada@analytical.engine');
    await field(page, 'Email 1').press('Enter');
    await page.getByRole('button', { name: 'Add email' }).click();
    await field(page, 'Email 2').fill('ada@home.example');
    await field(page, 'Email 2 label').fill('personal');
    await field(page, 'Email 2 label').press('Enter');

    // A key fact, added with Enter.
    await field(page, 'Add a key fact').fill('Prefers tea to coffee');
    await field(page, 'Add a key fact').press('Enter');
    await expect.poll(() => field(page, 'Key fact 1').inputValue()).toBe('Prefers tea to coffee');

    // A birthday without a year reads as just the date.
    await page.getByRole('button', { name: 'Add date' }).click();
    await field(page, 'Date 1 kind').selectOption('birthday');
    await field(page, 'Date 1 month').selectOption({ label: 'December' });
    await field(page, 'Date 1 day').fill('10');
    await field(page, 'Date 1 day').press('Enter');
    const dateHint = section(page, 'Important dates').locator('.date-hint');
    await expect.poll(() => dateHint.textContent()).toMatch(/^December 10/);
    expect(await dateHint.textContent()).not.toContain('turns');

    // A new tag, typed and confirmed with Enter.
    await field(page, 'Add tag').fill('Mathematics');
    await field(page, 'Add tag').press('Enter');
    const tags = page.getByRole('group', { name: 'Tags' });
    await expect.poll(() => tags.locator('.tag').allTextContents()).toEqual(['Mathematics×']);

    // A role at an organization that does not exist yet; typing it creates nothing until done.
    await page.getByRole('button', { name: 'Add role' }).click();
    await field(page, 'Role 1 organization').pressSequentially('Analytical Engines', {
      delay: 120,
    });
    await page.waitForTimeout(600);
    expect((await read('organizations.list', {})).map((o) => o.name)).toEqual([]);
    await field(page, 'Role 1 organization').press('Enter');
    await field(page, 'Role 1 title').fill('Mathematician');
    await field(page, 'Role 1 title').press('Tab');
    await expect
      .poll(() => page.locator('.headline').textContent())
      .toBe('Mathematician @ Analytical Engines');
    expect((await read('organizations.list', {})).map((o) => o.name)).toEqual([
      'Analytical Engines',
    ]);

    // A relationship, chosen from the viewer's side: Ada reports to Grace.
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await field(page, 'Relationship').selectOption({ label: 'Reports to' });
    await field(page, 'Related person').fill('Grace');
    await field(page, 'Related person').press('Enter');
    const relationships = section(page, 'Relationships').locator('.relationship');
    await expect.poll(() => relationships.allTextContents()).toEqual(['ManagerGrace Hopper×']);
    await field(page, 'Related person').press('Escape');
    await settled(page);
    await screenshot(page, 'person-page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'person-page-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Everything is still there after a reload.
    await page.reload();
    await openPeople(page);
    await openPerson(page, 'Ada Lovelace');
    expect(await field(page, 'Email 1').inputValue()).toBe('ada@analytical.engine');
    expect(await field(page, 'Email 2').inputValue()).toBe('ada@home.example');
    expect(await field(page, 'Email 2 label').inputValue()).toBe('personal');
    expect(await field(page, 'Key fact 1').inputValue()).toBe('Prefers tea to coffee');
    expect(await field(page, 'Date 1 month').inputValue()).toBe('12');
    expect(await field(page, 'Date 1 day').inputValue()).toBe('10');
    expect(await field(page, 'Date 1 year').inputValue()).toBe('');
    expect(await tags.locator('.tag').allTextContents()).toEqual(['Mathematics×']);
    expect(await field(page, 'Role 1 organization').inputValue()).toBe('Analytical Engines');
    expect(await field(page, 'Role 1 title').inputValue()).toBe('Mathematician');
    expect(await relationships.allTextContents()).toEqual(['ManagerGrace Hopper×']);
    const grace = await read('people.get', { id: await idOf('Grace Hopper') });
    expect(grace.relationships.map((r) => `${r.label} ${r.other.displayName}`)).toEqual([
      'Report Ada Lovelace',
    ]);

    // A bad email: the message sits next to that field, the list is not saved, and the other
    // sections keep saving meanwhile.
    const adaId = await idOf('Ada Lovelace');
    await page.getByRole('button', { name: 'Add email' }).click();
    const bad = field(page, 'Email 3');
    await bad.fill('not-an-email');
    await expect.poll(() => messageOf(page, bad)).toBe('This is not a valid email address');
    expect(await bad.getAttribute('aria-invalid')).toBe('true');
    expect(await bad.locator('..').getByRole('alert').textContent()).toBe(
      'This is not a valid email address',
    );
    await field(page, 'Add a key fact').fill('Wrote the first published algorithm');
    await field(page, 'Add a key fact').press('Enter');
    await expect
      .poll(async () => (await read('people.get', { id: adaId })).keyFacts)
      .toEqual(['Prefers tea to coffee', 'Wrote the first published algorithm']);
    expect((await read('people.get', { id: adaId })).emails.map((e) => e.address)).toEqual([
      'ada@analytical.engine',
      'ada@home.example',
    ]);
    expect(await bad.inputValue()).toBe('not-an-email');
    await expect
      .poll(() => page.locator('.save-status').textContent())
      .toBe('Some changes are not saved yet');
    await screenshot(page, 'person-page-invalid-email');
    await page.getByRole('button', { name: 'Remove email 3' }).click();
    await settled(page);

    // A duplicate with one of Ada's addresses: the conflict offers a merge, which folds Ada in.
    await addPerson(page, 'A. Lovelace');
    await page.getByRole('button', { name: 'Add email' }).click();
    await field(page, 'Email 1').fill('ada@home.example');
    await field(page, 'Email 1').press('Enter');
    const conflict = section(page, 'Contact').locator('.conflict');
    await expect
      .poll(() => conflict.textContent())
      .toBe('ada@home.example belongs to Ada Lovelace. Merge Ada Lovelace into this person');
    await screenshot(page, 'person-page-conflict');
    await conflict.getByRole('button', { name: 'Merge Ada Lovelace into this person' }).click();
    await settled(page);
    await expect.poll(() => conflict.count()).toBe(0);
    expect(await field(page, 'Email 1').inputValue()).toBe('ada@home.example');
    expect(await field(page, 'Email 2').inputValue()).toBe('ada@analytical.engine');
    expect(await field(page, 'Key fact 2').inputValue()).toBe(
      'Wrote the first published algorithm',
    );
    expect(await field(page, 'Role 1 organization').inputValue()).toBe('Analytical Engines');
    expect(await tags.locator('.tag').allTextContents()).toEqual(['Mathematics×']);
    const kept = await read('people.get', { id: await idOf('A. Lovelace') });
    expect(kept.emails.map((e) => e.address).sort()).toEqual([
      'ada@analytical.engine',
      'ada@home.example',
    ]);
    expect((await read('people.list', { query: 'Ada Lovelace' })).map((p) => p.id)).not.toContain(
      adaId,
    );
    await screenshot(page, 'person-page-merged');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets a photo from a local image, says when a file is not an image, and removes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(harness.url);
    await openPeople(page);
    await addPerson(page, 'Katherine Johnson');
    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } });
    const fileInput = page.locator('input[type="file"]');

    await fileInput.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    });
    await expect
      .poll(() => page.locator('.dossier-photo').getByRole('alert').textContent())
      .toBe('This file is not an image');

    await fileInput.setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: picture });
    const photo = page.locator('.dossier-photo img.photo');
    await expect.poll(() => photo.getAttribute('src')).toMatch(/^\/photos\//);
    // The page decoded the stored photo: a 512×512 JPEG, served from Farley's own origin.
    await expect
      .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(512);
    expect(await page.locator('.dossier-photo').getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Remove photo' }).click();
    await expect.poll(() => photo.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('merges through the page menu after saying what will happen, and archives', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(harness.url);
    await openPeople(page);
    await addPerson(page, 'Alan Turing');
    await field(page, 'Add a key fact').fill('Runs marathons');
    await field(page, 'Add a key fact').press('Enter');
    await addPerson(page, 'Alan M. Turing');

    await page.getByRole('button', { name: 'Person actions' }).click();
    await page.getByRole('menuitem', { name: 'Merge with…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge with another person' });
    await dialog.getByLabel('Person to merge').fill('Alan Turing');
    await dialog.getByRole('option', { name: /^Alan Turing/ }).click();
    await expect
      .poll(() => dialog.locator('.merge-summary').textContent())
      .toContain('Alan Turing will be merged into Alan M. Turing');
    await screenshot(page, 'person-page-merge-dialog');
    await dialog.getByRole('button', { name: 'Merge Alan Turing into Alan M. Turing' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => field(page, 'Key fact 1').inputValue()).toBe('Runs marathons');

    await page.getByRole('button', { name: 'Person actions' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    const banner = page.locator('.archived-banner');
    await expect.poll(() => banner.textContent()).toContain('Archived on');
    await banner.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
