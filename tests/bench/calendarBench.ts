// The calendar scenarios of `npm run bench`. Each import runs in a process of its own so that its
// peak memory is its own. Prints a JSON line of results for runBench.ts to report.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { openCore } from '../../electron/core/coreContext';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { generateCalendar, writeCalendar } from './calendarWorld';
import { statsOf, timeOnce } from './measure';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const SERIES = Number(process.env.BENCH_SERIES ?? 1_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'farley-calbench-'));
try {
  const file = path.join(dir, 'calendar.ics');
  const vdir = path.join(dir, 'vdir');
  writeCalendar(generateCalendar(EVENTS, SERIES), file, vdir);

  const open = (name: string) => {
    const core = openCore({
      dataDir: path.join(dir, name),
      appVersion: 'bench',
      clock: () => new Date('2026-11-23T12:00:00Z'),
      systemTimeZone: () => 'America/New_York',
    });
    return { core, dispatch: createDispatcher(createHandlers(core)) };
  };

  const importInProcess = (source: string, name: string) => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/calendarImport.ts', source, path.join(dir, name)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (run.status !== 0) throw new Error(`import of ${source} failed`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as {
      ms: number;
      baselineRssMb: number;
      peakRssMb: number;
    };
  };
  const importFile = importInProcess(file, 'single');
  const importFolder = importInProcess(vdir, 'folder');
  const single = open('single');
  const folder = open('folder');

  const days = Array.from({ length: 60 }, (_, i) =>
    new Date(Date.parse('2026-09-01') + i * 86_400_000).toISOString().slice(0, 10),
  );
  const agenda: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const date of days)
      agenda.push(await timeOnce(() => single.dispatch('agenda.day', { date })));
  }
  const [source] = folder.core.db.sqlite
    .prepare('SELECT id FROM calendar_sources')
    .pluck()
    .all() as string[];
  const changedFile = 'cal1/bench-5_farley.ics';
  const reread: number[] = [];
  for (let i = 0; i < 10; i++) {
    appendFileSync(path.join(vdir, changedFile), `\r\n`);
    reread.push(
      await timeOnce(() =>
        import('../../electron/core/calendar/calendarSync').then((m) =>
          m.syncSource(folder.core, source ?? '', { only: [changedFile] }),
        ),
      ),
    );
  }

  // The naive way: parse the file with ical.js and walk every series from its start to the day.
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  const naiveDay = await timeOnce(() => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const dayStart = ICAL.Time.fromDateString('2026-11-24');
    const dayEnd = ICAL.Time.fromDateString('2026-11-25');
    let found = 0;
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      if (vevent.hasProperty('recurrence-id')) continue;
      const event = new ICAL.Event(vevent);
      if (!event.isRecurring()) {
        if (event.startDate.compare(dayEnd) < 0 && event.endDate.compare(dayStart) > 0) found++;
        continue;
      }
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.compare(dayEnd) >= 0) break;
        if (next.compare(dayStart) >= 0) found++;
      }
    }
    return found;
  });
  single.core.db.close();
  folder.core.db.close();
  console.log(
    JSON.stringify({
      events: EVENTS,
      series: SERIES,
      importFile,
      importFolder,
      agendaDay: statsOf(agenda),
      rereadOneFile: statsOf(reread),
      naiveDayMs: naiveDay,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
