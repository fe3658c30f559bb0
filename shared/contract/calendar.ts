import { z } from 'zod';
import type { Agenda, CalendarSource, Me } from '../domain/calendar';
import type { Person } from '../domain/person';
import { defineCall } from './define';
import { emailAddress, entityId, isoDate, requiredText, text } from './fields';
import { NAME_MAX } from './personPatch';

export const timeZoneName = z
  .string({ error: 'Time zone must be text' })
  .trim()
  .min(1)
  .max(100)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'Unknown time zone; use a name like Europe/Berlin' },
  );

export const calendarCalls = {
  'me.get': defineCall(z.strictObject({}), 'Who the user is and their time zone').returns<Me>(),
  'me.set': defineCall(
    z.strictObject({
      name: text('Name', NAME_MAX).optional(),
      emails: z.array(emailAddress).max(20, { error: 'At most 20 addresses' }).optional(),
      /** null goes back to following the operating system. */
      timeZone: timeZoneName.nullable().optional(),
    }),
    'Set the user’s name, addresses and time zone',
  ).returns<Me>(),
  'calendars.list': defineCall(z.strictObject({}), 'Calendar sources and their status').returns<
    CalendarSource[]
  >(),
  'calendars.add': defineCall(
    z.strictObject({ path: requiredText('Path', 4096) }),
    'Add an .ics file or a folder of them, and read it',
  ).returns<CalendarSource>(),
  'calendars.remove': defineCall(
    z.strictObject({ id: entityId('calendar') }),
    'Remove a calendar and its events',
  ).returns<{ id: string }>(),
  'calendars.sync': defineCall(
    z.strictObject({ id: entityId('calendar').optional() }),
    'Re-read one calendar, or all',
  ).returns<CalendarSource[]>(),
  'agenda.day': defineCall(
    z.strictObject({ date: isoDate, timeZone: timeZoneName.optional() }),
    'The meetings of a day in order, with attendees matched to people',
  ).returns<Agenda>(),
  'attendees.link': defineCall(
    z.strictObject({ email: emailAddress, personId: entityId('person') }),
    'Remember an invite’s address on an existing person',
  ).returns<Person>(),
  'attendees.createPerson': defineCall(
    z.strictObject({ name: text('Name', NAME_MAX).default(''), email: emailAddress }),
    'Create a dossier from an invite: name and email, organization from the email domain',
  ).returns<Person>(),
};
