import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { startHarness, type Harness } from './harness/harnessServer';

const FIRST = (
  'Ada Alan Amara Anders Aoife Arjun Beatrix Bruno Camille Carlos Chen Chiara Dalia Dmitri ' +
  'Edith Elif Emeka Esther Farah Felix Freya Gideon Grace Hamid Hana Hugo Ines Ingrid ' +
  'Isaac Jasper Jun Kai Kamala Kenji Lars Leila Linus Lucia Malik Mara Mateo Mei Nadia ' +
  'Niamh Nikolai Noor Olga Omar Oskar Paloma Pedro Priya Quentin Rafael Rania Rosa Rui ' +
  'Saanvi Samir Sigrid Sofia Sven Tariq Tess Theo Uma Ursula Valentin Vera Viktor Wanjiru ' +
  'Wes Xavier Ximena Yara Yusuf Yvonne Zainab Zara Zeno Abel Bianca Cyrus Daphne Elio ' +
  'Fatima Gustav Helena Ivo Jana Kofi Lena Milo Nora Otto Pia Rhea Silas Tomas Zoe'
).split(' ');
const LAST = (
  'Abbott Achebe Bauer Becker Castro Chowdhury Costa Dahl Delgado Dubois Eriksen Esposito ' +
  'Fischer Fontaine Garcia Gupta Haddad Hansen Hoffmann Ibrahim Ivanova Jansen Jensen Kaur ' +
  'Keller Kim Kowalski Larsen Lee Lindqvist Lopez Mahmoud Martin Meyer Moreau Murphy ' +
  'Nakamura Nguyen Novak Nyberg Okafor Olsen Ortiz Park Patel Perez Petrov Quinn Ramos ' +
  'Reyes Richter Rossi Sato Schmidt Schulz Silva Singh Sousa Suzuki Tanaka Taylor Torres ' +
  'Tran Ueda Varga Vasquez Vogel Wagner Walsh Weber Wolf Xu Yamamoto Yilmaz Young Zhang ' +
  'Ziegler Zimmermann Ahmed Berg Cohen Diaz Engel Falk Gallo Horvat Ito Jovanovic Khan ' +
  'Lang Mendes Nilsen Otieno Popescu Quispe Rahman Stein Zeller Morales Sandoval'
).split(' ');
/** 100 × 100 distinct names. */
const PEOPLE = 10_000;

let browser: Browser;
let dataDir: string;
let harness: Harness;
let rpc: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
let errors: string[] = [];

/** Ids of what the tests look for, filled while seeding. */
const seeded = {
  initech: '',
  globex: '',
  investors: 0,
  initechCurrent: 0,
  collector: { id: '', name: '' },
};

async function seed(): Promise<void> {
  const dispatch = createDispatcher(createHandlers(harness.core), {
    onUnexpectedError: (name, error) => console.error(`[seed] ${name} failed`, error),
  });
  rpc = async (name, input) => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as never;
  };

  const initech = await rpc('organizations.create', {
    name: 'Initech',
    domains: ['initech.com'],
    industry: 'Software',
    notes: 'TPS reports, every Friday.',
  });
  const globex = await rpc('organizations.create', {
    name: 'Globex',
    domains: ['globex.example'],
    industry: 'Energy',
  });
  await rpc('organizations.create', { name: 'Umbrella Health', industry: 'Biotech' });
  await rpc('organizations.update', { id: initech.id, patch: { tags: ['client'] } });
  seeded.initech = initech.id;
  seeded.globex = globex.id;

  for (let i = 0; i < PEOPLE; i += 1) {
    const first = FIRST[i % 100] ?? 'Ada';
    // (i mod 100, i div 100) are distinct pairs; shifting the surname keeps them distinct.
    const last = LAST[(Math.floor(i / 100) + 3 * (i % 100)) % 100] ?? 'Lovelace';
    const person = await rpc('people.create', {
      displayName: `${first} ${last}`,
      email: i % 3 === 0 ? `${first}.${last}.${i}@example.com`.toLowerCase() : undefined,
    });
    if (i % 53 === 7) {
      const current = i % 106 === 7;
      await rpc('people.update', {
        id: person.id,
        patch: {
          tags: ['investor', ...(i % 159 === 7 ? ['board'] : [])],
          roles: [
            {
              organizationId: initech.id,
              title: current ? 'Partner' : 'Analyst',
              startDate: '2019-04',
              endDate: current ? null : '2022',
              current,
            },
          ],
        },
      });
      seeded.investors += 1;
      if (current) seeded.initechCurrent += 1;
    }
    if (i === 4321) {
      await rpc('people.update', {
        id: person.id,
        patch: {
          keyFacts: ['Collects antique theodolites', 'Two daughters'],
          roles: [{ organizationId: globex.id, title: 'Head of Surveying' }],
        },
      });
      seeded.collector = { id: person.id, name: person.displayName };
    }
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-e2e-list-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  await seed();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openApp(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.emulateMedia({ colorScheme });
  errors = collectPageErrors(page);
  await page.goto(harness.url);
  // The briefing is home; the people list is one click away.
  await page.getByRole('button', { name: /^People/ }).click();
  await expect.poll(() => rowsOf(page).count(), { timeout: 20_000 }).toBeGreaterThan(5);
  return page;
}

/** The rows of the people list (the filter menus hold options too). */
const rowsOf = (page: Page) => page.getByRole('listbox', { name: 'People' }).getByRole('option');

const selectedName = (page: Page) =>
  page
    .locator('[role="listbox"][aria-label="People"] [aria-selected="true"] .row-title')
    .textContent();

const firstRowName = (page: Page) =>
  page
    .locator('[role="listbox"][aria-label="People"] [role="option"] .row-title')
    .first()
    .textContent();

describe('people list with ten thousand people', () => {
  it('renders only a window of rows, yet keyboard and scrolling reach the last person', async () => {
    const page = await openApp();
    const sidebar = page.getByRole('navigation', { name: 'Sections' });
    await expect
      .poll(() => sidebar.getByRole('button', { name: /People/ }).textContent())
      .toContain('10,000');
    await expect.poll(() => page.getByText('10,000 people').count()).toBe(1);

    const rows = rowsOf(page);
    expect(await rows.count()).toBeLessThan(200);
    await screenshot(page, 'people-list');

    const everyone = await rpc('people.list', { sort: 'updated' });
    expect(everyone).toHaveLength(PEOPLE);
    const last = everyone.at(-1)!;

    // ↓ from the search box enters the list; End goes to the very last person.
    await page.getByRole('searchbox', { name: 'Search people' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedName(page)).toBe(everyone[0]!.displayName);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedName(page)).toBe(everyone[1]!.displayName);
    await page.keyboard.press('End');
    await expect.poll(() => selectedName(page)).toBe(last.displayName);
    expect(await rows.count()).toBeLessThan(200);
    const lastRow = page.locator(`[id="person-${last.id}"]`);
    expect(await lastRow.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: last.displayName }).count()).toBe(1);

    // Scrolling with the wheel renders the rows that come into view, and only those.
    await page.keyboard.press('Home');
    await expect.poll(() => selectedName(page)).toBe(everyone[0]!.displayName);
    await expect.poll(() => lastRow.count()).toBe(0);
    await page.getByRole('listbox', { name: 'People' }).hover();
    await page.mouse.wheel(0, 40 * 54);
    await expect.poll(() => page.locator(`[id="person-${everyone[40]!.id}"]`).count()).toBe(1);
    expect(await page.locator(`[id="person-${everyone[0]!.id}"]`).count()).toBe(0);
    await page.mouse.wheel(0, PEOPLE * 60);
    await expect.poll(() => lastRow.isVisible()).toBe(true);
    expect(await rows.count()).toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by name and filters by tag and by organization', async () => {
    const page = await openApp();
    const byName = await rpc('people.list', { sort: 'name' });
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
    await expect.poll(() => firstRowName(page)).toBe(byName[0]!.displayName);
    const list = page.getByRole('listbox', { name: 'People' });
    await list.focus();
    await page.keyboard.press('End');
    await expect.poll(() => selectedName(page)).toBe(byName.at(-1)!.displayName);
    await page.keyboard.press('Home');

    const tags = await rpc('tags.list', {});
    const investor = tags.find((t) => t.name === 'investor')!;
    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption(investor.id);
    await expect.poll(() => page.getByText(`${seeded.investors} people`).count()).toBe(1);
    const tagged = rowsOf(page);
    await expect.poll(() => tagged.first().textContent()).toContain('investor');
    await screenshot(page, 'people-list-filtered');

    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('');
    await page
      .getByRole('combobox', { name: 'Filter by organization' })
      .selectOption(seeded.globex);
    await expect.poll(() => page.getByText('1 person').count()).toBe(1);
    await expect.poll(() => firstRowName(page)).toBe(seeded.collector.name);
    await expect.poll(() => tagged.first().textContent()).toContain('Head of Surveying @ Globex');

    // Search narrows within the filter; a miss says so and offers a way out.
    await page.getByRole('searchbox', { name: 'Search people' }).fill('nobody-called-this');
    await expect.poll(() => page.getByText(/No one matches/).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => page.getByText('10,000 people').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a person by a word in a key fact from the command palette', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openApp(scheme);
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expect.poll(() => palette.count()).toBe(1);
      await page.keyboard.type('theodol');
      const hit = palette.getByRole('option', { name: new RegExp(seeded.collector.name) });
      await expect.poll(() => hit.count()).toBe(1);
      await expect.poll(() => hit.locator('mark').first().textContent()).toBe('theodolites');
      await expect
        .poll(() => palette.locator('[aria-selected="true"]').textContent())
        .toContain(seeded.collector.name);
      await screenshot(page, `palette-${scheme}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => palette.count()).toBe(0);
      await expect
        .poll(() => page.getByRole('heading', { name: seeded.collector.name }).count())
        .toBe(1);

      // Organizations are found the same way and open their own page.
      await page.keyboard.press('Control+k');
      await page.keyboard.type('globex');
      await expect
        .poll(() => palette.locator('[aria-selected="true"]').textContent())
        .toMatch(/Globex.*Organization$/);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('article', { name: 'Globex' }).count()).toBe(1);

      // Actions live in the palette too; Escape closes it without doing anything.
      await page.keyboard.press('Control+k');
      await page.keyboard.type('new org');
      await expect
        .poll(() => palette.locator('[aria-selected="true"]').textContent())
        .toContain('New organization');
      await page.keyboard.press('Escape');
      await expect.poll(() => palette.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('opens an organization page with its people, and saves edits as they are made', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openApp(scheme);
      await page.keyboard.press('Control+2');
      const orgs = page.getByRole('listbox', { name: 'Organizations' });
      await orgs.getByRole('option', { name: /Initech/ }).click();
      const article = page.getByRole('article', { name: 'Initech' });
      await expect.poll(() => article.count()).toBe(1);
      const current = article.getByRole('region', { name: 'Current people' }).getByRole('button');
      const past = article.getByRole('region', { name: 'Past people' }).getByRole('button');
      await expect.poll(() => current.count()).toBe(seeded.initechCurrent);
      await expect.poll(() => past.count()).toBe(seeded.investors - seeded.initechCurrent);
      await expect.poll(() => current.first().textContent()).toContain('Partner · since');
      await screenshot(page, `organization-${scheme}`);

      if (scheme === 'light') {
        // A refused domain stays in the box with the server's reason; a good one becomes a chip.
        const domains = article.getByRole('textbox', { name: 'Add to domains' });
        await domains.fill('not a domain');
        await domains.press('Enter');
        await expect
          .poll(() => article.getByRole('alert').textContent())
          .toBe('“not a domain”: Use a domain like initech.com');
        expect(await domains.inputValue()).toBe('not a domain');
        await domains.fill('https://www.Initech.co.uk/about');
        await domains.press('Enter');
        await expect.poll(() => article.getByRole('alert').count()).toBe(0);
        await expect.poll(() => domains.inputValue()).toBe('');
        await expect
          .poll(() => article.getByRole('button', { name: 'Remove initech.co.uk' }).count())
          .toBe(1);

        // An empty name is refused and kept, with the reason, until it is fixed.
        const name = article.getByRole('textbox', { name: 'Name' });
        await name.fill('');
        await expect
          .poll(() => article.getByRole('alert').textContent())
          .toBe('Name cannot be empty');
        await expect
          .poll(() => article.getByRole('status').textContent())
          .toBe('Not saved: see the field marked in red');
        await name.fill('Initech');
        await expect.poll(() => article.getByRole('alert').count()).toBe(0);

        await article.getByRole('textbox', { name: 'Industry' }).fill('Enterprise software');
        await expect
          .poll(async () => (await rpc('organizations.get', { id: seeded.initech })).industry)
          .toBe('Enterprise software');
        await expect.poll(() => article.getByRole('status').textContent()).toBe('Saved');
        const saved = await rpc('organizations.get', { id: seeded.initech });
        expect(saved.domains).toEqual(['initech.com', 'initech.co.uk']);

        // Each person opens their own page.
        const member = (await current.first().locator('.row-title').textContent()) ?? '';
        await current.first().click();
        await expect.poll(() => page.getByRole('heading', { name: member }).count()).toBe(1);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows the list in the dark theme', async () => {
    const page = await openApp('dark');
    const tags = await rpc('tags.list', {});
    await page
      .getByRole('combobox', { name: 'Filter by tag' })
      .selectOption(tags.find((t) => t.name === 'investor')!.id);
    await expect.poll(() => page.getByText(`${seeded.investors} people`).count()).toBe(1);
    await rowsOf(page).nth(2).click();
    await expect
      .poll(() =>
        rowsOf(page)
          .and(page.getByRole('option', { selected: true }))
          .count(),
      )
      .toBe(1);
    await screenshot(page, 'people-list-dark');
    expect(errors).toEqual([]);
    await page.close();
  });
});
