import { dayBounds } from '../../electron/core/calendar/wallTime';
import { launchBrowser, RENDERER_DIR } from '../e2e/harness/browser';
import { startHarness } from '../e2e/harness/harnessServer';

const VIEWPORT = { width: 1440, height: 1000 };

/**
 * Installed before the app's own scripts: records, on the page's clock (0 = the start of the
 * navigation), when the first person's card of the briefing has been painted — a task queued
 * from the first animation frame after it is in the document.
 */
const RECORD_FIRST_CARD = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.brief-meeting [data-person]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__briefingPainted = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * How long the app takes from navigation to the briefing's first dossier card on screen, on an
 * existing data folder, in headless Chromium against the browser harness (the real renderer and
 * core). The page's clock is set to the morning of `date` so the briefing opens on that day. One
 * unrecorded warm-up run first; every run is a fresh load of the whole app.
 */
export async function measureBriefingPaint(options: {
  dataDir: string;
  date: string;
  timeZone: string;
  runs: number;
}): Promise<number[]> {
  const harness = await startHarness({
    dataDir: options.dataDir,
    appVersion: 'bench',
    rendererDir: RENDERER_DIR,
  });
  try {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.clock.setFixedTime(
        new Date(dayBounds(options.date, options.timeZone).start + 7.5 * 3_600_000),
      );
      await page.addInitScript(RECORD_FIRST_CARD);
      const samples: number[] = [];
      for (let run = -1; run < options.runs; run++) {
        await page.goto(harness.url);
        await page.waitForFunction('typeof window.__briefingPainted === "number"', undefined, {
          timeout: 30_000,
        });
        const ms = Number(await page.evaluate('window.__briefingPainted'));
        if (!Number.isFinite(ms)) throw new Error('measureBriefingPaint: no time was measured');
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
