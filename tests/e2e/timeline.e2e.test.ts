import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRef } from '../../shared/domain/person';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';

// The history is seeded through the core (120 interactions would take minutes to type); all
// that is under test is then done through the page, and the core is read to check what it did.

const OLDER = 116;
const HOUR = 60 * 60 * 1000;

let browser: Browser;
let dataDir: string;
let harness: Harness;
let rpc: Rpc;
let ada: PersonRef;
let grace: PersonRef;
const ids = { review: '', phone: '', email: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-timeline-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  rpc = coreRpc(harness);

  ada = await rpc('people.create', { displayName: 'Ada Lovelace' });
  grace = await rpc('people.create', { displayName: 'Grace Hopper' });
  // A birthday 17 days from today, so the coming-dates line has a known wording.
  const birthday = new Date();
  birthday.setDate(birthday.getDate() + 17);
  await rpc('people.update', {
    id: ada.id,
    patch: {
      dates: [
        { kind: 'birthday', label: '', month: birthday.getMonth() + 1, day: birthday.getDate() },
      ],
    },
  });

  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  for (let i = OLDER; i >= 1; i--) {
    await rpc('interactions.create', {
      kind: i % 3 === 0 ? 'call' : 'note',
      occurredAt: at(24 * (i + 2)),
      title: `Catch-up ${String(i).padStart(3, '0')}`,
      body: `Older note number ${i}.`,
      participantIds: [ada.id],
    });
  }
  ids.email = (
    await rpc('interactions.create', {
      kind: 'email',
      occurredAt: at(30),
      title: 'Introductions',
      body: 'Introduced Ada to the team.',
      participantIds: [ada.id],
    })
  ).id;
  ids.phone = (
    await rpc('interactions.create', {
      kind: 'call',
      occurredAt: at(5),
      durationMinutes: 20,
      title: 'Phone catch-up',
      body: 'Short call about the *schedule*.',
      participantIds: [ada.id],
    })
  ).id;
  ids.review = (
    await rpc('interactions.create', {
      kind: 'meeting',
      occurredAt: at(2),
      durationMinutes: 60,
      title: 'Quarterly review',
      location: 'Analytical Engines HQ',
      body: [
        `Went through **the engine** with @[Grace Hopper](person:${grace.id}).`,
        '',
        '- budget',
        '- timeline',
        '',
        '[ ] Send the slides',
        '',
        '<script>window.__owned = true</script>',
        '',
        '<img src="https://tracker.example/pixel.gif" onerror="window.__owned = true">',
        '',
        '![chart](https://tracker.example/chart.png)',
      ].join('\n'),
      participantIds: [ada.id, grace.id],
    })
  ).id;
  await rpc('followUps.create', { title: 'Book the dinner', dueOn: null, personIds: [ada.id] });
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const timelineOf = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const cards = (page: Page) => timelineOf(page).locator('.timeline-card');
const card = (page: Page, title: string) =>
  cards(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function openAda(page: Page): Promise<void> {
  await page.goto(harness.url);
  // The briefing is home; the people list is one click away.
  await page.getByRole('button', { name: /^People/ }).click();
  await page.getByRole('option', { name: /Ada Lovelace/ }).click();
  await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
}

/** Every request the page makes must stay on the harness's own origin. */
function offOrigin(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(harness.url) && !request.url().startsWith('data:')) {
      requests.push(request.url());
    }
  });
  return requests;
}

async function titles(page: Page, count: number): Promise<string[]> {
  return (await cards(page).locator('h3').allTextContents()).slice(0, count);
}

async function exists(id: string): Promise<boolean> {
  try {
    await rpc('interactions.get', { id });
    return true;
  } catch {
    return false;
  }
}

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()}:${element.textContent?.slice(0, 40)}` : '';
  });
}

describe('the timeline on the person page', () => {
  it('shows the history newest first, with dates, safe Markdown and follow-ups', async () => {
    const page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
    const errors = collectPageErrors(page);
    const leaks = offOrigin(page);
    await openAda(page);
    const timeline = timelineOf(page);

    await expect
      .poll(() => timeline.locator('.last-contacted').textContent())
      .toMatch(/^Last contacted (today|yesterday)$/);
    expect(await timeline.getByRole('list', { name: 'Coming up' }).textContent()).toMatch(
      /^Birthday · .+ · in 17 days$/,
    );
    expect(await titles(page, 3)).toEqual(['Quarterly review', 'Phone catch-up', 'Introductions']);
    // The standalone follow-up sits by its date, above the older interactions.
    expect(
      await timeline.getByRole('article', { name: 'Follow-up: Book the dinner' }).count(),
    ).toBe(1);

    const review = card(page, 'Quarterly review');
    expect(await review.locator('.entry-kind').textContent()).toBe('Meeting');
    expect(await review.locator('.card-meta').textContent()).toContain('1 h');
    expect(await review.locator('.card-location').textContent()).toBe('Analytical Engines HQ');
    // Ada herself is not listed among the people she met.
    expect(await review.locator('.card-people').textContent()).toBe('With Grace Hopper');
    expect(await review.locator('.markdown strong').textContent()).toBe('the engine');
    expect(await review.locator('.markdown li').allTextContents()).toEqual(['budget', 'timeline']);
    expect(
      await review.locator('.markdown').getByRole('button', { name: '@Grace Hopper' }).count(),
    ).toBe(1);
    expect(await review.locator('.markdown').textContent()).toContain('[chart]');
    expect(await review.locator('script, img, iframe').count()).toBe(0);
    expect(await page.evaluate(() => '__owned' in window)).toBe(false);

    // Checking off a follow-up shows at once and is stored.
    const slides = review.getByRole('checkbox', { name: 'Send the slides' });
    expect(await slides.isChecked()).toBe(false);
    await slides.check();
    expect(await slides.isChecked()).toBe(true);
    await expect
      .poll(async () => (await rpc('interactions.get', { id: ids.review })).followUps[0]?.doneAt)
      .not.toBeNull();

    await page.evaluate(() => document.querySelector('.detail-pane')?.scrollTo(0, 0));
    await screenshot(page, 'timeline-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'timeline-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Still checked after a reload.
    await openAda(page);
    expect(
      await card(page, 'Quarterly review')
        .getByRole('checkbox', { name: 'Send the slides' })
        .isChecked(),
    ).toBe(true);

    // A participant opens their own dossier.
    await card(page, 'Quarterly review')
      .locator('.card-people')
      .getByRole('button', { name: 'Grace Hopper' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Grace Hopper', exact: true }).count())
      .toBe(1);
    await expect.poll(() => titles(page, 1)).toEqual(['Quarterly review']);

    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes after asking, and undoes, by mouse and by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await openAda(page);
    const timeline = timelineOf(page);

    // By mouse: Delete asks first; Cancel keeps the interaction.
    await card(page, 'Phone catch-up').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this interaction?' });
    expect(await dialog.textContent()).toContain('The call “Phone catch-up”');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await titles(page, 2)).toEqual(['Quarterly review', 'Phone catch-up']);

    await card(page, 'Phone catch-up').getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const undoRow = timeline.getByRole('article', { name: 'Deleted interaction' });
    await expect.poll(() => undoRow.textContent()).toContain('Interaction deleted');
    expect(await titles(page, 2)).toEqual(['Quarterly review', 'Introductions']);
    await expect.poll(() => exists(ids.phone)).toBe(false);
    await screenshot(page, 'timeline-undo');
    await undoRow.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(page, 2)).toEqual(['Quarterly review', 'Phone catch-up']);
    expect(await undoRow.count()).toBe(0);
    expect(await exists(ids.phone)).toBe(true);

    // By keyboard: Delete on a focused card asks, Escape cancels, Enter confirms, and the
    // undo offer takes focus; Ctrl+Z brings the interaction back.
    const phone = card(page, 'Phone catch-up');
    await phone.focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await exists(ids.phone)).toBe(true);
    await phone.focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => exists(ids.phone)).toBe(false);
    await expect.poll(() => focused(page)).toBe('button:Undo');
    await page.keyboard.press('Control+z');
    await expect.poll(() => titles(page, 2)).toEqual(['Quarterly review', 'Phone catch-up']);
    expect(await exists(ids.phone)).toBe(true);
    await expect.poll(() => focused(page)).toMatch(/^article:/);

    // The cards are reachable with Tab, and Page Down moves from one to the next.
    await card(page, 'Quarterly review').focus();
    await page.keyboard.press('PageDown');
    expect(await phone.evaluate((el) => el === document.activeElement)).toBe(true);

    // Without undo the delete stands, with the interaction's follow-ups.
    await phone.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => focused(page)).toBe('button:Undo');
    // The offer waits while it is focused or pointed at, then goes after ten seconds.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Tab');
    await expect.poll(() => undoRow.count(), { timeout: 20_000 }).toBe(0);
    expect(await exists(ids.phone)).toBe(false);
    expect(await titles(page, 2)).toEqual(['Quarterly review', 'Introductions']);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads older pages as the list is scrolled, newest first throughout', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await openAda(page);
    const first = await cards(page).count();
    expect(first).toBeLessThan(40);

    const total = OLDER + 2; // the review and the introductions; the phone call was deleted
    const end = timelineOf(page).locator('.timeline-end');
    await expect
      .poll(
        async () => {
          await end.scrollIntoViewIfNeeded();
          return cards(page).count();
        },
        { timeout: 20_000 },
      )
      .toBe(total);
    expect(await end.textContent()).toBe('Start of the timeline');
    const times = await cards(page)
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());
    expect((await titles(page, total)).at(-1)).toBe(`Catch-up ${String(OLDER).padStart(3, '0')}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs a note from the timeline and shows it at once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await openAda(page);
    await timelineOf(page).getByRole('button', { name: 'Log a note' }).click();
    const capture = page.getByRole('dialog', { name: 'Quick capture' });
    await expect.poll(() => capture.count()).toBe(1);
    const note: Locator = capture.getByLabel('Note', { exact: true });
    await note.fill('Called about the **new** design.');
    await note.press('Control+Enter');
    await expect.poll(() => capture.count()).toBe(0);
    await expect
      .poll(() => cards(page).first().locator('.markdown').textContent())
      .toBe('Called about the new design.');
    expect(await cards(page).first().locator('.markdown strong').textContent()).toBe('new');

    // Edit opens the same interaction in quick capture.
    await cards(page).first().getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => capture.count()).toBe(1);
    await expect
      .poll(() => capture.getByLabel('Note', { exact: true }).inputValue())
      .toBe('Called about the **new** design.');
    await page.keyboard.press('Escape');
    await expect.poll(() => capture.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
