import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRef } from '../../shared/domain/person';
import { launchBrowser, RENDERER_DIR, screenshot, openClockedPage } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';
import { DAY, NOW, seedBriefingWorld, ZONE } from './seeds/briefingSeed';

// A world seeded through the core, seen on Tuesday 2030-06-11 at 17:30 in Berlin: the page's
// clock and the core's agree, so "today", "now" and "next" and the evening's look at tomorrow
// are always the same.

let browser: Browser;
let context: BrowserContext;
let dataDir: string;
let harness: Harness;
let page: Page;
let errors: string[];
let coreNow = Date.parse('2030-05-01T10:00:00.000Z');
let rpc: Rpc;
let people: Record<'ada' | 'grace' | 'linus', PersonRef>;
let sourceId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-briefing-'));
  harness = await startHarness({
    dataDir,
    appVersion: 'test',
    rendererDir: RENDERER_DIR,
    // Seeding moves it; once the page is open it stands still at NOW, as the page's clock does.
    clock: () => new Date(coreNow),
    systemTimeZone: () => ZONE,
  });
  rpc = coreRpc(harness);
  ({ people, sourceId } = await seedBriefingWorld(rpc, dataDir, (ms) => {
    coreNow = ms;
  }));

  ({ context, page, errors } = await openClockedPage(browser, { zone: ZONE, now: NOW }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const meeting = (title: string) => page.getByRole('article', { name: title, exact: true });
const dossier = (scope: Locator, name: string) =>
  scope.getByRole('list', { name: 'People you know' }).getByRole('listitem', { name, exact: true });
const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('the briefing', () => {
  it('opens on today with every meeting in order and a file on each person', async () => {
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
    expect(await page.locator('.brief-near').textContent()).toBe('Today');
    await expect.poll(() => meeting('Product sync').count()).toBe(1);

    const titles = await page.locator('.brief-title > span:first-child').allTextContents();
    expect(titles).toEqual([
      'Product sync',
      'Intro with Bob',
      'Call with Linus',
      'Planning',
      'Budget review',
    ]);
    expect(await page.getByRole('region', { name: 'All day' }).textContent()).toContain(
      'Team offsite',
    );
    const declined = page.getByRole('region', { name: 'Declined' });
    expect(await declined.getByRole('article').getAttribute('class')).toContain('declined');

    const summary = page.getByRole('region', { name: 'Day summary' });
    const figures = (await summary.getByRole('listitem').allTextContents()).map((t) => t.trim());
    expect(figures).toEqual([
      '4 meetings',
      '4 people',
      '2 first-time meetings',
      '1 overdue follow-up',
      'Birthday today: Grace Hopper',
    ]);

    // Now and next, by the fixed clock.
    expect(await meeting('Call with Linus').locator('.brief-marker').textContent()).toBe('Now');
    expect(await meeting('Planning').locator('.brief-marker').textContent()).toBe('Next');

    const sync = meeting('Product sync');
    expect(await sync.locator('.brief-start').textContent()).toBe('9:00 AM');
    expect(await sync.locator('.brief-duration').textContent()).toBe('30 min');
    expect(await sync.textContent()).toContain('Organized by Ada Lovelace');
    expect(await sync.textContent()).toContain('Bring this week’s numbers.');
    const previous = sync.getByRole('region', { name: 'Last time in this series' });
    expect(await previous.textContent()).toContain('Discussed the Q3 roadmap.');

    const adaCard = dossier(sync, 'Ada Lovelace');
    const adaText = (await adaCard.textContent()) ?? '';
    for (const expected of [
      'CTO @ Acme',
      'Investor',
      'organizer',
      'At the Lisbon conference',
      'introduced by Grace Hopper',
      'Discussed the Q3 roadmap.',
      '1 interaction in the last 90 days',
      'Send Ada the deck',
      'Prefers email to calls',
      'Birthday in 2 days',
      'turns 40',
      'Grace Hopper (Colleague)',
    ]) {
      expect(adaText).toContain(expected);
    }
    expect(await adaCard.locator('li.overdue').textContent()).toContain('overdue');
    expect(await dossier(sync, 'Grace Hopper').textContent()).toContain('Rear Admiral @ US Navy');
    expect(await dossier(sync, 'Grace Hopper').textContent()).toContain('Birthday today');

    const linus = dossier(meeting('Call with Linus'), 'Linus Torvalds');
    expect(await linus.textContent()).toContain('First meeting');

    // Someone not in the files: their address, and the organization that owns its domain.
    const intro = meeting('Intro with Bob');
    expect(await intro.getByRole('link', { name: 'Join video call' }).getAttribute('href')).toBe(
      'https://meet.google.com/abc-defg-hij',
    );
    const bob = intro
      .getByRole('list', { name: 'Not in your files yet' })
      .getByRole('listitem', { name: 'Bob Nguyen' });
    expect(await bob.textContent()).toContain('bob@acme.example');
    expect(await bob.textContent()).toContain('at Acme');

    // Evening: a glance at tomorrow.
    const tomorrow = page.getByRole('region', { name: 'Tomorrow' });
    await expect.poll(() => tomorrow.textContent()).toContain('Breakfast with Grace');

    // A meeting that has begun can be written up; one still ahead cannot.
    expect(await sync.getByRole('button', { name: 'Log notes for Product sync' }).count()).toBe(1);
    expect(
      await meeting('Planning')
        .getByRole('button', { name: /Log notes/ })
        .count(),
    ).toBe(0);

    // The briefing scrolls inside the window: a tall window shows the whole day.
    const height = await page.locator('.briefing').evaluate((element) => element.scrollHeight);
    await page.setViewportSize({ width: 1280, height: height + 8 });
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'briefing-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'briefing-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('creates a dossier for an unknown attendee from the briefing', async () => {
    const intro = meeting('Intro with Bob');
    const bob = intro.getByRole('listitem', { name: 'Bob Nguyen' });
    await bob.getByRole('button', { name: 'Create dossier' }).click();
    const card = dossier(intro, 'Bob Nguyen');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Acme');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Bob Nguyen');
    const [created] = await rpc('people.list', { query: 'Bob Nguyen' });
    expect(created?.primaryEmail).toBe('bob@acme.example');

    // A name opens the dossier; Back returns to the briefing.
    const adaCard = dossier(meeting('Product sync'), 'Ada Lovelace');
    expect(await adaCard.getAttribute('data-person')).toBe(people.ada.id);
    await adaCard.getByRole('button', { name: 'Ada Lovelace', exact: true }).click();
    await expect
      .poll(() => page.getByRole('article', { name: 'Dossier of Ada Lovelace' }).count())
      .toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
  });

  it('moves through days with ← → and T, and with the date picker', async () => {
    await blur();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(/June 12, 2030/).count()).toBe(1);
    await expect.poll(() => meeting('Breakfast with Grace').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByText('No meetings on Thursday, June 13, 2030').count())
      .toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading(/June 10, 2030/).count()).toBe(1);
    await page.keyboard.press('t');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);

    // Typing in the date field is typing, not navigating.
    const date = page.getByLabel('Date', { exact: true });
    await date.fill('2030-06-04');
    await expect.poll(() => heading(/June 4, 2030/).count()).toBe(1);
    await date.press('ArrowLeft');
    await expect.poll(() => heading(/June 4, 2030/).count()).toBe(1);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
  });

  it('keeps prep notes through a reload, in the core', async () => {
    const prep = meeting('Planning').getByRole('textbox', { name: 'Prep notes for Planning' });
    await prep.fill('Ask Grace about the launch date.\nBring the Q3 numbers.');
    await expect
      .poll(() => meeting('Planning').locator('.prep-status').textContent())
      .toBe('Saved');
    await page.reload();
    const again = meeting('Planning').getByRole('textbox', { name: 'Prep notes for Planning' });
    await expect.poll(() => again.count()).toBe(1);
    expect(await again.inputValue()).toBe(
      'Ask Grace about the launch date.\nBring the Q3 numbers.',
    );
    const stored = await rpc('briefing.day', { date: DAY });
    expect(stored.meetings.find((m) => m.title === 'Planning')?.prepNotes).toBe(
      'Ask Grace about the launch date.\nBring the Q3 numbers.',
    );

    // Written and left at once: leaving the field saves it without waiting.
    const linusPrep = meeting('Call with Linus').getByRole('textbox', {
      name: 'Prep notes for Call with Linus',
    });
    await linusPrep.fill('Kernel roadmap');
    await blur();
    await expect
      .poll(async () => {
        const day = await rpc('briefing.day', { date: DAY });
        return day.meetings.find((m) => m.title === 'Call with Linus')?.prepNotes;
      })
      .toBe('Kernel roadmap');
  });

  it('logs notes on a meeting of a series and shows them a week later', async () => {
    const sync = meeting('Product sync');
    await sync.getByRole('button', { name: 'Log notes for Product sync' }).click();
    const capture = page.getByRole('dialog', { name: 'Quick capture' });
    await expect.poll(() => capture.count()).toBe(1);
    expect(await capture.getByLabel('Title').inputValue()).toBe('Product sync');
    expect(await capture.getByLabel('Date').inputValue()).toBe(DAY);
    expect(await capture.getByLabel('Time').inputValue()).toBe('09:00');
    expect(await capture.getByLabel('Duration in minutes').inputValue()).toBe('30');
    expect(await capture.getByRole('button', { name: 'Remove Ada Lovelace' }).count()).toBe(1);
    expect(await capture.getByRole('button', { name: 'Remove Grace Hopper' }).count()).toBe(1);
    const note = capture.getByRole('textbox', { name: 'Note' });
    await note.fill('Agreed to ship the beta in July.\nGrace owns the launch plan.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => capture.count()).toBe(0);

    // Logged for this occurrence: the button now opens those notes.
    await expect
      .poll(() => sync.getByRole('button', { name: 'Open notes for Product sync' }).count())
      .toBe(1);
    const day = await rpc('briefing.day', { date: DAY });
    const logged = day.meetings.find((m) => m.title === 'Product sync')?.loggedInteractionId;
    expect(logged).toBeTruthy();
    const interaction = await rpc('interactions.get', { id: logged ?? '' });
    expect(interaction.event).toEqual({
      source: sourceId,
      uid: 'sync@test',
      recurrenceId: '2030-06-11T07:00:00.000Z',
    });
    expect(interaction.participants.map((p) => p.displayName).sort()).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ]);

    // A week on (the occurrence moved): those notes are where to pick up.
    await blur();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(/June 18, 2030/).count()).toBe(1);
    const moved = meeting('Product sync (moved)');
    await expect.poll(() => moved.count()).toBe(1);
    expect(await moved.locator('.brief-start').textContent()).toBe('10:00 AM');
    const previous = moved.getByRole('region', { name: 'Last time in this series' });
    expect(await previous.textContent()).toContain('Agreed to ship the beta in July.');
    expect(await previous.textContent()).toContain('Tue, Jun 11');
    expect(await dossier(moved, 'Ada Lovelace').textContent()).toContain(
      'Agreed to ship the beta in July.',
    );
    // Not today: no "now", no tomorrow.
    expect(await page.locator('.brief-marker').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Tomorrow' }).count()).toBe(0);
    await page.keyboard.press('t');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
  });

  it('writes notes on the meeting under way with N', async () => {
    await blur();
    await page.keyboard.press('n');
    const capture = page.getByRole('dialog', { name: 'Quick capture' });
    await expect.poll(() => capture.count()).toBe(1);
    expect(await capture.getByLabel('Title').inputValue()).toBe('Call with Linus');
    expect(await capture.getByRole('button', { name: 'Remove Linus Torvalds' }).count()).toBe(1);
    // Inside the dialog, N is a letter of the note.
    await page.keyboard.type('n');
    expect(await capture.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('n');
    await page.keyboard.press('Escape');
    await expect.poll(() => capture.count()).toBe(0);
  });

  it('copies and saves the briefing as Markdown, and prints it', async () => {
    const toolbar = page.getByRole('toolbar', { name: 'Export' });
    await toolbar.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => toolbar.getByRole('status').textContent()).toBe('Copied as Markdown');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('# Briefing — Tuesday 11 June 2030');
    expect(copied).toContain('## 09:00–09:30 · Product sync');
    expect(copied).toContain('Ask Grace about the launch date.');

    const markdownFile = path.join(dataDir, 'briefing.md');
    harness.answerNextPathDialog(markdownFile);
    await toolbar.getByRole('button', { name: 'Save Markdown…' }).click();
    await expect
      .poll(() => toolbar.getByRole('status').textContent())
      .toBe(`Saved to ${markdownFile}`);
    const saved = readFileSync(markdownFile, 'utf8');
    for (const expected of [
      '# Briefing — Tuesday 11 June 2030',
      '## 09:00–09:30 · Product sync',
      '### Ada Lovelace — CTO @ Acme',
      '## 17:00–18:00 · Call with Linus (1 h) — now',
      '## Declined',
    ]) {
      expect(saved).toContain(expected);
    }

    const pdfFile = path.join(dataDir, 'briefing.pdf');
    harness.answerNextPathDialog(pdfFile);
    await toolbar.getByRole('button', { name: 'Print / PDF…' }).click();
    await expect
      .poll(() => toolbar.getByRole('status').textContent())
      .toBe(`Saved PDF to ${pdfFile}`);
    expect(harness.printRequests).toEqual([{ defaultName: `briefing-${DAY}.pdf` }]);
  });

  it('prints without the app around it', async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByRole('toolbar', { name: 'Export' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Previous day' }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /^(Log|Open) notes/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.locator('textarea:visible').count()).toBe(0);
    // The prep notes are on paper as text.
    expect(await meeting('Planning').locator('.prep-print').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(
      /rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/,
    );
    const breakInside = await meeting('Product sync').evaluate(
      (element) => getComputedStyle(element).breakInside,
    );
    expect(breakInside).toBe('avoid');
    await screenshot(page, 'briefing-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('is the home screen, also from the keyboard', async () => {
    await page.keyboard.press('Control+1');
    await expect.poll(() => page.getByRole('listbox', { name: 'People' }).count()).toBe(1);
    await page.keyboard.press('Control+b');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    expect(await nav.getByRole('button').first().textContent()).toContain('Briefing');
    expect(errors).toEqual([]);
  });
});
