import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRef } from '../../shared/domain/person';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { coreRpc, type Rpc } from './harness/coreRpc';
import { startHarness, type Harness } from './harness/harnessServer';

// People are seeded through the core; "Me", the calendar folder and everything about the
// agenda are then done through the page, and the core is read to check what it stored.

const DAY = '2030-06-11'; // a Tuesday
const ME = 'morgan@farley.example';

let browser: Browser;
let dataDir: string;
let calendarDir: string;
let harness: Harness;
let page: Page;
let errors: string[];
let rpc: Rpc;
let samAtAcme: PersonRef;
let samAtGlobex: PersonRef;
let grace: PersonRef;

/** One VEVENT in its own file, as vdirsyncer keeps them. */
function event(file: string, lines: string[]): void {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Farley tests//EN', ...lines];
  writeFileSync(path.join(calendarDir, file), [...text, 'END:VCALENDAR', ''].join('\r\n'));
}

function writeCalendarFolder(): void {
  calendarDir = path.join(dataDir, 'work-calendar');
  mkdirSync(calendarDir);
  const at = (time: string) => `;TZID=Europe/Berlin:20300611T${time}00`;
  event('standup.ics', [
    'BEGIN:VEVENT',
    'UID:standup@test',
    'DTSTAMP:20300101T000000Z',
    `DTSTART${at('0900')}`,
    `DTEND${at('0915')}`,
    'SUMMARY:Daily stand-up',
    'LOCATION:https://meet.example.com/standup',
    'ORGANIZER;CN=Ada Lovelace:mailto:ada@acme.example',
    'ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@acme.example',
    'ATTENDEE;CN=Grace Hopper;PARTSTAT=TENTATIVE:mailto:grace@navy.example',
    `ATTENDEE;CN=Morgan Reed;PARTSTAT=ACCEPTED:mailto:${ME}`,
    'END:VEVENT',
  ]);
  event('review.ics', [
    'BEGIN:VEVENT',
    'UID:review@test',
    'DTSTAMP:20300101T000000Z',
    `DTSTART${at('1100')}`,
    `DTEND${at('1230')}`,
    'SUMMARY:Design review',
    'LOCATION:Room 4.01\\, Acme HQ',
    'DESCRIPTION:Agenda: the new onboarding flow.\\nDial in: https://zoom.us/j/123456',
    'ORGANIZER;CN=Ada Lovelace:mailto:ada@acme.example',
    'ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@acme.example',
    'ATTENDEE;CN=Bob Nguyen;PARTSTAT=NEEDS-ACTION:mailto:bob@acme.example',
    'ATTENDEE;CN=Sam Taylor;PARTSTAT=DECLINED:mailto:sam.t@mail.example',
    'ATTENDEE;CUTYPE=ROOM;CN=Room 4.01;PARTSTAT=ACCEPTED:mailto:room401@acme.example',
    `ATTENDEE;CN=Morgan Reed;PARTSTAT=TENTATIVE:mailto:${ME}`,
    'END:VEVENT',
  ]);
  event('lunch.ics', [
    'BEGIN:VEVENT',
    'UID:lunch@test',
    'DTSTAMP:20300101T000000Z',
    `DTSTART${at('1300')}`,
    `DTEND${at('1400')}`,
    'SUMMARY:Lunch with Grace',
    'LOCATION:Café Central',
    'ORGANIZER;CN=Grace H.:mailto:grace.hopper@home.example',
    'ATTENDEE;CN=Grace H.;PARTSTAT=ACCEPTED:mailto:grace.hopper@home.example',
    `ATTENDEE;CN=Morgan Reed;PARTSTAT=DECLINED:mailto:${ME}`,
    'END:VEVENT',
  ]);
  event('offsite.ics', [
    'BEGIN:VEVENT',
    'UID:offsite@test',
    'DTSTAMP:20300101T000000Z',
    'DTSTART;VALUE=DATE:20300610',
    'DTEND;VALUE=DATE:20300613',
    'SUMMARY:Team offsite',
    'END:VEVENT',
  ]);
  // One good event and one without a start: the file loads, with a warning naming the line.
  event('budget.ics', [
    'BEGIN:VEVENT',
    'UID:budget@test',
    'DTSTAMP:20300101T000000Z',
    `DTSTART${at('1600')}`,
    `DTEND${at('1630')}`,
    'SUMMARY:Budget check',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:broken@test',
    'DTSTAMP:20300101T000000Z',
    'DTSTART:not-a-date',
    'SUMMARY:Broken',
    'END:VEVENT',
  ]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-agenda-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  rpc = coreRpc(harness);

  const acme = await rpc('organizations.create', { name: 'Acme', domains: ['acme.example'] });
  const globex = await rpc('organizations.create', { name: 'Globex', domains: ['globex.example'] });
  const role = (organizationId: string, title: string) => ({
    organizationId,
    title,
    startDate: null,
    endDate: null,
    current: true,
  });
  await rpc('people.create', { displayName: 'Ada Lovelace', email: 'ada@acme.example' });
  grace = await rpc('people.create', { displayName: 'Grace Hopper' });
  samAtAcme = await rpc('people.create', { displayName: 'Sam Taylor', email: 'sam@acme.example' });
  await rpc('people.update', { id: samAtAcme.id, patch: { roles: [role(acme.id, 'Designer')] } });
  samAtGlobex = await rpc('people.create', {
    displayName: 'Sam Taylor',
    email: 'sam@globex.example',
  });
  await rpc('people.update', {
    id: samAtGlobex.id,
    patch: { roles: [role(globex.id, 'Engineer')] },
  });
  writeCalendarFolder();

  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = collectPageErrors(page);
  await page.goto(harness.url);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const meeting = (title: string) => page.getByRole('article', { name: title, exact: true });
const attendee = (scope: Locator, name: string) =>
  scope.getByRole('listitem', { name, exact: true });
const settingsSection = (name: string) => page.getByRole('region', { name, exact: true });

async function both(name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the agenda', () => {
  it('sends a user without calendars to Settings', async () => {
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await expect
      .poll(() => page.getByText('No calendars yet — add one in Settings').count())
      .toBe(1);
    await screenshot(page, 'agenda-no-calendars');
    await page.getByRole('button', { name: 'Add a calendar in Settings' }).click();
    await expect.poll(() => heading('Settings').count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Add .ics file…');
  });

  it('saves "Me" as it is typed, with the server’s word on a bad address', async () => {
    const me = settingsSection('Me');
    await me.getByLabel('Name', { exact: true }).fill('Morgan Reed');

    const addEmail = me.getByLabel('Add to email addresses');
    await addEmail.fill('not-an-email');
    await addEmail.press('Enter');
    await expect
      .poll(() => me.getByRole('alert').textContent())
      .toBe('not-an-email: This is not a valid email address');
    await addEmail.fill(ME);
    await addEmail.press('Enter');
    await expect.poll(() => me.getByRole('button', { name: `Remove ${ME}` }).count()).toBe(1);
    expect(await me.getByRole('alert').count()).toBe(0);

    const zone = me.getByRole('combobox', { name: 'Time zone' });
    expect(await zone.inputValue()).toMatch(/^Follow the system \(/);
    await zone.click();
    await expect
      .poll(() => me.getByRole('option').first().textContent())
      .toMatch(/^Follow the system/);
    await zone.pressSequentially('berlin');
    await expect.poll(() => me.getByRole('option').first().textContent()).toMatch(/Europe\/Berlin/);
    await zone.press('Enter');
    await expect.poll(() => zone.inputValue()).toBe('Europe/Berlin');

    await expect
      .poll(() => rpc('me.get', {}))
      .toEqual({
        name: 'Morgan Reed',
        emails: [ME],
        timeZone: 'Europe/Berlin',
        timeZoneIsDefault: false,
      });
  });

  it('adds a calendar folder with the system dialog and shows what could not be read', async () => {
    const calendars = settingsSection('Calendars');

    // A typed path that does not exist is refused beside the field.
    const pathField = calendars.getByLabel('Or type the path of an .ics file or folder');
    await pathField.fill(path.join(dataDir, 'nowhere'));
    await pathField.press('Enter');
    await expect.poll(() => calendars.getByRole('alert').textContent()).toContain('does not exist');
    expect(await pathField.getAttribute('aria-invalid')).toBe('true');

    harness.answerNextPathDialog(calendarDir);
    await calendars.getByRole('button', { name: 'Add folder…' }).click();
    await expect
      .poll(() => calendars.getByRole('status').last().textContent())
      .toBe('Added “work-calendar”: 5 events.');

    const source = calendars.getByRole('listitem', { name: 'work-calendar', exact: true });
    expect(await source.textContent()).toContain(calendarDir);
    expect(await source.textContent()).toContain('1 warning');
    await source.getByRole('button', { name: 'Show details' }).click();
    await expect
      .poll(() => source.locator('.source-message.warning').textContent())
      .toMatch(/^line \d+: /);
    expect(await source.locator('.source-files').textContent()).toContain('budget.ics');
    await both('settings');
  });

  it('shows the chosen day with everyone matched to their dossier', async () => {
    await page.keyboard.press('Control+4');
    const date = page.getByLabel('Date', { exact: true });
    await expect.poll(() => date.count()).toBe(1);
    await date.fill(DAY);
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
    await expect.poll(() => meeting('Design review').count()).toBe(1);

    const titles = await page.locator('.meeting-title').allTextContents();
    expect(titles).toEqual(['Daily stand-up', 'Design review', 'Lunch with Grace', 'Budget check']);
    const allDay = page.getByRole('region', { name: 'All day' });
    expect(await allDay.textContent()).toContain('Team offsite');
    expect(await allDay.textContent()).toContain('Day 2 of 3');

    const standup = meeting('Daily stand-up');
    expect(await standup.locator('.meeting-start').textContent()).toBe('9:00 AM');
    expect(await standup.locator('.meeting-duration').textContent()).toBe('15 min');
    expect(await standup.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://meet.example.com/standup',
    );
    const ada = attendee(standup, 'Ada Lovelace');
    expect(await ada.getByRole('button', { name: 'Ada Lovelace' }).count()).toBe(1);
    expect(await ada.textContent()).toContain('organizer');
    // Matched by name; their answer is shown discreetly. The user is not listed.
    expect(await attendee(standup, 'Grace Hopper').textContent()).toContain('maybe');
    expect(await standup.textContent()).not.toContain('Morgan');

    const review = meeting('Design review');
    expect(await review.textContent()).toContain('You said maybe');
    expect(await review.textContent()).toContain('Room 4.01, Acme HQ');
    expect(await review.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://zoom.us/j/123456',
    );
    expect(await review.textContent()).not.toContain('room401');
    expect(await attendee(review, 'Sam Taylor').textContent()).toContain('declined');

    const lunch = meeting('Lunch with Grace');
    expect(await lunch.getAttribute('class')).toContain('declined');
    expect(await lunch.textContent()).toContain('You declined');
    await both('agenda-day');
  });

  it('creates a dossier for an unknown attendee, and links an ambiguous and an unknown one', async () => {
    const review = meeting('Design review');

    // Unknown: a dossier from the invite, at the organization of the email's domain.
    const bob = attendee(review, 'Bob Nguyen');
    expect(await bob.textContent()).toContain('bob@acme.example');
    await bob.getByRole('button', { name: 'Create dossier' }).click();
    await expect.poll(() => bob.getByRole('button', { name: 'Bob Nguyen' }).count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Bob Nguyen');
    const [created] = await rpc('people.list', { query: 'Bob Nguyen' });
    expect(created?.primaryEmail).toBe('bob@acme.example');
    expect(created?.headline).toContain('Acme');

    // Ambiguous: two Sam Taylors, told apart by their roles; choosing remembers the address.
    const sam = attendee(review, 'Sam Taylor');
    await expect.poll(() => sam.textContent()).toContain('Could be');
    await expect
      .poll(() => sam.getByRole('button', { name: 'Sam Taylor (Designer @ Acme)' }).count())
      .toBe(1);
    expect(await sam.getByRole('button', { name: 'Sam Taylor (Engineer @ Globex)' }).count()).toBe(
      1,
    );
    await sam.getByRole('button', { name: 'Sam Taylor (Designer @ Acme)' }).click();
    await expect.poll(() => sam.getByRole('button', { name: 'Sam Taylor' }).count()).toBe(1);
    expect(await sam.textContent()).not.toContain('Could be');
    const chosen = await rpc('people.get', { id: samAtAcme.id });
    expect(chosen.emails.map((e) => e.address)).toContain('sam.t@mail.example');
    const other = await rpc('people.get', { id: samAtGlobex.id });
    expect(other.emails.map((e) => e.address)).not.toContain('sam.t@mail.example');

    // Unknown, but someone we know: "Link to…" with a type-ahead.
    const lunch = meeting('Lunch with Grace');
    const graceAtHome = attendee(lunch, 'Grace H.');
    await graceAtHome.getByRole('button', { name: 'Link to…' }).click();
    const picker = graceAtHome.getByRole('combobox', {
      name: 'Person to link grace.hopper@home.example to',
    });
    await picker.pressSequentially('Grace');
    await expect
      .poll(() => graceAtHome.getByRole('option').first().textContent())
      .toContain('Grace Hopper');
    await screenshot(page, 'agenda-link-picker');
    await picker.press('Enter');
    // Known now, under the dossier's name.
    await expect
      .poll(() =>
        attendee(lunch, 'Grace Hopper').getByRole('button', { name: 'Grace Hopper' }).count(),
      )
      .toBe(1);
    const linked = await rpc('people.get', { id: grace.id });
    expect(linked.emails.map((e) => e.address)).toEqual(['grace.hopper@home.example']);
    await both('agenda-resolved');

    // A matched name opens the dossier; Back returns to the same day.
    await bob.getByRole('button', { name: 'Bob Nguyen' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Bob Nguyen', exact: true }).count())
      .toBeGreaterThan(0);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
  });

  it('moves through days and weeks from the keyboard', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(/June 12, 2030/).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByText('No meetings on Thursday, June 13, 2030').count())
      .toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);

    await page.keyboard.press('w');
    await expect.poll(() => heading(/^Week of /).count()).toBe(1);
    const tuesday = page.getByRole('region', { name: 'Tuesday, June 11, 2030' });
    await expect.poll(() => tuesday.getByRole('button', { name: /Design review/ }).count()).toBe(1);
    expect(await tuesday.textContent()).toContain('Lunch with Grace');
    await both('agenda-week');
    await tuesday.getByRole('button', { name: /Design review/ }).click();
    await expect.poll(() => heading(/June 11, 2030/).count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
      .toBeTruthy();
    expect(
      await page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent),
    ).toBe('Design review');

    await page.keyboard.press('t');
    await expect.poll(() => page.locator('.agenda-near').textContent()).toBe('Today');
  });

  it('removes a calendar after asking, leaving its files alone', async () => {
    await page.keyboard.press('Control+,');
    const calendars = settingsSection('Calendars');
    const source = calendars.getByRole('listitem', { name: 'work-calendar', exact: true });
    await source.getByRole('button', { name: 'Remove', exact: true }).click();
    const confirm = source.getByRole('group', { name: 'Remove work-calendar?' });
    expect(await confirm.textContent()).toContain('not touched');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect(await rpc('calendars.list', {})).toHaveLength(1);

    await source.getByRole('button', { name: 'Remove', exact: true }).click();
    await source.getByRole('button', { name: 'Remove calendar' }).click();
    await expect.poll(() => calendars.getByRole('listitem').count()).toBe(0);
    expect(await rpc('calendars.list', {})).toEqual([]);
    expect(existsSync(path.join(calendarDir, 'review.ics'))).toBe(true);

    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await expect
      .poll(() => page.getByText('No calendars yet — add one in Settings').count())
      .toBe(1);
    expect(errors).toEqual([]);
  });
});
