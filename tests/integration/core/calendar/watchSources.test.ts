import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchSources } from '../../../../electron/core/calendar/watchSources';
import { openCore } from '../../../../electron/core/coreContext';
import { contractCalls, tempDir } from '../../../support/testCore';

const event = (summary: string) =>
  [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:w1',
    `SUMMARY:${summary}`,
    'DTSTART:20261124T150000Z',
    'DURATION:PT1H',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

describe('watching calendar folders', () => {
  it('re-reads a source when one of its files changes or goes away', async () => {
    const temp = tempDir('farley-watch-');
    const dir = path.join(temp.dir, 'vdir');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'w1.ics'), event('Before'));
    const core = openCore({
      dataDir: path.join(temp.dir, 'data'),
      appVersion: 'test',
      systemTimeZone: () => 'UTC',
    });
    cleanup.push(
      () => temp.remove(),
      () => core.db.close(),
    );
    const api = contractCalls(core);
    await api.call('calendars.add', { path: dir });

    const synced: string[] = [];
    const watcher = watchSources(core, { quietMs: 100, onSynced: (id) => synced.push(id) });
    cleanup.push(() => watcher.close());
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(path.join(dir, 'w1.ics'), event('After'));
    await expect
      .poll(
        async () =>
          (await api.call('agenda.day', { date: '2026-11-24' })).meetings.map((m) => m.title),
        {
          timeout: 10_000,
          interval: 100,
        },
      )
      .toEqual(['After']);
    expect(synced.length).toBeGreaterThan(0);
    rmSync(path.join(dir, 'w1.ics'));
    await expect
      .poll(async () => (await api.call('agenda.day', { date: '2026-11-24' })).meetings.length, {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(0);
  }, 20_000);
});
