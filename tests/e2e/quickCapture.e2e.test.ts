import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { PersonRef } from '../../shared/domain/person';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { collectPageErrors, launchBrowser, RENDERER_DIR, screenshot } from './harness/browser';
import { startHarness, type Harness } from './harness/harnessServer';

let browser: Browser;
let dataDir: string;
let harness: Harness;
let rpc: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
const people: Record<'ada' | 'grace' | 'alan', PersonRef> = {
  ada: { id: '', displayName: '' },
  grace: { id: '', displayName: '' },
  alan: { id: '', displayName: '' },
};

/** A local date `days` from today, as the app computes "today". */
function localDay(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'farley-e2e-capture-'));
  harness = await startHarness({ dataDir, appVersion: 'test', rendererDir: RENDERER_DIR });
  const dispatch = createDispatcher(createHandlers(harness.core), {
    onUnexpectedError: (name, error) => console.error(`[seed] ${name} failed`, error),
  });
  rpc = async (name, input) => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as never;
  };
  for (const [key, displayName, email] of [
    ['ada', 'Ada Lovelace', 'ada@analytical.engine'],
    ['grace', 'Grace Hopper', 'grace@navy.example'],
    ['alan', 'Alan Turing', 'alan@bletchley.example'],
  ] as const) {
    const person = await rpc('people.create', { displayName, email });
    people[key] = { id: person.id, displayName: person.displayName };
  }
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openApp(colorScheme: 'light' | 'dark' = 'light'): Promise<{
  page: Page;
  errors: string[];
}> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
  await page.emulateMedia({ colorScheme });
  const errors = collectPageErrors(page);
  await page.goto(harness.url);
  await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).count()).toBe(1);
  return { page, errors };
}

const captureOf = (page: Page) => page.getByRole('dialog', { name: 'Quick capture' });
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function openCapture(page: Page) {
  await page.keyboard.press('Control+L');
  const capture = captureOf(page);
  await expect.poll(() => capture.count()).toBe(1);
  // Opens with the caret in the note, ready to type.
  await expect.poll(() => focusedLabel(page)).toBe('Note');
  return capture;
}

describe('quick capture and follow-ups', () => {
  it('logs a call with two people and a follow-up, then checks it off from Follow-ups', async () => {
    const { page, errors } = await openApp();
    const capture = await openCapture(page);

    await capture.getByRole('radio', { name: 'Call', exact: true }).click();
    expect(
      await capture.getByRole('radio', { name: 'Call', exact: true }).getAttribute('aria-checked'),
    ).toBe('true');

    // One person by type-ahead: Enter takes the best match even before the list shows.
    const peopleInput = capture.getByRole('combobox', { name: 'People' });
    await peopleInput.fill('lovel');
    await peopleInput.press('Enter');
    await expect
      .poll(() => capture.getByRole('button', { name: 'Remove Ada Lovelace' }).count())
      .toBe(1);

    // Someone unknown can be created from the picker; Backspace takes the last chip off again.
    await peopleInput.fill('Linus Torvalds');
    const create = capture.getByRole('option', { name: 'Create “Linus Torvalds”' });
    await expect.poll(() => create.count()).toBe(1);
    await peopleInput.press('ArrowDown');
    await peopleInput.press('Enter');
    await expect
      .poll(() => capture.getByRole('button', { name: 'Remove Linus Torvalds' }).count())
      .toBe(1);
    expect((await rpc('people.list', { query: 'Linus' })).map((p) => p.displayName)).toEqual([
      'Linus Torvalds',
    ]);
    await peopleInput.press('Backspace');
    await expect
      .poll(() => capture.getByRole('button', { name: 'Remove Linus Torvalds' }).count())
      .toBe(0);

    // The other by @mention in the note.
    const note = capture.getByRole('textbox', { name: 'Note' });
    await note.focus();
    await page.keyboard.type('Talked to @Gra');
    const suggestion = capture.getByRole('option', { name: /Grace Hopper/ });
    await expect.poll(() => suggestion.count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.type('about the compiler.');
    await page.keyboard.press('Enter');
    await capture.getByRole('button', { name: 'Add follow-up' }).click();
    const due = localDay(2);
    await page.keyboard.type(`Send the COBOL notes by ${due}`);

    expect(await note.inputValue()).toBe(
      `Talked to @[Grace Hopper](person:${people.grace.id}) about the compiler.\n` +
        `[ ] Send the COBOL notes by ${due}`,
    );
    const preview = (label: string) => capture.locator('p, div', { hasText: label }).last();
    await expect.poll(() => preview('Will link:').textContent()).toBe('Will link: Grace Hopper');
    await expect.poll(() => preview('Follow-ups:').textContent()).toContain('Send the COBOL notes');
    await screenshot(page, 'quick-capture');

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => captureOf(page).count()).toBe(0);

    const timeline = await rpc('timeline.forPerson', {
      personId: people.grace.id,
      today: localDay(0),
    });
    const logged = timeline.items.find((item) => item.type === 'interaction');
    expect(logged?.type === 'interaction' && logged.interaction.kind).toBe('call');
    expect(
      logged?.type === 'interaction' && logged.interaction.participants.map((p) => p.displayName),
    ).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await rpc('drafts.list', {})).toEqual([]);

    // The call is on both people's timelines, as the page shows them.
    for (const name of ['Ada Lovelace', 'Grace Hopper']) {
      await page.getByRole('button', { name: /^People/ }).click();
      await page.getByRole('option', { name: new RegExp(name) }).click();
      const timelineSection = page.getByRole('region', { name: 'Timeline' });
      await expect
        .poll(() => timelineSection.getByText('about the compiler', { exact: false }).count())
        .toBeGreaterThan(0);
    }
    await screenshot(page, 'quick-capture-on-timeline');

    // Follow-ups: the new one is upcoming, with both people.
    await page.getByRole('button', { name: /^Follow-ups/ }).click();
    const upcoming = page.getByRole('list', { name: 'Upcoming' });
    await expect.poll(() => upcoming.getByRole('listitem').count()).toBe(1);
    const row = upcoming.getByRole('listitem').first();
    const rowText = await row.textContent();
    expect(rowText).toContain('Send the COBOL notes');
    expect(rowText).toContain('in 2 days');
    expect(rowText).toContain('Ada Lovelace');
    expect(rowText).toContain('Grace Hopper');

    // One added by hand, already late.
    const add = page.getByLabel('Add follow-up', { exact: true });
    await add.fill(`Call Alan back by ${localDay(-2)}`);
    await add.press('Enter');
    const overdue = page.getByRole('list', { name: 'Overdue' });
    await expect.poll(() => overdue.getByRole('listitem').count()).toBe(1);
    expect(await overdue.textContent()).toContain('2 days overdue');
    await screenshot(page, 'follow-ups');

    // Keyboard only: ↓ from the input to the first row, ↓ to the next, X checks it off.
    await add.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('x');
    await expect.poll(() => upcoming.count()).toBe(0);
    await expect
      .poll(async () => (await rpc('followUps.list', { today: localDay(0) })).done.length)
      .toBe(1);
    await page.getByRole('button', { name: /^Done/ }).click();
    const checked = page
      .getByRole('list', { name: 'Done' })
      .getByRole('checkbox', { name: 'Send the COBOL notes' });
    await expect.poll(() => checked.isChecked()).toBe(true);
    await screenshot(page, 'follow-ups-done');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a half-written note through a reload, and discards it only when asked', async () => {
    const { page, errors } = await openApp();
    let capture = await openCapture(page);
    await page.keyboard.type('Half a thought about the merger');
    await expect.poll(() => capture.getByText('Draft saved').count()).toBe(1);
    // Typed just before the reload: saved as the page goes away.
    await page.keyboard.type(', and Ada’s numbers');
    await page.reload();
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).count()).toBe(1);

    capture = await openCapture(page);
    const note = capture.getByRole('textbox', { name: 'Note' });
    expect(await note.inputValue()).toBe('Half a thought about the merger, and Ada’s numbers');
    await expect
      .poll(() => capture.getByText(/^Restored your unfinished note from/).count())
      .toBe(1);
    await screenshot(page, 'quick-capture-restored');

    // Escape closes and keeps it; reopening shows it again.
    await page.keyboard.press('Escape');
    await expect.poll(() => captureOf(page).count()).toBe(0);
    capture = await openCapture(page);
    expect(await note.inputValue()).toBe('Half a thought about the merger, and Ada’s numbers');

    // Discard asks first.
    await capture.getByRole('button', { name: 'Discard', exact: true }).click();
    await capture.getByRole('button', { name: 'Keep it' }).click();
    expect(await note.inputValue()).not.toBe('');
    await capture.getByRole('button', { name: 'Discard', exact: true }).click();
    await capture.getByRole('button', { name: 'Discard note' }).click();
    await expect.poll(() => note.inputValue()).toBe('');
    await expect.poll(async () => (await rpc('drafts.list', {})).length).toBe(0);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows what the server refuses next to the field, and logs once it is fixed', async () => {
    const { page, errors } = await openApp('dark');
    const capture = await openCapture(page);
    await page.keyboard.type('Quick word about the hiring plan');
    const peopleInput = capture.getByRole('combobox', { name: 'People' });
    await peopleInput.fill('Alan');
    await expect.poll(() => capture.getByRole('option', { name: /Alan Turing/ }).count()).toBe(1);
    await peopleInput.press('Enter');

    // No date: caught before asking the core.
    await capture.getByLabel('Date', { exact: true }).fill('');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => capture.getByRole('alert').first().textContent())
      .toBe('Enter the date and time it happened');
    await capture.getByLabel('Date', { exact: true }).fill(localDay(-1));
    await capture.getByLabel('Time', { exact: true }).fill('09:30');

    // Alan is merged into Ada behind the dialog's back: the core refuses participantIds.0.
    await rpc('people.merge', { keepId: people.ada.id, mergeId: people.alan.id });
    await capture.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => capture.getByRole('alert').first().textContent())
      .toBe('One of the people on this interaction no longer exists.');
    expect(await peopleInput.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'quick-capture-refused-dark');

    await capture.getByRole('button', { name: 'Remove Alan Turing' }).click();
    await peopleInput.fill('Ada');
    await peopleInput.press('Enter');
    await expect
      .poll(() => capture.getByRole('button', { name: 'Remove Ada Lovelace' }).count())
      .toBe(1);
    await capture.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => captureOf(page).count()).toBe(0);
    const timeline = await rpc('timeline.forPerson', {
      personId: people.ada.id,
      today: localDay(0),
    });
    const logged = timeline.items.find(
      (item) => item.type === 'interaction' && item.interaction.body.includes('hiring plan'),
    );
    expect(logged).toBeDefined();
    expect(errors).toEqual([]);
    await page.close();
  });
  it('edits a logged interaction, and keeps the changes when closed by accident', async () => {
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    const logged = await rpc('interactions.create', {
      kind: 'meeting',
      occurredAt: yesterday.toISOString(),
      body: 'Discussed the roadmap.',
      participantIds: [people.grace.id],
    });
    const { page, errors } = await openApp();
    // The briefing is home; the people list is one click away.
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('option', { name: /Grace Hopper/ }).click();
    const card = page.locator(`[data-interaction-id="${logged.id}"]`);
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: 'Edit' }).click();

    const capture = captureOf(page);
    const note = capture.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => note.inputValue()).toBe('Discussed the roadmap.');
    await expect.poll(() => focusedLabel(page)).toBe('Note');
    expect(await capture.getByRole('radio', { name: 'Meeting' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(await capture.getByRole('button', { name: 'Remove Grace Hopper' }).count()).toBe(1);

    await page.keyboard.press('Enter');
    await capture.getByRole('button', { name: 'Add follow-up' }).click();
    await page.keyboard.type('Share the roadmap with the team');
    await expect
      .poll(() => capture.locator('div', { hasText: 'New follow-ups:' }).last().textContent())
      .toContain('Share the roadmap with the team');

    // Closed by accident: the edit is still there when the interaction is opened again.
    await page.keyboard.press('Escape');
    await expect.poll(() => captureOf(page).count()).toBe(0);
    await card.getByRole('button', { name: 'Edit' }).click();
    await expect
      .poll(() => capture.getByText(/^Restored your unsaved changes from/).count())
      .toBe(1);
    expect(await note.inputValue()).toBe(
      'Discussed the roadmap.\n[ ] Share the roadmap with the team',
    );
    await screenshot(page, 'quick-capture-edit');

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => captureOf(page).count()).toBe(0);
    const saved = await rpc('interactions.get', { id: logged.id });
    expect(saved.body).toBe('Discussed the roadmap.\n[ ] Share the roadmap with the team');
    const open = await rpc('followUps.list', { today: localDay(0) });
    const added = open.someday.find((f) => f.title === 'Share the roadmap with the team');
    expect(added?.people.map((p) => p.displayName)).toEqual(['Grace Hopper']);
    // Its timeline shows the new text without a reload.
    await expect.poll(() => card.textContent()).toContain('Share the roadmap with the team');

    expect(errors).toEqual([]);
    await page.close();
  });
  it('renames, reschedules, reopens and deletes follow-ups from the keyboard', async () => {
    await rpc('followUps.create', { title: 'Draft the memo', dueOn: localDay(5) });
    const { page, errors } = await openApp();
    await page.getByRole('button', { name: /^Follow-ups/ }).click();
    const upcoming = page.getByRole('list', { name: 'Upcoming' });
    const row = page.getByRole('listitem').filter({ hasText: 'Draft the memo' });
    await expect.poll(() => upcoming.getByText('Draft the memo').count()).toBe(1);
    await row.locator('.fu-title').click();

    // Enter renames.
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Follow-up title');
    await expect.poll(() => title.count()).toBe(1);
    await page.keyboard.type(' for the board');
    await page.keyboard.press('Enter');
    const find = async () => {
      const all = await rpc('followUps.list', { today: localDay(0) });
      return [...all.overdue, ...all.today, ...all.upcoming, ...all.someday, ...all.done].find(
        (f) => f.title.startsWith('Draft the memo'),
      );
    };
    await expect.poll(async () => (await find())?.title).toBe('Draft the memo for the board');

    // D changes the date: due today now, it moves to Today and keeps the focus.
    const rowFocused = () =>
      page.evaluate(() => document.activeElement?.classList.contains('fu-row') ?? false);
    await expect.poll(rowFocused).toBe(true);
    await page.keyboard.press('d');
    const due = page.getByLabel('Due date for “Draft the memo for the board”');
    await due.fill(localDay(0));
    await due.press('Enter');
    const today = page.getByRole('list', { name: 'Today' });
    await expect.poll(() => today.getByText('Draft the memo for the board').count()).toBe(1);
    await expect.poll(async () => (await find())?.dueOn).toBe(localDay(0));
    expect(await today.textContent()).toContain('today');

    // Space checks it off, Undo (Ctrl+Z) brings it back.
    await expect.poll(rowFocused).toBe(true);
    await page.keyboard.press(' ');
    await expect.poll(async () => Boolean((await find())?.doneAt)).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await find())?.doneAt ?? null).toBe(null);
    await expect.poll(() => today.getByText('Draft the memo for the board').count()).toBe(1);

    // Delete asks first.
    await today.getByText('Draft the memo for the board').click();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('group', { name: 'Delete “Draft the memo for the board”?' });
    await expect.poll(() => confirm.count()).toBe(1);
    await screenshot(page, 'follow-ups-delete');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await find()) ?? null).toBe(null);

    expect(errors).toEqual([]);
    await page.close();
  });
});
