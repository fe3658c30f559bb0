import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRef } from '../../shared/domain/person';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';

// Two people are seeded through the core; files are imported and exported through the page, with
// the system dialogs answered by the harness, and the core (or the files) read to check the result.

// A 1×1 PNG: the smallest photo the store accepts.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const VCARDS = [
  // Ada is in the store by this address; the card brings a phone number she lacks.
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ada Lovelace',
  'EMAIL;TYPE=INTERNET:ada@example.com',
  'TEL;TYPE=CELL:+44 20 7946 0018',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Katherine Johnson',
  'N:Johnson;Katherine;;;',
  'EMAIL;TYPE=INTERNET:katherine@nasa.example',
  'ORG:NASA',
  'TITLE:Mathematician',
  `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`,
  'END:VCARD',
  // Nobody: no name, no address.
  'BEGIN:VCARD',
  'VERSION:3.0',
  'NOTE:Met at the conference',
  'END:VCARD',
  '',
].join('\r\n');

// A spreadsheet of the user's own: two headers Farley cannot guess.
const CSV = [
  'Who,Contact e-mail,Employer,Cell,Known as',
  'Dorothy Vaughan,dorothy@nasa.example,NASA,+1 555 0100,Dot',
  'Mary Jackson,mary@nasa.example,NASA,+1 555 0101,',
  '',
].join('\n');

let browser: Browser;
let dataDir: string;
let harness: Harness;
let page: Page;
let errors: string[];
let rpc: Rpc;
let ada: PersonRef;
let vcardFile: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-import-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  rpc = coreRpc(harness);
  ada = await rpc('people.create', { displayName: 'Ada Lovelace', email: 'ada@example.com' });
  await rpc('people.create', { displayName: 'Grace Hopper', email: 'grace@navy.example' });
  await rpc('interactions.create', {
    kind: 'call',
    occurredAt: '2030-06-11T09:00:00Z',
    title: 'Engine plans',
    body: 'Talked through the analytical engine.',
    participantIds: [ada.id],
  });
  vcardFile = path.join(dataDir, 'contacts.vcf');
  writeFileSync(vcardFile, VCARDS);

  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = collectPageErrors(page);
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const dialog = () => page.getByRole('dialog', { name: 'Import contacts' });
const count = (name: string) =>
  dialog().getByRole('group', { name: 'Show' }).getByRole('button', { name });
const row = (name: string | RegExp): Locator =>
  dialog().getByRole('listitem', { name, exact: typeof name === 'string' });

async function people(): Promise<string[]> {
  return (await rpc('people.list', { sort: 'name', archived: false })).map((p) => p.displayName);
}

/** Opens the import from the People screen and chooses `file` with the (answered) dialog. */
async function chooseFromPeople(file: string): Promise<void> {
  await page.getByRole('button', { name: /^People/ }).click();
  await page.getByRole('button', { name: 'Import contacts…' }).click();
  await expect.poll(() => dialog().count()).toBe(1);
  harness.answerNextPathDialog(file);
  await dialog().getByRole('button', { name: 'Choose file…' }).click();
  await expect
    .poll(() => dialog().getByRole('list', { name: 'Files to import' }).textContent())
    .toContain(path.basename(file));
  // Focus moved to Continue: Enter goes on.
  await page.keyboard.press('Enter');
}

describe('importing contacts', () => {
  it('previews a vCard: a new person, a match with what merging adds, a broken card', async () => {
    await chooseFromPeople(vcardFile);
    await expect.poll(() => count('1 new').count()).toBe(1);
    expect(await count('1 match').count()).toBe(1);
    expect(await count('0 already up to date').count()).toBe(1);
    expect(await count('1 invalid').count()).toBe(1);

    const match = row('Ada Lovelace');
    expect(await match.textContent()).toContain('Matches Ada Lovelace by email');
    expect(await match.textContent()).toContain('adds 1 phone number');
    const choice = match.getByRole('radiogroup', { name: 'What to do with Ada Lovelace' });
    expect(await choice.getByRole('radio', { name: 'Merge' }).isChecked()).toBe(true);

    const katherine = row('Katherine Johnson');
    expect(await katherine.textContent()).toContain('katherine@nasa.example');
    expect(await katherine.textContent()).toContain('Mathematician at NASA');
    expect(await katherine.getByRole('img', { name: 'Has a photo' }).count()).toBe(1);
    expect(await katherine.getByRole('checkbox', { name: 'Skip' }).isChecked()).toBe(false);

    const broken = row(/card 3/);
    expect(await broken.textContent()).toContain('Invalid');
    expect(await broken.textContent()).toContain('contacts.vcf, card 3');
    expect(await broken.textContent()).toContain('no name: the card has no FN, N, ORG or EMAIL');

    // Skipping and choosing again changes what the import would do, and nothing else.
    await choice.getByRole('radio', { name: 'Skip' }).check();
    await expect
      .poll(() => dialog().getByRole('button', { name: 'Import 1 contact' }).count())
      .toBe(1);
    await choice.getByRole('radio', { name: 'Merge' }).check();
    await expect
      .poll(() => dialog().getByRole('button', { name: 'Import 2 contacts' }).count())
      .toBe(1);
    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    await screenshot(page, 'import-preview');
  });

  it('keeps the choices when an import fails, and writes nothing', async () => {
    const skip = row('Katherine Johnson').getByRole('checkbox', { name: 'Skip' });
    await skip.check();
    // The file goes away between the preview and the import.
    renameSync(vcardFile, `${vcardFile}.moved`);
    await dialog().getByRole('button', { name: 'Import 1 contact' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('cannot be read');
    expect(await skip.isChecked()).toBe(true);
    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect((await rpc('people.get', { id: ada.id })).phones).toEqual([]);

    renameSync(`${vcardFile}.moved`, vcardFile);
    await skip.uncheck();
  });

  it('imports in one go and reports who was created and merged', async () => {
    await dialog().getByRole('button', { name: 'Import 2 contacts' }).click();
    await expect.poll(() => dialog().getByRole('alert').count()).toBe(0);
    await expect.poll(() => count('1 created').count()).toBe(1);
    expect(await count('1 merged').count()).toBe(1);
    expect(await count('1 invalid').count()).toBe(1);
    expect(await row('Ada Lovelace').textContent()).toContain('Added 1 phone number');
    await screenshot(page, 'import-report');

    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
    const merged = await rpc('people.get', { id: ada.id });
    expect(merged.phones.map((p) => p.number)).toEqual(['+44 20 7946 0018']);

    // The report opens the new dossier, with its photo.
    await row('Katherine Johnson').getByRole('button', { name: 'Katherine Johnson' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Katherine Johnson', level: 1 }).count())
      .toBe(1);
    const [katherine] = await rpc('people.list', {
      query: 'Katherine',
      archived: false,
      sort: 'name',
    });
    expect(katherine?.photoUrl).toBeTruthy();
    expect(katherine?.primaryEmail).toBe('katherine@nasa.example');
  });

  it('finds everything already up to date the second time, and creates nothing', async () => {
    await chooseFromPeople(vcardFile);
    await expect.poll(() => count('2 already up to date').count()).toBe(1);
    expect(await count('0 new').count()).toBe(1);
    expect(await count('0 matches').count()).toBe(1);
    expect(await row('Ada Lovelace').textContent()).toContain('Already up to date');
    expect(await dialog().getByRole('status').first().textContent()).toContain('Nothing to import');
    // Nothing to write: the primary action closes.
    await dialog().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
  });

  it('opens from the command palette, and Escape goes back a step at a time', async () => {
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('import');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect
      .poll(() => palette.locator('[aria-selected="true"]').textContent())
      .toContain('Import contacts…');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(1);
    // Opened over People, the screen that offers it.
    await expect.poll(() => page.getByRole('region', { name: 'People list' }).count()).toBe(1);

    harness.answerNextPathDialog(vcardFile);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().getByRole('button', { name: 'Continue' }).count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Continue');
    await page.keyboard.press('Enter');
    await expect.poll(() => count('2 already up to date').count()).toBe(1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'import-preview-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await expect
      .poll(() => dialog().getByRole('list', { name: 'Files to import' }).count())
      .toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('imports a CSV of any columns through the mapping step', async () => {
    const csvFile = path.join(dataDir, 'team.csv');
    writeFileSync(csvFile, CSV);
    await chooseFromPeople(csvFile);
    const who = dialog().getByLabel('Import column “Who” as');
    await expect.poll(() => who.count()).toBe(1);
    // Guessed from the headers: the address, the employer and the number; not the other two.
    expect(await dialog().getByLabel('Import column “Contact e-mail” as').inputValue()).toBe(
      'email',
    );
    expect(await dialog().getByLabel('Import column “Employer” as').inputValue()).toBe(
      'organization',
    );
    expect(await who.inputValue()).toBe('');
    expect(
      await dialog().getByRole('table', { name: 'How the first rows will read' }).textContent(),
    ).not.toContain('Dorothy Vaughan');

    await who.selectOption('Full name');
    await dialog().getByLabel('Import column “Known as” as').selectOption('Nickname');
    const firstRows = dialog().getByRole('table', { name: 'How the first rows will read' });
    await expect.poll(() => firstRows.textContent()).toContain('Dorothy Vaughan');
    expect(await firstRows.textContent()).toContain('Dot');
    await screenshot(page, 'import-csv-mapping');

    await dialog().getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => count('2 new').count()).toBe(1);
    expect(await row('Dorothy Vaughan').textContent()).toContain('dorothy@nasa.example');
    await dialog().getByRole('button', { name: 'Import 2 contacts' }).click();
    await expect.poll(() => count('2 created').count()).toBe(1);
    await dialog().getByRole('button', { name: 'Done' }).click();

    const [dorothy] = await rpc('people.list', { query: 'Dorothy', archived: false, sort: 'name' });
    const person = await rpc('people.get', { id: dorothy?.id ?? '' });
    expect(person.nickname).toBe('Dot');
    expect(person.emails.map((e) => e.address)).toEqual(['dorothy@nasa.example']);
    expect(person.phones.map((p) => p.number)).toEqual(['+1 555 0100']);
    expect(person.roles.map((r) => r.organizationName)).toEqual(['NASA']);
    // The sidebar's count followed.
    await expect
      .poll(() => page.getByRole('button', { name: /^People/ }).textContent())
      .toContain('5');
  });
});

describe('exporting', () => {
  const settings = () => page.getByRole('region', { name: 'Your data', exact: true });

  it('exports every person as vCard', async () => {
    await page.getByRole('button', { name: /^Settings/ }).click();
    const target = path.join(dataDir, 'people.vcf');
    harness.answerNextPathDialog(target);
    await settings().getByRole('button', { name: 'Export people as vCard…' }).click();
    await expect
      .poll(() => settings().getByRole('status').textContent())
      .toBe(`Exported 5 people to ${target}.`);
    const text = readFileSync(target, 'utf8');
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(5);
    for (const name of await people()) expect(text).toContain(`FN:${name}`);
  });

  it('exports the whole store as JSON', async () => {
    const target = path.join(dataDir, 'everything.json');
    harness.answerNextPathDialog(target);
    await settings().getByRole('button', { name: 'Export all as JSON…' }).click();
    await expect
      .poll(() => settings().getByRole('status').textContent())
      .toMatch(/^Exported everything \([\d,]+ records\) to /);
    const doc = JSON.parse(readFileSync(target, 'utf8')) as { format: string };
    expect(doc.format).toBe('farley-store');
    await screenshot(page, 'settings-your-data');
  });

  it('exports notes as Markdown into a new folder, numbered the second time', async () => {
    const parent = path.join(dataDir, 'exports');
    mkdirSync(parent);
    const markdown = settings().getByRole('button', { name: 'Export notes as Markdown…' });
    harness.answerNextPathDialog(parent);
    await markdown.click();
    await expect
      .poll(() => settings().getByRole('status').textContent())
      .toMatch(/^Exported 1 note to .*farley-notes-\d{4}-\d{2}-\d{2}\.$/);
    const [folder] = readdirSync(parent);
    expect(folder).toMatch(/^farley-notes-\d{4}-\d{2}-\d{2}$/);
    expect(readdirSync(path.join(parent, folder ?? '')).join(' ')).toMatch(/\.md\b/);

    harness.answerNextPathDialog(parent);
    await markdown.click();
    await expect
      .poll(() => settings().getByRole('status').textContent())
      .toBe(`Exported 1 note to ${path.join(parent, `${folder}-2`)}.`);
    expect(errors).toEqual([]);
  });
});
