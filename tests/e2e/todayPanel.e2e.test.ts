import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, RENDERER_DIR, screenshot, openClockedPage } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';
import { DAY, NOW, ZONE } from './seeds/briefingSeed';
import { seedTodayWorld, type TodayWorld } from './seeds/todaySeed';

// The briefing's world seen on Tuesday 2030-06-11 at 17:30 in Berlin, with the Today panel
// beside it: follow-ups due, six people to reach out to, two birthdays, one going cold.

let browser: Browser;
let dataDir: string;
let harness: Harness;
let page: Page;
let errors: string[];
let coreNow = Date.parse('2030-05-01T10:00:00.000Z');
let rpc: Rpc;
let world: TodayWorld;
/** The calls the page made, in order: "asked briefing.day", "answered briefing.day", … */
const calls: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-today-'));
  harness = await startHarness({
    dataDir,
    appVersion: 'test',
    rendererDir: RENDERER_DIR,
    clock: () => new Date(coreNow),
    systemTimeZone: () => ZONE,
  });
  rpc = coreRpc(harness);
  world = await seedTodayWorld(rpc, dataDir, (ms) => {
    coreNow = ms;
  });
  ({ page, errors } = await openClockedPage(browser, { zone: ZONE, now: NOW }));
  const callOf = (url: string) => decodeURIComponent(url.split('/__harness/call/')[1] ?? '');
  page.on('request', (r) => callOf(r.url()) && calls.push(`asked ${callOf(r.url())}`));
  page.on('requestfinished', (r) => callOf(r.url()) && calls.push(`answered ${callOf(r.url())}`));
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const panel = () => page.getByRole('complementary', { name: 'Today' });
const group = (name: string) => panel().getByRole('list', { name, exact: true });
const texts = async (list: Locator) =>
  (await list.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
const meeting = (title: string) => page.getByRole('article', { name: title, exact: true });
const dossier = (scope: Locator, name: string) =>
  scope.getByRole('list', { name: 'People you know' }).getByRole('listitem', { name, exact: true });
const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('the Today panel', () => {
  it('shows what is due beside today’s briefing, each group with its heading', async () => {
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
    await expect.poll(() => group('Follow-ups due').count()).toBe(1);

    // The briefing paints first: the panel is asked for only once the day is in.
    expect(calls.indexOf('asked insights.today')).toBeGreaterThan(
      calls.indexOf('answered briefing.day'),
    );
    expect(calls.indexOf('answered briefing.day')).toBeGreaterThanOrEqual(0);

    for (const name of ['Follow-ups due', 'Reach out', 'Birthdays this week', 'Going cold'])
      expect(await panel().getByRole('heading', { level: 3, name }).count()).toBe(1);

    expect(await texts(group('Follow-ups due'))).toEqual([
      'Send Ada the deck 6 days overdue Ada Lovelace',
      'Call Grace about the launch due today Grace Hopper',
    ]);
    const reachOut = await texts(group('Reach out'));
    expect(reachOut.map((t) => t.split(' monthly')[0])).toEqual([
      'Linus Torvalds',
      'Mina Park',
      'Noor Aziz',
      'Olu Ade',
      'Pia Berg',
    ]);
    expect(reachOut[0]).toContain('never in touch yet');
    expect(
      await panel().getByRole('button', { name: 'and 1 more: everyone to reach out to' }).count(),
    ).toBe(1);
    expect(await texts(group('Birthdays this week'))).toEqual([
      'Grace Hopper Birthday today',
      'Ada Lovelace Birthday in 2 days (Thu, Jun 13), turns 40',
    ]);
    const cold = await texts(group('Going cold'));
    expect(cold).toHaveLength(1);
    expect(cold[0]).toMatch(
      /^Katherine Johnson 5 contacts in the 6 months before; nothing for 71 days$/,
    );
  });

  it('stands beside the day on a wide window and below it on a narrow one', async () => {
    const main = page.locator('.brief-day-column');
    const wide = { day: await main.boundingBox(), panel: await panel().boundingBox() };
    expect(wide.panel && wide.day && wide.panel.x >= wide.day.x + wide.day.width).toBe(true);
    expect(wide.panel && wide.day && Math.abs(wide.panel.y - wide.day.y) < 40).toBe(true);

    await page.setViewportSize({ width: 1000, height: 1000 });
    const narrow = { day: await main.boundingBox(), panel: await panel().boundingBox() };
    expect(narrow.panel && narrow.day && narrow.panel.y >= narrow.day.y + narrow.day.height).toBe(
      true,
    );
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('puts a warmth badge beside each attendee, its sentence as its name', async () => {
    const briefing = await rpc('briefing.day', { date: DAY });
    const sync = briefing.meetings.find((m) => m.title === 'Product sync');
    const ada = sync?.attendees.find((a) => a.personId === world.people.ada.id)?.dossier?.warmth;
    expect(ada?.score).toBeGreaterThan(0);
    expect(ada?.explanation).toMatch(/ in 90 days, last /);

    const adaBadge = dossier(meeting('Product sync'), 'Ada Lovelace').getByRole('img', {
      name: /^Warmth /,
    });
    expect(await adaBadge.getAttribute('aria-label')).toBe(
      `Warmth ${ada?.score}: ${ada?.explanation}`,
    );
    expect(await adaBadge.getAttribute('title')).toBe(`Warmth ${ada?.score}: ${ada?.explanation}`);
    expect(await adaBadge.textContent()).toBe(String(ada?.score));
    const linus = dossier(meeting('Call with Linus'), 'Linus Torvalds');
    expect(await linus.getByRole('img', { name: 'Warmth 0: No contact yet' }).count()).toBe(1);
    // Every known attendee of every meeting has one.
    const cards = page.locator('.brief-person');
    const badges = page.locator('.brief-person .brief-warmth');
    expect(await badges.count()).toBe(await cards.count());

    const height = await page.locator('.briefing').evaluate((element) => element.scrollHeight);
    await page.setViewportSize({ width: 1280, height: height + 8 });
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'briefing-today');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'briefing-today-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('checks off a follow-up in place, and takes it back with Undo', async () => {
    const deck = panel().getByRole('checkbox', { name: 'Check off: Send Ada the deck' });
    await deck.click();
    await expect
      .poll(() => texts(group('Follow-ups due')))
      .toEqual(['Call Grace about the launch due today Grace Hopper']);
    const status = panel().getByRole('status').first();
    expect(await status.textContent()).toContain('Checked off “Send Ada the deck”.');
    const stored = await rpc('followUps.list', { today: DAY });
    expect(stored.done.map((f) => f.title)).toEqual(['Send Ada the deck']);
    // The briefing is asked again: Ada's file no longer lists it.
    const adaCard = dossier(meeting('Product sync'), 'Ada Lovelace');
    await expect.poll(() => adaCard.textContent()).not.toContain('Send Ada the deck');

    await panel().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => texts(group('Follow-ups due'))).toHaveLength(2);
    await expect.poll(() => adaCard.textContent()).toContain('Send Ada the deck');

    // From the keyboard: Space checks it off and the focus goes on to the next one.
    await panel().getByRole('checkbox', { name: 'Check off: Send Ada the deck' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => texts(group('Follow-ups due'))).toHaveLength(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Check off: Call Grace about the launch',
    );
    expect((await rpc('followUps.list', { today: DAY })).done).toHaveLength(1);
  });

  it('opens a dossier from a name, and the lists behind “and N more”', async () => {
    await group('Going cold').getByRole('button', { name: 'Katherine Johnson' }).click();
    await expect
      .poll(() => page.getByRole('article', { name: 'Dossier of Katherine Johnson' }).count())
      .toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => group('Birthdays this week').count()).toBe(1);

    await group('Birthdays this week').getByRole('button', { name: 'Ada Lovelace' }).click();
    await expect
      .poll(() => page.getByRole('article', { name: 'Dossier of Ada Lovelace' }).count())
      .toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');

    await panel().getByRole('button', { name: 'and 1 more: everyone to reach out to' }).click();
    await expect.poll(() => heading('Reach out').count()).toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => group('Reach out').count()).toBe(1);
  });

  it('moves between its names with ↑ and ↓', async () => {
    const first = group('Follow-ups due').getByRole('checkbox').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Grace Hopper');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Linus Torvalds');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('article', { name: 'Dossier of Grace Hopper' }).count())
      .toBe(1);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => group('Reach out').count()).toBe(1);
  });

  it('is asked again after a capture: someone just spoken to leaves Reach out', async () => {
    const call = meeting('Call with Linus');
    await call.getByRole('button', { name: 'Log notes for Call with Linus' }).click();
    const capture = page.getByRole('dialog', { name: 'Quick capture' });
    await expect.poll(() => capture.count()).toBe(1);
    await capture.getByRole('textbox', { name: 'Note' }).fill('Kernel roadmap, next steps.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => capture.count()).toBe(0);
    await expect
      .poll(async () => (await texts(group('Reach out'))).map((t) => t.split(' monthly')[0]))
      .toEqual(['Mina Park', 'Noor Aziz', 'Olu Ade', 'Pia Berg', 'Quinn Roy']);
    expect(
      await panel()
        .getByRole('button', { name: /more: everyone to reach out to/ })
        .count(),
    ).toBe(0);
  });

  it('says what went wrong when it cannot be read or a check-off is refused', async () => {
    const refuse = (message: string) => ({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'internal', message } }),
    });
    await page.route('**/__harness/call/insights.today', (route) =>
      route.fulfill(refuse('The store is busy')),
    );
    await page.reload();
    const alert = panel().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The store is busy');
    await page.unroute('**/__harness/call/insights.today');
    await panel().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => group('Follow-ups due').count()).toBe(1);
    expect(await panel().getByRole('alert').count()).toBe(0);

    await page.route('**/__harness/call/followUps.update', (route) =>
      route.fulfill(refuse('The disk is full')),
    );
    await panel().getByRole('checkbox', { name: 'Check off: Call Grace about the launch' }).click();
    await expect
      .poll(() => panel().getByRole('alert').textContent())
      .toContain('Could not check off “Call Grace about the launch”: The disk is full');
    // Asked again: it is still open, so it is back.
    await expect
      .poll(() => texts(group('Follow-ups due')))
      .toEqual(['Call Grace about the launch due today Grace Hopper']);
    await page.unroute('**/__harness/call/followUps.update');
    await panel().getByRole('button', { name: 'Dismiss' }).click();
    expect(await panel().getByRole('alert').count()).toBe(0);
  });

  it('is shown with today only', async () => {
    await blur();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(/June 12, 2030/).count()).toBe(1);
    expect(await panel().count()).toBe(0);
    await page.keyboard.press('t');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
    await expect.poll(() => panel().count()).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await panel().isVisible()).toBe(false);
    const badge = page.locator('.brief-person .brief-warmth').first();
    expect(await badge.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
