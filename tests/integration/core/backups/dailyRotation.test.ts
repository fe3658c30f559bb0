import { describe, expect, it } from 'vitest';
import { isDailyBackupDue } from '../../../../electron/core/backups/dailyBackup';
import { isoWeekStart, planRotation } from '../../../../electron/core/backups/rotation';

describe('when the daily backup is due', () => {
  const berlin = 'Europe/Berlin';

  it('is due with no backup yet, and once per local calendar day', () => {
    expect(isDailyBackupDue(new Date('2026-11-23T08:00:00Z'), berlin, null)).toBe(true);
    const latest = '2026-11-23T08:00:00.000Z';
    expect(isDailyBackupDue(new Date('2026-11-23T22:59:00Z'), berlin, latest)).toBe(false);
    // 00:00 in Berlin is 23:00 UTC: a new local day, though still the same UTC date.
    expect(isDailyBackupDue(new Date('2026-11-23T23:00:00Z'), berlin, latest)).toBe(true);
  });

  it('is due again after the clock was set back to another day', () => {
    expect(
      isDailyBackupDue(new Date('2026-11-23T08:00:00Z'), berlin, '2031-01-01T08:00:00.000Z'),
    ).toBe(true);
  });
});

describe('the rotation plan', () => {
  it('finds the Monday of an ISO week, across a year end', () => {
    expect(isoWeekStart('2026-11-23')).toBe('2026-11-23');
    expect(isoWeekStart('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('groups backups into weeks by local time', () => {
    // Sunday 23:30 UTC is already Monday in Berlin: the first backup of the new week there.
    const entries = [
      { fileName: 'sun-utc.db', kind: 'weekly' as const, createdAt: '2026-11-22T23:30:00.000Z' },
      { fileName: 'tue.db', kind: 'weekly' as const, createdAt: '2026-11-24T08:00:00.000Z' },
      { fileName: 'old.db', kind: 'weekly' as const, createdAt: '2026-10-01T08:00:00.000Z' },
      { fileName: 'older.db', kind: 'weekly' as const, createdAt: '2026-09-01T08:00:00.000Z' },
      { fileName: 'oldest.db', kind: 'weekly' as const, createdAt: '2026-08-01T08:00:00.000Z' },
    ];
    expect(planRotation(entries, 'Europe/Berlin')).toEqual({
      remove: ['tue.db'],
      promote: [],
    });
    // In UTC it belongs to the week before: five weeks, the oldest goes.
    expect(planRotation(entries, 'UTC')).toEqual({ remove: ['oldest.db'], promote: [] });
  });

  it('leaves other kinds alone until there are more than 10', () => {
    const manual = Array.from({ length: 11 }, (_, i) => ({
      fileName: `m${i}.db`,
      kind: 'manual' as const,
      createdAt: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
    }));
    expect(planRotation(manual.slice(0, 10), 'UTC')).toEqual({ remove: [], promote: [] });
    expect(planRotation(manual, 'UTC')).toEqual({ remove: ['m0.db'], promote: [] });
  });
});
