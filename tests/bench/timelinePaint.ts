import type { CallOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { launchBrowser, RENDERER_DIR } from '../e2e/harness/browser';
import { startHarness } from '../e2e/harness/harnessServer';

/** Wide enough for the timeline to be the right-hand column, so its first card is in view. */
const VIEWPORT = { width: 1720, height: 1000 };

/**
 * Runs in the page: clicks the person's row and resolves with the milliseconds until the first
 * timeline card has been painted. The clock is the page's `performance.now()`: started just
 * before the click is dispatched, stopped in a task queued from the first animation frame after
 * a card is in the document (that frame's paint has then happened). Timing inside the page
 * keeps Playwright's protocol round trips out of the numbers.
 */
const OPEN_AND_TIME = `async (rowId) => {
  const row = document.getElementById(rowId);
  if (!row) throw new Error('The person is not in the list');
  const card = () => document.querySelector('section[aria-label="Timeline"] .timeline-card');
  const painted = new Promise((resolve) => {
    const stop = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    const observer = new MutationObserver(() => {
      if (!card()) return;
      observer.disconnect();
      stop();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const start = performance.now();
  row.click();
  return (await painted) - start;
}`;

/**
 * How long a person's page takes to show the first card of their timeline, from the click on
 * their row in the people list, on an existing data folder, in headless Chromium against the
 * browser harness (the real renderer and core). One unrecorded warm-up run comes first (the
 * JIT, SQLite's page cache); the page is reloaded before every run so each open starts cold.
 */
export async function measureTimelinePaint(options: {
  dataDir: string;
  personId: string;
  runs: number;
}): Promise<number[]> {
  const harness = await startHarness({
    dataDir: options.dataDir,
    appVersion: 'bench',
    rendererDir: RENDERER_DIR,
  });
  try {
    const dispatch = createDispatcher(createHandlers(harness.core));
    const found = (await dispatch('people.get', { id: options.personId })) as Result<
      CallOutput<'people.get'>
    >;
    if (!found.ok) throw new Error(`measureTimelinePaint: ${found.error.message}`);
    const person = found.data;
    // The list shows only the rows in view: narrow it to this person by a unique word first.
    const query = person.emails[0]?.address ?? person.displayName;

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: VIEWPORT });
      const rowId = `person-${person.id}`;
      const samples: number[] = [];
      for (let run = -1; run < options.runs; run++) {
        await page.goto(harness.url);
        // The app opens on the briefing; the people list is one click away.
        await page.getByRole('button', { name: /^People/ }).click();
        await page.getByRole('searchbox', { name: 'Search people' }).fill(query);
        await page.locator(`[id="${rowId}"]`).waitFor({ state: 'visible' });
        const ms = Number(await page.evaluate(`(${OPEN_AND_TIME})(${JSON.stringify(rowId)})`));
        if (!Number.isFinite(ms)) throw new Error('measureTimelinePaint: no time was measured');
        if (run >= 0) samples.push(ms);
      }
      return samples;
    } finally {
      await browser.close();
    }
  } finally {
    await harness.close();
  }
}
