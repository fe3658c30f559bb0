import { describe, expect, it } from 'vitest';
import { daysBetween, dueText, localToday } from '../../../../renderer/features/followUps/dueText';

describe('due dates in words', () => {
  it('counts calendar days, across month ends and clock changes', () => {
    expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0);
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-24', '2026-11-21')).toBe(-3);
  });

  it('says today, in N days, or N days overdue', () => {
    expect(dueText('2026-11-24', '2026-11-24', 'en')).toBe('today');
    expect(dueText('2026-11-25', '2026-11-24', 'en')).toBe('tomorrow');
    expect(dueText('2026-11-27', '2026-11-24', 'en')).toBe('in 3 days');
    expect(dueText('2026-11-23', '2026-11-24', 'en')).toBe('1 day overdue');
    expect(dueText('2026-11-22', '2026-11-24', 'en')).toBe('2 days overdue');
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
