import { describe, expect, it } from 'vitest';
import { morningNotificationText } from '../../../../electron/core/notifications/notificationText';
import { allDay, attendee, briefing, known, me, meeting, stranger } from './briefingFixtures';

const TUESDAY = '2026-11-24';

describe('the morning notification’s text', () => {
  it('counts the day’s meetings and names who the first one is with, known people first', () => {
    const text = morningNotificationText(
      briefing(TUESDAY, [
        allDay('Team offsite'),
        meeting('09:30', 'Design review', [
          stranger('Bob Nguyen', 'bob@acme.example'),
          me,
          known('Dana Kim'),
          stranger(null, 'room@acme.example'),
        ]),
        meeting('11:00', 'One-on-one', [known('Grace Hopper')]),
        meeting('14:00', 'Budget', [known('Ada Lovelace')]),
      ]),
    );
    expect(text).toEqual({
      title: 'Farley — Tuesday’s briefing',
      body: '3 meetings today, first at 09:30 with Dana Kim and 2 others',
    });
  });

  it('uses the name in the user’s files, not the one on the invite', () => {
    const matchedByName = attendee({
      name: 'D. Kim',
      personId: 'p1',
      personName: 'Dana Kim',
      match: 'name',
    });
    const body = (a: typeof matchedByName) =>
      morningNotificationText(briefing(TUESDAY, [meeting('09:30', 'Sync', [a])]))?.body;
    expect(body(known('Dana Kim', { name: 'dana k' }))).toBe(
      '1 meeting today, at 09:30 with Dana Kim',
    );
    expect(body(matchedByName)).toBe('1 meeting today, at 09:30 with Dana Kim');
    expect(body(stranger(null, 'bob@acme.example'))).toBe(
      '1 meeting today, at 09:30 with bob@acme.example',
    );
  });

  it('names two people, and never the user', () => {
    const text = morningNotificationText(
      briefing(TUESDAY, [
        meeting('08:00', 'Coffee', [me, stranger('Bob Nguyen', 'bob@x.example'), known('Ada')]),
        meeting('10:00', 'Later', []),
      ]),
    );
    expect(text?.body).toBe('2 meetings today, first at 08:00 with Ada and Bob Nguyen');
  });

  it('leaves out attendees who declined', () => {
    const text = morningNotificationText(
      briefing(TUESDAY, [
        meeting('09:00', 'Sync', [known('Ada'), known('Grace', { response: 'declined' })]),
      ]),
    );
    expect(text?.body).toBe('1 meeting today, at 09:00 with Ada');
  });

  it('gives the title of a meeting with no one else on it', () => {
    const text = morningNotificationText(
      briefing(TUESDAY, [meeting('07:45', 'Focus time', [me]), meeting('13:00', 'Lunch', [])]),
    );
    expect(text?.body).toBe('2 meetings today, first at 07:45: Focus time');
  });

  it('does not count meetings the user declined or that were cancelled', () => {
    const text = morningNotificationText(
      briefing(TUESDAY, [
        meeting('08:00', 'Cancelled', [known('Ada')], { status: 'cancelled' }),
        meeting('10:00', 'Planning', [known('Grace')]),
        meeting('09:00', 'Declined', [known('Bob')], { declined: true }),
      ]),
    );
    expect(text?.body).toBe('1 meeting today, at 10:00 with Grace');
  });

  it('names the next meeting when shown late and the first ones are over', () => {
    const text = morningNotificationText(
      briefing(TUESDAY, [
        meeting('08:00', 'Stand-up', [known('Ada')], { past: true }),
        meeting('11:30', 'Planning', [known('Grace')], { marker: 'next' }),
      ]),
    );
    expect(text?.body).toBe('2 meetings today, next at 11:30 with Grace');
  });

  it('is nothing on a day without meetings to go to', () => {
    expect(morningNotificationText(briefing(TUESDAY, []))).toBeNull();
    expect(morningNotificationText(briefing(TUESDAY, [allDay('Holiday')]))).toBeNull();
    expect(
      morningNotificationText(
        briefing(TUESDAY, [meeting('09:00', 'Declined', [known('Bob')], { declined: true })]),
      ),
    ).toBeNull();
    expect(
      morningNotificationText(
        briefing(TUESDAY, [meeting('08:00', 'Over', [known('Ada')], { past: true })]),
      ),
    ).toBeNull();
  });

  it('names the weekday of the briefing’s date', () => {
    const text = morningNotificationText(briefing('2026-11-29', [meeting('10:00', 'Brunch', [])]));
    expect(text?.title).toBe('Farley — Sunday’s briefing');
  });
});
