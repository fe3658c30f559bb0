import { dayBounds } from '../../electron/core/calendar/wallTime';
import { launchBrowser, RENDERER_DIR } from '../e2e/harness/browser';
import { startHarness } from '../e2e/harness/harnessServer';

const VIEWPORT = { width: 1440, height: 1000 };

/**
 * How long the app takes from navigation to the briefing's first dossier card on screen, on an
 * existing data folder, in headless Chromium against the browser harness (the real renderer and
 * core). The page's clock is set to the morning of `date` so the briefing opens on that day;
 * because that fake clock also drives the page's `performance.now()`, the time is taken from
 * outside, from `goto` to the card being visible (a few milliseconds of protocol round trips
 * included). One unrecorded warm-up run first; every run is a fresh load of the whole app.
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
      const samples: number[] = [];
      for (let run = -1; run < options.runs; run++) {
        const started = performance.now();
        await page.goto(harness.url);
        await page.locator('.brief-meeting [data-person]').first().waitFor({ timeout: 30_000 });
        const ms = performance.now() - started;
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
