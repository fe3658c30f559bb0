import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  dueText,
  durationText,
  isOverdue,
  lastContactedText,
  localIsoDate,
  relativeDay,
  upcomingDateText,
} from '../../../../renderer/features/person/timeline/timelineText';

/** Local noon, so no test depends on the machine's time zone. */
const day = (iso: string) => new Date(`${iso}T12:00:00`);
const NOW = day('2026-11-23');

describe('timeline wording', () => {
  it('counts calendar days in local time', () => {
    expect(daysBetween(new Date('2026-11-23T23:59:00'), new Date('2026-11-24T00:01:00'))).toBe(1);
    expect(daysBetween(day('2026-11-23'), day('2026-11-20'))).toBe(-3);
    expect(daysBetween(day('2026-03-01'), day('2026-04-01'))).toBe(31);
    expect(localIsoDate(new Date('2026-01-05T08:00:00'))).toBe('2026-01-05');
  });

  it('says how long ago someone was last contacted', () => {
    expect(lastContactedText(null, NOW)).toBe('No interactions yet');
    expect(relativeDay(new Date('2026-11-23T00:30:00'), NOW)).toBe('today');
    expect(relativeDay(day('2026-11-22'), NOW)).toBe('yesterday');
    expect(relativeDay(day('2026-11-18'), NOW)).toBe('5 days ago');
    expect(relativeDay(day('2026-11-09'), NOW)).toBe('2 weeks ago');
    expect(relativeDay(day('2026-10-26'), NOW)).toBe('4 weeks ago');
    expect(relativeDay(day('2026-10-22'), NOW)).toBe('last month');
    expect(relativeDay(day('2026-06-01'), NOW)).toBe('5 months ago');
    expect(relativeDay(day('2025-11-23'), NOW)).toBe('last year');
    expect(relativeDay(day('2023-12-01'), NOW)).toBe('2 years ago');
    expect(relativeDay(day('2026-11-26'), NOW)).toBe('in 3 days');
    expect(lastContactedText(day('2026-11-22').toISOString(), NOW)).toBe(
      'Last contacted yesterday',
    );
  });

  it('words coming dates, follow-up due dates and durations', () => {
    expect(upcomingDateText('Birthday', '2026-12-10', '2026-11-23')).toBe(
      'Birthday · Dec 10 · in 17 days',
    );
    expect(upcomingDateText('Anniversary', '2026-11-24', '2026-11-23')).toBe(
      'Anniversary · Nov 24 · tomorrow',
    );
    expect(upcomingDateText('Name day', '2026-11-23', '2026-11-23')).toBe(
      'Name day · Nov 23 · today',
    );
    expect(dueText('2026-11-23', '2026-11-23', false)).toBe('due today');
    expect(dueText('2026-11-24', '2026-11-23', false)).toBe('due tomorrow');
    expect(dueText('2026-12-01', '2026-11-23', false)).toBe('due Dec 1');
    expect(dueText('2027-01-15', '2026-11-23', false)).toBe('due Jan 15, 2027');
    expect(dueText('2026-11-20', '2026-11-23', false)).toBe('overdue since Nov 20');
    expect(dueText('2026-11-20', '2026-11-23', true)).toBe('due Nov 20');
    expect(isOverdue('2026-11-20', '2026-11-23', false)).toBe(true);
    expect(isOverdue('2026-11-20', '2026-11-23', true)).toBe(false);
    expect(isOverdue(null, '2026-11-23', false)).toBe(false);
    expect(durationText(45)).toBe('45 min');
    expect(durationText(60)).toBe('1 h');
    expect(durationText(90)).toBe('1 h 30 min');
    expect(durationText(2 * 24 * 60)).toBe('2 days');
  });
});
